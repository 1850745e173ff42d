// SPDX-License-Identifier: Apache-2.0
package zwk.profile.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Hand-computed examples of standardisation, distance, peers and their explanation. */
class SimilarityModelTest {
  // three regions, two features: a = 10, 20, 30 (mean 20, sd √(200/3) = 8.165); b = 1, 1, 4 (mean 2, sd √2 = 1.414)
  private static final Feature A = Feature.of("a", "Merkmal A", "feature A", Map.of("01001", 10.0, "01002", 20.0, "01003", 30.0));
  private static final Feature B = Feature.of("b", "Merkmal B", "feature B", Map.of("01001", 1.0, "01002", 1.0, "01003", 4.0));
  private static final FeatureMatrix M = FeatureMatrix.of(List.of("01001", "01002", "01003"), List.of(A, B));

  @Test
  void zScoreDistanceByHand() {
    SimilarityModel m = SimilarityModel.of(M, Standardisation.Z_SCORE);
    double sdA = Math.sqrt(200.0 / 3);
    double sdB = Math.sqrt(2.0);
    assertEquals(20.0, m.centre(0), 1e-12);
    assertEquals(sdA, m.scale(0), 1e-12);
    assertEquals(-10 / sdA, m.z(0, 0), 1e-12);
    // d(01001, 01002) = √((10/sdA)² + 0²)
    assertEquals(10 / sdA, m.distance("01001", "01002"), 1e-12);
    // d(01001, 01003) = √((20/sdA)² + (3/sdB)²)
    assertEquals(Math.sqrt(Math.pow(20 / sdA, 2) + Math.pow(3 / sdB, 2)), m.distance("01001", "01003"), 1e-12);
  }

  @Test
  void weightsAndMissingValues() {
    // weight 4 on b: d(01002, 01003)² = (10/sdA)² + 4 × (3/sdB)²
    double sdA = Math.sqrt(200.0 / 3);
    double sdB = Math.sqrt(2.0);
    SimilarityModel w = SimilarityModel.of(M, Standardisation.Z_SCORE, Map.of("b", 4.0));
    assertEquals(Math.sqrt(Math.pow(10 / sdA, 2) + 4 * Math.pow(3 / sdB, 2)), w.distance("01002", "01003"), 1e-12);
    // 01004 has only a (= 20): compared with 01001 on a alone, scaled by W / W_C = 2 / 1
    Feature a4 = Feature.of("a", "A", "A", Map.of("01001", 10.0, "01002", 20.0, "01003", 30.0, "01004", 20.0));
    FeatureMatrix m4 = FeatureMatrix.of(List.of("01001", "01002", "01003", "01004"), List.of(a4, B));
    SimilarityModel s = SimilarityModel.of(m4, Standardisation.Z_SCORE);
    double sd4 = Math.sqrt((100 + 0 + 100 + 0) / 4.0); // a: mean 20 over four values
    assertEquals(Math.sqrt(Math.pow(10 / sd4, 2) * 2), s.distance("01001", "01004"), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> SimilarityModel.of(M, Standardisation.Z_SCORE, Map.of("c", 1.0)));
    assertThrows(IllegalArgumentException.class, () -> SimilarityModel.of(M, Standardisation.Z_SCORE, Map.of("a", -1.0)));
  }

  @Test
  void robustScaleByHand() {
    // a = 10, 20, 30, 1000: median 25, |dev| = 15, 5, 5, 975 → MAD 10 → scale 14.826
    Feature a = Feature.of("a", "A", "A", Map.of("1", 10.0, "2", 20.0, "3", 30.0, "4", 1000.0));
    SimilarityModel m = SimilarityModel.of(FeatureMatrix.of(List.of("1", "2", "3", "4"), List.of(a)), Standardisation.ROBUST);
    assertEquals(25.0, m.centre(0), 1e-12);
    assertEquals(14.826, m.scale(0), 1e-12);
    assertEquals(10 / 14.826, m.distance("1", "2"), 1e-12);
  }

  @Test
  void nearestPeersWithExplanation() {
    SimilarityModel m = SimilarityModel.of(M, Standardisation.Z_SCORE);
    List<Peer> p = m.nearest("01001", 5);
    assertEquals(List.of("01002", "01003"), p.stream().map(Peer::key).collect(Collectors.toList()));
    assertEquals(1, p.get(0).rank());
    // 01001 vs 01002: b equal (gap 0 → close), a gap 10/8.165 = 1.22 (≥ 0.75 → apart)
    assertEquals(List.of("b"), p.get(0).close(3).stream().map(d -> d.feature().id()).collect(Collectors.toList()));
    assertEquals(List.of("a"), p.get(0).apart(3).stream().map(d -> d.feature().id()).collect(Collectors.toList()));
    assertEquals("nah bei: Merkmal B (1,0 / 1,0); fern bei: Merkmal A (10,0 / 20,0)", p.get(0).explanation(Locale.GERMAN));
    assertEquals("close in: feature B (1.0 / 1.0); apart in: feature A (10.0 / 20.0)", p.get(0).explanation(Locale.ENGLISH));
    // filters
    assertEquals(List.of("01003"), m.nearest("01001", 5, k -> !k.equals("01002")).stream().map(Peer::key)
        .collect(Collectors.toList()));
    assertThrows(IllegalArgumentException.class, () -> m.nearest("09999", 1));
  }

  @Test
  void filtersBySizeClassTypeAndState() {
    assertTrue(PeerFilters.sameState("15083").test("15003"));
    assertTrue(!PeerFilters.sameState("15083").test("03153"));
    assertTrue(PeerFilters.sameLevel("15083").test("03153"));
    assertTrue(!PeerFilters.sameLevel("15083").test("15"));
    assertEquals(zwk.model.toolbox.SizeClass.SMALL_TOWN, SizeClasses.byPopulation(9_185));
    assertEquals(zwk.model.toolbox.SizeClass.RURAL, SizeClasses.byPopulation(4_999));
    assertEquals(zwk.model.toolbox.SizeClass.MEDIUM_TOWN, SizeClasses.byPopulation(20_000));
    assertEquals(zwk.model.toolbox.SizeClass.LARGE_CITY, SizeClasses.byPopulation(100_000));
    var types = Map.of("08111", zwk.model.region.MunicipalityType.URBAN_DISTRICT, "05315",
        zwk.model.region.MunicipalityType.DISTRICT_FREE_CITY, "15083", zwk.model.region.MunicipalityType.RURAL_DISTRICT);
    var f = PeerFilters.sameType("05315", k -> java.util.Optional.ofNullable(types.get(k)));
    assertTrue(f.test("08111")); // Stadtkreis counts as kreisfreie Stadt
    assertTrue(!f.test("15083"));
    assertTrue(!f.test("09999")); // unknown type never passes
  }
}
