// SPDX-License-Identifier: Apache-2.0
package zwk.profile.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import zwk.profile.similarity.Feature;
import zwk.profile.similarity.FeatureMatrix;
import zwk.profile.similarity.SimilarityModel;
import zwk.profile.similarity.Standardisation;

class TypologyTest {
  // feature "old": 1, 2, 3 (young regions) and 10, 11, 12 (old regions); mean 6.5
  private static final Map<String, Double> OLD = Map.of("r1", 1.0, "r2", 2.0, "r3", 3.0, "r4", 10.0, "r5", 11.0, "r6", 12.0);

  private static SimilarityModel model(List<String> order) {
    Feature f = Feature.of("old", "Altenquotient", "old-age ratio", OLD);
    return SimilarityModel.of(FeatureMatrix.of(order, List.of(f)), Standardisation.Z_SCORE);
  }

  @Test
  void twoObviousGroupsByHand() {
    Typology t = Typology.cluster(model(List.of("r1", "r2", "r3", "r4", "r5", "r6")), 2);
    // equal sizes: type 1 is the one with the smallest member key (r1)
    for (String k : List.of("r1", "r2", "r3")) {
      assertEquals(1, t.assignments().get(k).type(), k);
    }
    for (String k : List.of("r4", "r5", "r6")) {
      assertEquals(2, t.assignments().get(k).type(), k);
    }
    // sd of OLD = √(((5.5² + 4.5² + 3.5²) × 2) / 6) = √(61.25 / 3); centroid of type 2 = 11 → z = 4.5 / sd
    double sd = Math.sqrt((5.5 * 5.5 + 4.5 * 4.5 + 3.5 * 3.5) * 2 / 6);
    RegionType old = t.type(2).get();
    assertEquals(3, old.size());
    assertEquals(4.5 / sd, old.centroid()[0], 1e-12);
    assertEquals(11.0, old.traits().get(0).value(), 1e-12);
    assertEquals("Typ 2: Altenquotient hoch", old.name(Locale.GERMAN));
    assertEquals("Type 1: old-age ratio low", t.type(1).get().name(Locale.ENGLISH));
    // r4 lies 1 below the centroid 11: distance 1 / sd
    assertEquals(1 / sd, t.assignments().get("r4").distance(), 1e-12);
    assertFalse(t.assignments().get("r4").given());
  }

  @Test
  void reproducibleAcrossRunsAndRowOrders() {
    qt().forAll(lists().of(integers().between(0, 100)).ofSizeBetween(12, 60), integers().between(1, 5), integers().between(0, 999))
        .checkAssert((values, k, seed) -> {
          List<String> keys = new ArrayList<>();
          Map<String, Double> a = new HashMap<>();
          Map<String, Double> b = new HashMap<>();
          for (int i = 0; i + 1 < values.size(); i += 2) {
            String key = String.format("%05d", i);
            keys.add(key);
            a.put(key, (double) values.get(i));
            b.put(key, (double) values.get(i + 1));
          }
          List<Feature> fs = List.of(Feature.of("a", "a", "a", a), Feature.of("b", "b", "b", b));
          List<String> shuffled = new ArrayList<>(keys);
          Collections.shuffle(shuffled, new Random(seed));
          Typology t1 = Typology.cluster(SimilarityModel.of(FeatureMatrix.of(keys, fs), Standardisation.Z_SCORE), k);
          Typology t2 = Typology.cluster(SimilarityModel.of(FeatureMatrix.of(keys, fs), Standardisation.Z_SCORE), k);
          Typology t3 = Typology.cluster(SimilarityModel.of(FeatureMatrix.of(shuffled, fs), Standardisation.Z_SCORE), k);
          for (String key : keys) {
            assertEquals(t1.assignments().get(key).type(), t2.assignments().get(key).type());
            assertEquals(t1.assignments().get(key).type(), t3.assignments().get(key).type(), key);
          }
          // types are numbered by size, largest first
          for (int i = 1; i < t1.types().size(); i++) {
            assertTrue(t1.types().get(i - 1).size() >= t1.types().get(i).size());
          }
        });
  }

  @Test
  void officialTypesAndNearestTypeForRegionsWithout() {
    SimilarityModel m = model(List.of("r1", "r2", "r3", "r4", "r5", "r6"));
    Typology t = Typology.of(m, Map.of("r1", 7, "r2", 7, "r5", 3, "r6", 3, "x9", 3), Map.of(7, "Junge Regionen", 3, "Alte Regionen"));
    assertEquals(List.of(3, 7), t.types().stream().map(RegionType::number).collect(java.util.stream.Collectors.toList()));
    assertEquals("Alte Regionen", t.type(3).get().name(Locale.GERMAN));
    assertTrue(t.assign("r1").get().given());
    // r3 (3) is nearer the young centroid (1.5) than the old one (11.5); r4 (10) nearer the old one
    TypeAssignment r3 = t.assign("r3").get();
    assertEquals(7, r3.type());
    assertFalse(r3.given());
    double sd = Math.sqrt((5.5 * 5.5 + 4.5 * 4.5 + 3.5 * 3.5) * 2 / 6);
    assertEquals(1.5 / sd, r3.distance(), 1e-12);
    assertEquals(3, t.assign("r4").get().type());
    // a region outside the set, from its raw value
    assertEquals(3, t.assignRaw("new", new double[] {9.0}).get().type());
    assertThrows(IllegalArgumentException.class, () -> Typology.of(m, Map.of("zz", 1), Map.of()));
    assertThrows(IllegalArgumentException.class, () -> Typology.cluster(m, 7));
  }
}
