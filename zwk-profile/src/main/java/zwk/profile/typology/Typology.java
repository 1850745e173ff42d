// SPDX-License-Identifier: Apache-2.0
package zwk.profile.typology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import zwk.profile.similarity.Feature;
import zwk.profile.similarity.SimilarityModel;

/**
 * A typology of the regions of a {@link SimilarityModel}: every region with a type, every type
 * with its centroid (the mean of its members' standardised vectors) and its distinctive traits.
 *
 * <p>{@link #cluster} computes zwk's own typology by k-means (Lloyd's algorithm) with a
 * deterministic start (farthest-first traversal from the region nearest the centre of the set, ties
 * by key) and ties in assignment going to the lower type, so the same data always give the same
 * types; types are numbered by size, largest first (ties: smallest member key). {@link #of} takes an
 * official typology (e.g. the Demografietypen of Wegweiser Kommune) as given. Both assign the
 * nearest type to a region without one ({@link #assign}), with the distance as the confidence.
 */
public final class Typology {
  /** |z| of a centroid from which a feature counts as a trait of the type. */
  public static final double TRAIT_Z = 0.5;
  /** Upper bound of Lloyd iterations (the algorithm stops earlier when no assignment changes). */
  public static final int MAX_ITERATIONS = 200;

  private final SimilarityModel model;
  private final List<RegionType> types;
  private final Map<String, TypeAssignment> assignments;

  private Typology(SimilarityModel model, List<RegionType> types, Map<String, TypeAssignment> assignments) {
    this.model = model;
    this.types = List.copyOf(types);
    this.assignments = assignments;
  }

  /**
   * zwk's own typology with {@code k} types over all regions of the model that have at least one
   * value.
   *
   * @throws IllegalArgumentException when k is below 1 or above the number of such regions
   */
  public static Typology cluster(SimilarityModel model, int k) {
    Objects.requireNonNull(model, "model");
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < model.matrix().keys().size(); r++) {
      if (Arrays.stream(model.zRow(r)).anyMatch(x -> !Double.isNaN(x))) {
        rows.add(r);
      }
    }
    if (k < 1 || k > rows.size()) {
      throw new IllegalArgumentException("k: expected 1 to " + rows.size() + " (the regions with values), got " + k);
    }
    // rows in key order, so that the result does not depend on the order of the comparison set
    rows.sort(Comparator.comparing(r -> model.matrix().keys().get(r)));
    int f = model.matrix().features().size();
    double[][] z = new double[rows.size()][];
    for (int i = 0; i < z.length; i++) {
      z[i] = model.zRow(rows.get(i));
    }
    double[][] centres = farthestFirst(model, z, k);
    int[] of = new int[z.length];
    Arrays.fill(of, -1);
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      boolean changed = false;
      for (int i = 0; i < z.length; i++) {
        int best = nearest(model, centres, z[i]);
        if (best != of[i]) {
          of[i] = best;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
      centres = means(z, of, k, f, centres);
    }
    // number by size (largest first), ties by the smallest member key (rows are in key order)
    Integer[] order = new Integer[k];
    int[] size = new int[k];
    int[] first = new int[k];
    Arrays.fill(first, Integer.MAX_VALUE);
    for (int i = 0; i < z.length; i++) {
      size[of[i]]++;
      first[of[i]] = Math.min(first[of[i]], i);
    }
    for (int c = 0; c < k; c++) {
      order[c] = c;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(c -> -size[c]).thenComparingInt(c -> first[c]));
    int[] number = new int[k];
    for (int n = 0; n < k; n++) {
      number[order[n]] = n + 1;
    }
    Map<Integer, double[]> centroidByNumber = new TreeMap<>();
    Map<Integer, Integer> sizeByNumber = new TreeMap<>();
    for (int c = 0; c < k; c++) {
      centroidByNumber.put(number[c], centres[c]);
      sizeByNumber.put(number[c], size[c]);
    }
    List<RegionType> types = new ArrayList<>();
    for (Map.Entry<Integer, double[]> e : centroidByNumber.entrySet()) {
      types.add(type(model, e.getKey(), Optional.empty(), sizeByNumber.get(e.getKey()), e.getValue()));
    }
    Map<String, TypeAssignment> a = new TreeMap<>();
    for (int i = 0; i < z.length; i++) {
      String key = model.matrix().keys().get(rows.get(i));
      a.put(key, new TypeAssignment(key, number[of[i]], model.distance(z[i], centres[of[i]]), false));
    }
    return new Typology(model, types, a);
  }

