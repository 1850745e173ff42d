// SPDX-License-Identifier: Apache-2.0
package zwk.profile.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The profile vectors of a comparison set: one row per region key, one column per feature, raw
 * values with {@code NaN} for "no value". Immutable; rows are in the order the keys were given.
 */
public final class FeatureMatrix {
  private final List<String> keys;
  private final Map<String, Integer> index;
  private final List<Feature> features;
  private final double[][] values;

  private FeatureMatrix(List<String> keys, List<Feature> features, double[][] values) {
    this.keys = List.copyOf(keys);
    this.features = List.copyOf(features);
    this.values = values;
    this.index = new HashMap<>(keys.size() * 2);
    for (int i = 0; i < keys.size(); i++) {
      index.put(keys.get(i), i);
    }
  }

  /**
   * Evaluates the features for the regions.
   *
   * @throws IllegalArgumentException for duplicate keys or feature ids, or no features
   */
  public static FeatureMatrix of(Collection<String> keys, List<Feature> features) {
    List<String> k = new ArrayList<>(new LinkedHashSet<>(keys));
    if (k.size() != keys.size()) {
      throw new IllegalArgumentException("keys: expected distinct region keys, got duplicates in " + keys);
    }
    if (features.isEmpty()) {
      throw new IllegalArgumentException("features: expected at least one feature, got none");
    }
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (Feature f : features) {
      if (!ids.add(f.id())) {
        throw new IllegalArgumentException("features: expected distinct ids, got " + f.id() + " twice");
      }
    }
    double[][] v = new double[k.size()][features.size()];
    for (int r = 0; r < k.size(); r++) {
      for (int c = 0; c < features.size(); c++) {
        OptionalDouble x = features.get(c).value(k.get(r));
        v[r][c] = x.isPresent() ? x.getAsDouble() : Double.NaN;
      }
    }
    return new FeatureMatrix(k, features, v);
  }

  /**
   * The same matrix without the features no region has a value for (e.g. the population change when
   * the table holds one date only).
   */
  public FeatureMatrix withoutEmptyFeatures() {
    List<Integer> keep = new ArrayList<>();
    for (int c = 0; c < features.size(); c++) {
      for (double[] row : values) {
        if (!Double.isNaN(row[c])) {
          keep.add(c);
          break;
        }
      }
    }
    if (keep.size() == features.size()) {
      return this;
    }
    if (keep.isEmpty()) {
      throw new IllegalArgumentException("features: no region has a value for any of " + features);
    }
    List<Feature> f = new ArrayList<>();
    double[][] v = new double[keys.size()][keep.size()];
    for (int j = 0; j < keep.size(); j++) {
      f.add(features.get(keep.get(j)));
      for (int r = 0; r < keys.size(); r++) {
        v[r][j] = values[r][keep.get(j)];
      }
    }
    return new FeatureMatrix(keys, f, v);
  }

  /** Region keys, in row order. */
  public List<String> keys() {
    return keys;
  }

  /** The features, in column order. */
  public List<Feature> features() {
    return features;
  }

  /** Whether the matrix holds a row for {@code key}. */
  public boolean hasKey(String key) {
    return index.containsKey(key);
  }

  /** Row index of {@code key}, or -1. */
  public int row(String key) {
    Integer i = index.get(key);
    return i == null ? -1 : i;
  }

  /** Column index of feature {@code id}, or -1. */
  public int column(String id) {
    for (int c = 0; c < features.size(); c++) {
      if (features.get(c).id().equals(id)) {
        return c;
      }
    }
    return -1;
  }

  /** The raw value, or {@code NaN} when the region has none. */
  public double value(int row, int column) {
    return values[row][column];
  }

  /** A copy of one row's raw values. */
  public double[] rowValues(int row) {
    return values[row].clone();
  }

  /** A copy of one column's raw values (NaN where absent). */
  double[] columnValues(int column) {
    double[] c = new double[keys.size()];
    for (int r = 0; r < keys.size(); r++) {
      c[r] = values[r][column];
    }
    return c;
  }

  @Override
  public String toString() {
    return "FeatureMatrix{" + keys.size() + " regions × " + features + "}";
  }

  /** For tests and debugging: one row as text. */
  String rowString(int row) {
    return keys.get(row) + Arrays.toString(values[row]);
  }
}
