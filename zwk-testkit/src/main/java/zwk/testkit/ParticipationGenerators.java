// SPDX-License-Identifier: Apache-2.0
package zwk.testkit;

import static zwk.testkit.GenSupport.chance;
import static zwk.testkit.GenSupport.intIn;
import static zwk.testkit.GenSupport.listOf;
import static zwk.testkit.GenSupport.maybe;
import static zwk.testkit.TextGenerators.nonBlankText;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import zwk.model.catalogue.ActorType;
import zwk.model.catalogue.TargetGroup;
import zwk.model.participation.ActionFieldPriority;
import zwk.model.participation.Idea;
import zwk.model.participation.IdeaStatus;
import zwk.model.participation.ParticipationEvent;
import zwk.model.participation.ParticipationFormat;
import zwk.model.participation.ParticipationMode;

/** Generators for participation events and their ideas. */
public final class ParticipationGenerators {
  private ParticipationGenerators() {}

  /** An idea with the given id, in any state of the feedback loop. */
  public static Idea idea(RandomnessSource in, String id) {
    return Idea.builder().id(id).text(nonBlankText(8).generate(in))
        .actionFieldId(maybe(in, CatalogueGenerators.actionFieldIds()))
        .status(GenSupport.pick(in, IdeaStatus.class))
        .adoptedIntoMeasureId(maybe(in, in2 -> TextGenerators.id("m", intIn(in2, 0, 9))))
        .answer(maybe(in, nonBlankText(6)))
        .decidedOn(maybe(in, GenSupport.dates()))
        .build();
  }

  /** Priorities. */
  public static Gen<ActionFieldPriority> priorities() {
    return in -> ActionFieldPriority.builder().actionFieldId(CatalogueGenerators.actionFieldIds().generate(in))
        .rank(maybe(in, Generate.range(1, 20))).votes(maybe(in, Generate.range(0, 500))).build();
  }

  /**
   * Lists of events with ids {@code event-0 …} whose ideas have ids unique across all events
   * ({@code idea-<event>-<n>}).
   */
  public static Gen<List<ParticipationEvent>> events(int max) {
    return in -> {
      int n = intIn(in, 0, max);
      List<ParticipationEvent> out = new ArrayList<>();
      for (int e = 0; e < n; e++) {
        ParticipationEvent.Builder b = ParticipationEvent.builder().id(TextGenerators.id("event", e))
            .title(nonBlankText(5).generate(in)).format(GenSupport.pick(in, ParticipationFormat.class))
            .mode(GenSupport.pick(in, ParticipationMode.class)).date(maybe(in, GenSupport.dates()))
            .location(maybe(in, nonBlankText(3))).participantCount(maybe(in, Generate.range(0, 5000)))
            .actorIds(listOf(in, in2 -> TextGenerators.id("actor", intIn(in2, 0, 5)), 3))
            .priorities(listOf(in, priorities(), 4)).summary(maybe(in, nonBlankText(10)));
        for (TargetGroup g : GenSupport.subset(in, TargetGroup.class, 5)) {
          b.putParticipantsByTargetGroup(g, intIn(in, 0, 300));
        }
        for (ActorType t : GenSupport.subset(in, ActorType.class, 4)) {
          b.putParticipantsByActorType(t, intIn(in, 0, 300));
        }
        int ideas = chance(in, 70) ? intIn(in, 0, 5) : 0;
        for (int i = 0; i < ideas; i++) {
          b.addIdeas(idea(in, "idea-" + e + "-" + i));
        }
        out.add(b.build());
      }
      return out;
    };
  }
}
