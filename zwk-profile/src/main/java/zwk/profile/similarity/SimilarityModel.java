// SPDX-License-Identifier: Apache-2.0
package zwk.profile.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Distances between the regions of a {@link FeatureMatrix}: each feature standardised over all
 * rows of the matrix (the comparison set) with a {@link Standardisation}, then the weighted
 * Euclidean distance
 *
 * <pre>  d(a, b) = √( Σ_{i∈C} w_i (z_{a,i} − z_{b,i})² × W / W_C )</pre>
 *
 * where C is the set of features both regions have a value for, W the sum of all weights and
 * W_C the sum over C (so that a missing value neither shortens nor lengthens the
 * distance on average). Without any common feature the distance is {@code +∞}. d is 0 for a region
 * and itself, symmetric, and unchanged when a feature's unit changes ({@code x → a·x + b}).
 */
public final class SimilarityModel {
  private final FeatureMatrix matrix;
  private final Standardisation standardisation;
  private final double[] weights;
  private final double totalWeight;
  private final double[] centre;
  private final double[] scale;
  private final double[][] z;

  private SimilarityModel(FeatureMatrix matrix, Standardisation standardisation, double[] weights) {
    this.matrix = matrix;
    this.standardisation = standardisation;
    this.weights = weights;
    int n = matrix.features().size();
    double w = 0;
    for (double x : weights) {
      w += x;
    }
    this.totalWeight = w;
    this.centre = new double[n];
    this.scale = new double[n];
    for (int c = 0; c < n; c++) {
      double[] cs = standardisation.centreAndScale(matrix.columnValues(c));
      centre[c] = cs[0];
      scale[c] = cs[1];
    }
    this.z = new double[matrix.keys().size()][];
    for (int r = 0; r < z.length; r++) {
      z[r] = standardise(matrix.rowValues(r));
    }
  }

  /** A model with weight 1 for every feature. */
  public static SimilarityModel of(FeatureMatrix matrix, Standardisation standardisation) {
    return of(matrix, standardisation, Map.of());
  }

  /**
   * A model with weights by feature id (features not named get weight 1).
   *
   * @throws IllegalArgumentException for a weight that is negative or not finite, a weight for a
   *     feature the matrix lacks, or all weights 0
   */
  public static SimilarityModel of(FeatureMatrix matrix, Standardisation standardisation, Map<String, Double> weights) {
    Objects.requireNonNull(matrix, "matrix");
    Objects.requireNonNull(standardisation, "standardisation");
    double[] w = new double[matrix.features().size()];
    java.util.Arrays.fill(w, 1.0);
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      int c = matrix.column(e.getKey());
      if (c < 0) {
        throw new IllegalArgumentException("weights: expected a feature of " + matrix.features() + ", got '" + e.getKey() + "'");
      }
      double x = e.getValue();
      if (!Double.isFinite(x) || x < 0) {
        throw new IllegalArgumentException("weights[" + e.getKey() + "]: expected a finite number >= 0, got " + x);
      }
      w[c] = x;
    }
    if (java.util.Arrays.stream(w).sum() <= 0) {
      throw new IllegalArgumentException("weights: expected at least one weight > 0, got all 0");
    }
    return new SimilarityModel(matrix, standardisation, w);
  }

  /** The matrix. */
  public FeatureMatrix matrix() {
    return matrix;
  }

  /** The standardisation. */
  public Standardisation standardisation() {
    return standardisation;
  }

  /** The weight of feature {@code column}. */
  public double weight(int column) {
    return weights[column];
  }

  /** The standardised value of a cell, {@code NaN} when the region has no value. */
  public double z(int row, int column) {
    return z[row][column];
  }

  /** A copy of one region's standardised vector. */
  public double[] zRow(int row) {
    return z[row].clone();
  }

  /** Centre of feature {@code column} over the comparison set. */
  public double centre(int column) {
    return centre[column];
  }

  /** Scale of feature {@code column} over the comparison set (0 when all values are equal). */
  public double scale(int column) {
    return scale[column];
  }

  /**
   * Raw values (in the matrix's column order, NaN for none) standardised with this model's centres
   * and scales: for a region outside the comparison set.
   */
  public double[] standardise(double[] raw) {
    if (raw.length != centre.length) {
      throw new IllegalArgumentException("raw: expected " + centre.length + " values, got " + raw.length);
    }
    double[] out = new double[raw.length];
    for (int c = 0; c < raw.length; c++) {
      out[c] = Double.isNaN(raw[c]) ? Double.NaN : scale[c] > 0 ? (raw[c] - centre[c]) / scale[c] : 0.0;
    }
    return out;
  }

  /**
   * The distance between two regions of the matrix.
   *
   * @throws IllegalArgumentException when the matrix lacks one of them
   */
  public double distance(String a, String b) {
    return distance(z[requireRow(a)], z[requireRow(b)]);
  }

  /** The distance between two standardised vectors (see the class description). */
  public double distance(double[] za, double[] zb) {
    double sum = 0;
    double wc = 0;
    for (int c = 0; c < za.length; c++) {
      if (Double.isNaN(za[c]) || Double.isNaN(zb[c]) || weights[c] == 0) {
        continue;
      }
      double d = za[c] - zb[c];
      sum += weights[c] * d * d;
      wc += weights[c];
    }
    return wc == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(sum * totalWeight / wc);
  }

  /** The feature-by-feature differences between two regions, in column order. */
  public List<FeatureDifference> differences(String a, String b) {
    int ra = requireRow(a);
    int rb = requireRow(b);
    List<FeatureDifference> out = new ArrayList<>();
    for (int c = 0; c < z[ra].length; c++) {
      out.add(new FeatureDifference(matrix.features().get(c), matrix.value(ra, c), matrix.value(rb, c), z[ra][c], z[rb][c],
          weights[c]));
    }
    return out;
  }

  /** The k nearest peers of {@code key} among all other regions of the matrix. */
  public List<Peer> nearest(String key, int k) {
    return nearest(key, k, x -> true);
  }

  /**
   * The k nearest peers of {@code key} among the other regions that pass {@code filter}, nearest
   * first; ties in distance are ordered by key, so the result never depends on the row order.
   * Regions at distance {@code +∞} (no common feature) are left out.
   *
   * @throws IllegalArgumentException when the matrix lacks {@code key} or k is negative
   */
  public List<Peer> nearest(String key, int k, Predicate<String> filter) {
    if (k < 0) {
      throw new IllegalArgumentException("k: expected >= 0, got " + k);
    }
    int self = requireRow(key);
    List<Object[]> cand = new ArrayList<>();
    for (int r = 0; r < z.length; r++) {
      String other = matrix.keys().get(r);
      if (r == self || !filter.test(other)) {
        continue;
      }
      double d = distance(z[self], z[r]);
      if (Double.isFinite(d)) {
        cand.add(new Object[] {other, d});
      }
    }
    cand.sort(Comparator.<Object[]>comparingDouble(o -> (Double) o[1]).thenComparing(o -> (String) o[0]));
    List<Peer> out = new ArrayList<>();
    for (int i = 0; i < Math.min(k, cand.size()); i++) {
      String other = (String) cand.get(i)[0];
      out.add(new Peer(i + 1, other, (Double) cand.get(i)[1], differences(key, other)));
    }
    return out;
  }

  private int requireRow(String key) {
    int r = matrix.row(key);
    if (r < 0) {
      throw new IllegalArgumentException("key: expected a region of the comparison set (" + matrix.keys().size()
          + " regions), got '" + key + "'");
    }
    return r;
  }
}