  /**
   * An official typology: the given type of every region it names (regions the model lacks are
   * ignored), centroids from the members' standardised vectors.
   *
   * @param typeByKey type number by region key
   * @param names type name by number (a number without a name is named by its traits)
   * @throws IllegalArgumentException when no region of the model has a type
   */
  public static Typology of(SimilarityModel model, Map<String, Integer> typeByKey, Map<Integer, String> names) {
    Objects.requireNonNull(model, "model");
    int f = model.matrix().features().size();
    Map<Integer, double[]> sum = new TreeMap<>();
    Map<Integer, int[]> count = new TreeMap<>();
    Map<Integer, Integer> size = new TreeMap<>();
    for (Map.Entry<String, Integer> e : typeByKey.entrySet()) {
      int r = model.matrix().row(e.getKey());
      if (r < 0) {
        continue;
      }
      double[] z = model.zRow(r);
      double[] s = sum.computeIfAbsent(e.getValue(), x -> new double[f]);
      int[] n = count.computeIfAbsent(e.getValue(), x -> new int[f]);
      size.merge(e.getValue(), 1, Integer::sum);
      for (int c = 0; c < f; c++) {
        if (!Double.isNaN(z[c])) {
          s[c] += z[c];
          n[c]++;
        }
      }
    }
    if (sum.isEmpty()) {
      throw new IllegalArgumentException("typeByKey: expected types for regions of the comparison set, got none of its "
          + model.matrix().keys().size() + " regions");
    }
    List<RegionType> types = new ArrayList<>();
    for (Map.Entry<Integer, double[]> e : sum.entrySet()) {
      double[] centroid = new double[f];
      int[] n = count.get(e.getKey());
      for (int c = 0; c < f; c++) {
        centroid[c] = n[c] == 0 ? Double.NaN : e.getValue()[c] / n[c];
      }
      types.add(type(model, e.getKey(), Optional.ofNullable(names.get(e.getKey())), size.get(e.getKey()), centroid));
    }
    Map<String, TypeAssignment> a = new TreeMap<>();
    for (Map.Entry<String, Integer> e : typeByKey.entrySet()) {
      int r = model.matrix().row(e.getKey());
      if (r >= 0) {
        RegionType t = types.stream().filter(x -> x.number() == e.getValue()).findFirst().get();
        a.put(e.getKey(), new TypeAssignment(e.getKey(), e.getValue(), model.distance(model.zRow(r), t.centroid()), true));
      }
    }
    return new Typology(model, types, a);
  }

  private static RegionType type(SimilarityModel model, int number, Optional<String> name, int size, double[] centroid) {
    List<RegionType.Trait> traits = new ArrayList<>();
    for (int c = 0; c < centroid.length; c++) {
      if (!Double.isNaN(centroid[c]) && Math.abs(centroid[c]) >= TRAIT_Z && model.weight(c) > 0) {
        Feature feat = model.matrix().features().get(c);
        traits.add(new RegionType.Trait(feat.id(), feat.germanName(), feat.englishName(), centroid[c],
            model.centre(c) + centroid[c] * model.scale(c)));
      }
    }
    traits.sort(Comparator.comparingDouble((RegionType.Trait t) -> -Math.abs(t.z())));
    return new RegionType(number, name, size, centroid, traits);
  }

  private static double[][] farthestFirst(SimilarityModel model, double[][] z, int k) {
    double[][] centres = new double[k][];
    double[] origin = new double[z[0].length];
    int start = 0;
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < z.length; i++) {
      double d = model.distance(z[i], origin);
      if (d < best) {
        best = d;
        start = i;
      }
    }
    centres[0] = z[start].clone();
    double[] minDist = new double[z.length];
    Arrays.fill(minDist, Double.POSITIVE_INFINITY);
    for (int c = 1; c < k; c++) {
      int far = -1;
      double farD = -1;
      for (int i = 0; i < z.length; i++) {
        minDist[i] = Math.min(minDist[i], model.distance(z[i], centres[c - 1]));
        double d = Double.isInfinite(minDist[i]) ? Double.MAX_VALUE : minDist[i];
        if (d > farD) {
          farD = d;
          far = i;
        }
      }
      centres[c] = z[far].clone();
    }
    return centres;
  }

  private static int nearest(SimilarityModel model, double[][] centres, double[] z) {
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int c = 0; c < centres.length; c++) {
      double d = model.distance(z, centres[c]);
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    return best;
  }

  private static double[][] means(double[][] z, int[] of, int k, int f, double[][] previous) {
    double[][] sum = new double[k][f];
    int[][] n = new int[k][f];
    for (int i = 0; i < z.length; i++) {
      for (int c = 0; c < f; c++) {
        if (!Double.isNaN(z[i][c])) {
          sum[of[i]][c] += z[i][c];
          n[of[i]][c]++;
        }
      }
    }
    double[][] out = new double[k][f];
    for (int t = 0; t < k; t++) {
      for (int c = 0; c < f; c++) {
        out[t][c] = n[t][c] == 0 ? previous[t][c] : sum[t][c] / n[t][c];
      }
    }
    return out;
  }

  /** The model the typology lives in. */
  public SimilarityModel model() {
    return model;
  }

  /** The types, by number. */
  public List<RegionType> types() {
    return types;
  }

  /** The type with this number. */
  public Optional<RegionType> type(int number) {
    return types.stream().filter(t -> t.number() == number).findFirst();
  }

  /** The regions with a type (computed or given), by key. */
  public Map<String, TypeAssignment> assignments() {
    return java.util.Collections.unmodifiableMap(assignments);
  }

  /**
   * The type of a region of the model: its own (computed or given) if it has one, else the nearest
   * type ({@link TypeAssignment#given()} false); empty when the region has no value at all.
   *
   * @throws IllegalArgumentException when the model lacks the region
   */
  public Optional<TypeAssignment> assign(String key) {
    TypeAssignment own = assignments.get(key);
    if (own != null) {
      return Optional.of(own);
    }
    int r = model.matrix().row(key);
    if (r < 0) {
      throw new IllegalArgumentException("key: expected a region of the comparison set, got '" + key + "'");
    }
    return nearestType(key, model.zRow(r));
  }

  /**
   * The nearest type for a region outside the comparison set, from its raw values (in the model's
   * feature order, NaN where it has none).
   */
  public Optional<TypeAssignment> assignRaw(String key, double[] raw) {
    return nearestType(key, model.standardise(raw));
  }

  private Optional<TypeAssignment> nearestType(String key, double[] z) {
    TypeAssignment best = null;
    for (RegionType t : types) {
      double d = model.distance(z, t.centroid());
      if (Double.isFinite(d) && (best == null || d < best.distance())) {
        best = new TypeAssignment(key, t.number(), d, false);
      }
    }
    return Optional.ofNullable(best);
  }
}
