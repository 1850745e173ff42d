// SPDX-License-Identifier: Apache-2.0
package zwk.profile.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the distance (QuickTheories): self-distance 0, symmetry, unit invariance, deterministic ties. */
class SimilarityPropertiesTest {

  /** A matrix of {@code values.size() / f} regions × f features; a value of −1 stands for "missing". */
  static FeatureMatrix matrix(List<Integer> values, int f, double[] scale, double[] shift, List<String> keys) {
    int n = values.size() / f;
    List<Feature> features = new ArrayList<>();
    for (int c = 0; c < f; c++) {
      Map<String, Double> v = new HashMap<>();
      for (int r = 0; r < n; r++) {
        int x = values.get(r * f + c);
        if (x >= 0) {
          v.put(String.format("%05d", r), x * scale[c] + shift[c]);
        }
      }
      features.add(Feature.of("f" + c, "f" + c, "f" + c, v));
    }
    return FeatureMatrix.of(keys == null ? keysOf(n) : keys, features);
  }

  static List<String> keysOf(int n) {
    List<String> k = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      k.add(String.format("%05d", r));
    }
    return k;
  }

  static double[] ones(int f) {
    double[] d = new double[f];
    java.util.Arrays.fill(d, 1);
    return d;
  }

  @Test
  void selfDistanceIsZeroAndDistanceIsSymmetric() {
    qt().forAll(integers().between(1, 4), lists().of(integers().between(-1, 500)).ofSizeBetween(8, 40))
        .checkAssert((f, values) -> {
          List<Integer> v = values.subList(0, values.size() / f * f);
          FeatureMatrix m = matrix(v, f, ones(f), new double[f], null);
          for (Standardisation s : Standardisation.values()) {
            SimilarityModel model = SimilarityModel.of(m, s);
            for (String a : m.keys()) {
              boolean hasValue = java.util.Arrays.stream(m.rowValues(m.row(a))).anyMatch(x -> !Double.isNaN(x));
              assertEquals(hasValue ? 0.0 : Double.POSITIVE_INFINITY, model.distance(a, a));
              for (String b : m.keys()) {
                assertEquals(model.distance(a, b), model.distance(b, a), 1e-12);
              }
            }
          }
        });
  }

  @Test
  void rescalingAFeaturesUnitChangesNoDistance() {
    // e.g. a share in % instead of per 1, an age in months instead of years, a shifted origin
    qt().forAll(integers().between(1, 3), lists().of(integers().between(-1, 500)).ofSizeBetween(9, 30),
        integers().between(1, 1000), integers().between(-500, 500)).checkAssert((f, values, a, b) -> {
          List<Integer> v = values.subList(0, values.size() / f * f);
          double[] scale = ones(f);
          double[] shift = new double[f];
          scale[0] = a / 10.0;
          shift[0] = b;
          for (Standardisation s : Standardisation.values()) {
            SimilarityModel plain = SimilarityModel.of(matrix(v, f, ones(f), new double[f], null), s);
            SimilarityModel scaled = SimilarityModel.of(matrix(v, f, scale, shift, null), s);
            for (String x : plain.matrix().keys()) {
              for (String y : plain.matrix().keys()) {
                double d1 = plain.distance(x, y);
                double d2 = scaled.distance(x, y);
                if (Double.isInfinite(d1)) {
                  assertEquals(d1, d2);
                } else {
                  assertEquals(d1, d2, 1e-9 * Math.max(1, d1), s + " " + x + "/" + y);
                }
              }
            }
          }
        });
  }

  @Test
  void tiesAreOrderedByKeyWhateverTheRowOrder() {
    // rows with equal values are at equal distance: the peers must come in key order, however the rows are given
    qt().forAll(lists().of(integers().between(0, 3)).ofSizeBetween(6, 20), integers().between(0, 10_000))
        .checkAssert((values, seed) -> {
          int n = values.size();
          List<String> keys = keysOf(n);
          List<String> shuffled = new ArrayList<>(keys);
          Collections.shuffle(shuffled, new Random(seed));
          SimilarityModel m1 = SimilarityModel.of(matrix(values, 1, ones(1), new double[1], keys), Standardisation.Z_SCORE);
          SimilarityModel m2 = SimilarityModel.of(matrix(values, 1, ones(1), new double[1], shuffled), Standardisation.Z_SCORE);
          List<String> p1 = m1.nearest("00000", n).stream().map(Peer::key).collect(Collectors.toList());
          List<String> p2 = m2.nearest("00000", n).stream().map(Peer::key).collect(Collectors.toList());
          assertEquals(p1, p2);
          List<Peer> peers = m1.nearest("00000", n);
          for (int i = 1; i < peers.size(); i++) {
            Peer prev = peers.get(i - 1);
            Peer cur = peers.get(i);
            boolean ordered = prev.distance() < cur.distance()
                || (prev.distance() == cur.distance() && prev.key().compareTo(cur.key()) < 0);
            assertEquals(true, ordered, peers.toString());
          }
        });
  }
}
