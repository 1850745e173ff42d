// SPDX-License-Identifier: Apache-2.0
package zwk.io.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import zwk.model.programme.ClusterAssignment;
import zwk.model.programme.Programme;
import zwk.model.programme.ProgrammeDirectory;
import zwk.model.programme.ProgrammeParticipant;
import zwk.testkit.ModelGenerators;

/** The directory's queries are consistent filters of its participants, on generated directories. */
class ProgrammeDirectoryPropertyTest {

  @Test
  void queriesAreNestedFiltersInDocumentOrder() {
    qt().withExamples(300).forAll(ModelGenerators.programmeDirectories()).checkAssert(d -> {
      int total = 0;
      for (String programme : programmeIds(d)) {
        List<ProgrammeParticipant> all = d.participants(programme);
        total += all.size();
        assertTrue(d.participants().containsAll(all));
        assertTrue(isSubsequence(all, d.participants()), "document order");
        for (ProgrammeParticipant p : all) {
          assertEquals(programme, p.membership().programmeId());
          for (ClusterAssignment c : p.clusters()) {
            String name = c.cluster().name();
            List<ProgrammeParticipant> anyYear = d.inCluster(programme, name);
            assertTrue(anyYear.contains(p));
            assertTrue(all.containsAll(anyYear));
            assertTrue(d.clusters(programme).contains(c.cluster()));
            c.year().ifPresent(y -> {
              assertTrue(d.inCluster(programme, name, y).contains(p));
              assertTrue(anyYear.containsAll(d.inCluster(programme, name, y)));
            });
          }
          p.actionFieldIds().forEach(f -> assertTrue(d.withActionField(programme, f).contains(p)));
          assertTrue(d.participations(p.key()).contains(p));
        }
      }
      assertEquals(d.participants().size(), total, "every participant belongs to exactly one programme id");
    });
  }

  private static java.util.Set<String> programmeIds(ProgrammeDirectory d) {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    d.programmes().stream().map(Programme::id).forEach(ids::add);
    d.participants().forEach(p -> ids.add(p.membership().programmeId()));
    return ids;
  }

  private static <T> boolean isSubsequence(List<T> sub, List<T> all) {
    int i = 0;
    for (T t : all) {
      if (i < sub.size() && sub.get(i).equals(t)) {
        i++;
      }
    }
    return i == sub.size();
  }
}
