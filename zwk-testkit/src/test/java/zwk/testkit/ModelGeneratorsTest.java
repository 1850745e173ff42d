// SPDX-License-Identifier: Apache-2.0
package zwk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zwk.model.strategy.MunicipalStrategy;

/** The generators must produce varied values; a generator that always yields the same thing tests nothing. */
class ModelGeneratorsTest {

  @Test
  void strategiesVaryAndCopyEqual() {
    Set<Integer> hashes = new HashSet<>();
    int[] withPlan = {0};
    int[] withMeasures = {0};
    qt().withExamples(200).forAll(ModelGenerators.strategies()).checkAssert(s -> {
      hashes.add(s.hashCode());
      if (s.plan().isPresent()) {
        withPlan[0]++;
        if (!s.plan().get().measures().isEmpty()) {
          withMeasures[0]++;
        }
      }
      assertEquals(s, MunicipalStrategy.builder().from(s).build());
    });
    assertTrue(hashes.size() > 150, "distinct strategies: " + hashes.size());
    assertTrue(withPlan[0] > 40 && withPlan[0] < 200, "with plan: " + withPlan[0]);
    assertTrue(withMeasures[0] > 20, "with measures: " + withMeasures[0]);
  }

  @Test
  void textsContainTheNastyCharacters() {
    StringBuilder all = new StringBuilder();
    qt().withExamples(500).forAll(TextGenerators.anyText(10)).checkAssert(all::append);
    String s = all.toString();
    for (String needle : new String[] {"ß", "😀", "\"", "\\", "\n", "\u0001", "${1+1}", ";", "="}) {
      assertTrue(s.contains(needle), "missing " + needle);
    }
  }
}
