// SPDX-License-Identifier: Apache-2.0
package zwk.testkit;

import static zwk.testkit.GenSupport.intIn;
import static zwk.testkit.GenSupport.listOf;
import static zwk.testkit.GenSupport.maybe;
import static zwk.testkit.TextGenerators.anyText;
import static zwk.testkit.TextGenerators.nonBlankText;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import zwk.model.catalogue.TargetGroup;
import zwk.model.profile.ExistingMeasure;
import zwk.model.profile.Indicator;
import zwk.model.profile.IndicatorValue;
import zwk.model.profile.MunicipalProfile;
import zwk.model.profile.ReferenceValue;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;

/** Generators for the Kommunalprofil. */
public final class ProfileGenerators {
  private ProfileGenerators() {}

  /** Indicator definitions. */
  public static Gen<Indicator> indicators() {
    return in -> Indicator.builder().id("ind_" + intIn(in, 0, 999)).germanName(nonBlankText(3).generate(in))
        .englishName(nonBlankText(3).generate(in)).unit(maybe(in, Generate.pick(List.of("%", "je 100", "Jahre"))))
        .definition(maybe(in, anyText(8))).source(maybe(in, nonBlankText(2))).build();
  }

  /** Reference values. */
  public static Gen<ReferenceValue> references() {
    return in -> ReferenceValue.builder().regionKey(RegionGenerators.anyAgs().generate(in).code())
        .regionName(maybe(in, nonBlankText(3))).value(GenSupport.finiteDoubles().generate(in))
        .percentile(maybe(in, in2 -> intIn(in2, 0, 1000) / 10.0)).build();
  }

  /** Indicator values: computable or not, with references. */
  public static Gen<IndicatorValue> indicatorValues() {
    return in -> {
      IndicatorValue.Builder b = IndicatorValue.builder().indicatorId("ind_" + intIn(in, 0, 999))
          .regionKey(maybe(in, RegionGenerators.anyAgs().map(a -> a.code())))
          .referenceDate(maybe(in, GenSupport.dates()))
          .references(listOf(in, references(), 3));
      if (GenSupport.chance(in, 80)) {
        b.value(GenSupport.finiteDoubles().generate(in));
      } else {
        b.notComputableReason(nonBlankText(5).generate(in));
      }
      return b.build();
    };
  }

  /** SWOT entries with ids {@code swot-0 …}. */
  public static Gen<List<SwotEntry>> swot(int max) {
    return in -> {
      int n = intIn(in, 0, max);
      List<SwotEntry> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(SwotEntry.builder().id(TextGenerators.id("swot", i)).category(GenSupport.pick(in, SwotCategory.class))
            .text(nonBlankText(8).generate(in)).textEnglish(maybe(in, nonBlankText(8)))
            .actionFieldId(maybe(in, CatalogueGenerators.actionFieldIds()))
            .citedIndicatorIds(listOf(in, in2 -> "ind_" + intIn(in2, 0, 999), 3))
            .derivedByRule(maybe(in, in2 -> "SWOT-" + intIn(in2, 1, 20)))
            .deferralReason(maybe(in, nonBlankText(5)))
            .build());
      }
      return out;
    };
  }

  /** Existing measures with ids {@code inv-0 …}. */
  public static Gen<List<ExistingMeasure>> inventory(int max) {
    return in -> {
      int n = intIn(in, 0, max);
      List<ExistingMeasure> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(ExistingMeasure.builder().id(TextGenerators.id("inv", i)).title(nonBlankText(5).generate(in))
            .description(maybe(in, anyText(8))).actionFieldIds(listOf(in, CatalogueGenerators.actionFieldIds(), 2))
            .targetGroups(GenSupport.subset(in, TargetGroup.class, 3))
            .leadDepartmentId(maybe(in, in2 -> TextGenerators.id("dep", intIn(in2, 0, 5))))
            .provider(maybe(in, nonBlankText(3))).period(GenSupport.periods().generate(in))
            .linkedMeasureIds(listOf(in, in2 -> TextGenerators.id("m", intIn(in2, 0, 9)), 2))
            .build());
      }
      return out;
    };
  }

  /** Profiles. */
  public static Gen<MunicipalProfile> profiles() {
    return in -> MunicipalProfile.builder()
        .regionKey(maybe(in, RegionGenerators.anyAgs().map(a -> a.code())))
        .regionName(maybe(in, nonBlankText(3)))
        .asOf(maybe(in, GenSupport.dates()))
        .indicators(listOf(in, indicators(), 3))
        .indicatorValues(listOf(in, indicatorValues(), 5))
        .inventory(inventory(4).generate(in))
        .interviewCount(maybe(in, Generate.range(0, 50)))
        .interviewFindings(listOf(in, nonBlankText(6), 3))
        .swot(swot(6).generate(in))
        .peers(listOf(in, peers(), 3))
        .recommendedTools(listOf(in, recommendedTools(), 3))
        .build();
  }

  /** Similar regions (ranks need not be consecutive: completeness is not an invariant). */
  public static Gen<zwk.model.profile.PeerRegion> peers() {
    return in -> zwk.model.profile.PeerRegion.builder().rank(intIn(in, 1, 20))
        .regionKey(RegionGenerators.anyAgs().generate(in).code()).regionName(maybe(in, nonBlankText(3)))
        .distance(Math.abs(GenSupport.finiteDoubles().generate(in))).explanation(maybe(in, nonBlankText(5)))
        .explanationEnglish(maybe(in, nonBlankText(5))).build();
  }

  /** Recommended tools. */
  public static Gen<zwk.model.profile.RecommendedTool> recommendedTools() {
    return in -> zwk.model.profile.RecommendedTool.builder().rank(intIn(in, 1, 20)).toolId(TextGenerators.id("tool", intIn(in, 0, 9)))
        .title(maybe(in, nonBlankText(3))).score(GenSupport.finiteDoubles().generate(in))
        .reasons(listOf(in, nonBlankText(5), 3)).reasonsEnglish(listOf(in, nonBlankText(5), 3)).build();
  }
}
