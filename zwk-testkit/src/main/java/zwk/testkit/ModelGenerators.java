// SPDX-License-Identifier: Apache-2.0
package zwk.testkit;

import static zwk.testkit.GenSupport.chance;
import static zwk.testkit.GenSupport.intIn;
import static zwk.testkit.GenSupport.listOf;
import static zwk.testkit.GenSupport.maybe;
import static zwk.testkit.TextGenerators.nonBlankText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import zwk.model.catalogue.ActionField;
import zwk.model.catalogue.ActionFieldCatalogue;
import zwk.model.profile.MunicipalProfile;
import zwk.model.stage.StageRecord;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.model.programme.ProgrammeDirectory;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Toolbox;

/**
 * QuickTheories generators for every top-level document of the zwk model. They produce valid
 * values (every invariant holds) of every degree of completeness, with text that tries to break
 * formats ({@link TextGenerators}). Use them in property tests:
 *
 * <pre>{@code
 * qt().forAll(ModelGenerators.strategies()).check(s -> read(write(s)).equals(s));
 * }</pre>
 *
 * <p>Every attribute the hand-written generators do not set (an attribute added later) is
 * generated from the metamodel ({@link MetaGenerators}).
 *
 * <p>More specific generators: {@link RegionGenerators}, {@link CatalogueGenerators},
 * {@link ProfileGenerators}, {@link ParticipationGenerators}, {@link PlanGenerators}.
 */
public final class ModelGenerators {
  private ModelGenerators() {}

  /** Stage records: a subset of the stages, dates consistent where both are given. */
  public static Gen<List<StageRecord>> stageRecords() {
    return in -> {
      List<StageRecord> out = new ArrayList<>();
      for (StrategyStage stage : StrategyStage.values()) {
        if (!chance(in, 60)) {
          continue;
        }
        Optional<LocalDate> started = maybe(in, GenSupport.dates());
        Optional<LocalDate> completed = started.isPresent() && chance(in, 50)
            ? Optional.of(started.get().plusDays(intIn(in, 0, 400)))
            : Optional.empty();
        out.add(StageRecord.builder().stage(stage).status(GenSupport.pick(in, StageStatus.class))
            .started(started).completed(completed).evidence(listOf(in, nonBlankText(4), 2))
            .notes(maybe(in, nonBlankText(4))).build());
      }
      return out;
    };
  }

  /** Whole strategies, from nearly empty to fully populated. */
  public static Gen<MunicipalStrategy> strategies() {
    return MetaGenerators.completing(in -> {
      List<ActionField> own = new ArrayList<>();
      int ownCount = intIn(in, 0, 2);
      for (int i = 0; i < ownCount; i++) {
        own.add(CatalogueGenerators.customActionField(in, i));
      }
      return MunicipalStrategy.builder()
          .id(maybe(in, in2 -> "strategy-" + intIn(in2, 0, 999)))
          .municipality(RegionGenerators.municipalities().generate(in))
          .asOf(maybe(in, GenSupport.dates()))
          .stages(stageRecords().generate(in))
          .profile(maybe(in, ProfileGenerators.profiles()))
          .participation(ParticipationGenerators.events(3).generate(in))
          .plan(maybe(in, PlanGenerators.plans()))
          .departments(CatalogueGenerators.departments(5).generate(in))
          .actors(CatalogueGenerators.actors(4).generate(in))
          .tools(CatalogueGenerators.tools(3).generate(in))
          .ownActionFields(own)
          .mentorships(listOf(in, RegionGenerators.mentorships(), 2))
          .demographyChecks(listOf(in, PlanGenerators.demographyChecks(), 2))
          .build();
    });
  }

  /** Toolboxes. */
  public static Gen<Toolbox> toolboxes() {
    return MetaGenerators.completing(CatalogueGenerators.toolboxes());
  }

  /** Programme directories (programmes, participants, clusters). */
  public static Gen<ProgrammeDirectory> programmeDirectories() {
    return MetaGenerators.completing(RegionGenerators.programmeDirectories());
  }

  /** Kommunalprofile. */
  public static Gen<MunicipalProfile> profiles() {
    return MetaGenerators.completing(ProfileGenerators.profiles());
  }

  /** Action-field catalogues. */
  public static Gen<ActionFieldCatalogue> catalogues() {
    return MetaGenerators.completing(CatalogueGenerators.catalogues());
  }
}
