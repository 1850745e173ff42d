// SPDX-License-Identifier: Apache-2.0
package zwk.profile.similarity;

import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * One of the k nearest peers of a region, with the explanation: the features that bring it close
 * ({@link #close}) and those that keep it apart ({@link #apart}).
 *
 * @param rank 1 for the nearest
 * @param key the peer's region key
 * @param distance the distance ({@link SimilarityModel})
 * @param differences feature by feature, in column order
 */
public record Peer(int rank, String key, double distance, List<FeatureDifference> differences) {
  /** Gap (in units of the scale) up to which a feature counts as bringing a peer close. */
  public static final double CLOSE_GAP = 0.25;
  /** Gap from which a feature counts as keeping a peer apart. */
  public static final double APART_GAP = 0.75;

  /** Copies the list. */
  public Peer {
    differences = List.copyOf(differences);
  }

  /** Up to {@code n} weighted features with gap ≤ {@link #CLOSE_GAP}, smallest gap first (ties: column order). */
  public List<FeatureDifference> close(int n) {
    return differences.stream().filter(d -> d.comparable() && d.weight() > 0 && d.gap() <= CLOSE_GAP)
        .sorted(Comparator.comparingDouble(FeatureDifference::gap)).limit(n).collect(Collectors.toList());
  }

  /** Up to {@code n} weighted features with gap ≥ {@link #APART_GAP}, largest contribution first. */
  public List<FeatureDifference> apart(int n) {
    return differences.stream().filter(d -> d.comparable() && d.weight() > 0 && d.gap() >= APART_GAP)
        .sorted(Comparator.comparingDouble(FeatureDifference::contribution).reversed()).limit(n).collect(Collectors.toList());
  }

  /**
   * The explanation in words (German, or English for {@code en}), e.g. {@code nah bei: Altenquotient
   * (39,9 / 40,2); fern bei: log10 Einwohner (5,3 / 4,9)}.
   */
  public String explanation(Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    Locale l = en ? Locale.ENGLISH : Locale.GERMAN;
    ResourceBundle b = ResourceBundle.getBundle("zwk.profile.similarity.texts", en ? Locale.ENGLISH : Locale.ROOT); // ROOT = German base, no JVM-default fallback; no Control (throws in a named module)
    String close = close(3).stream().map(d -> item(d, l)).collect(Collectors.joining(", "));
    String apart = apart(3).stream().map(d -> item(d, l)).collect(Collectors.joining(", "));
    String none = b.getString("none");
    return new MessageFormat(b.getString("explanation"), l).format(new Object[] {close.isEmpty() ? none : close,
        apart.isEmpty() ? none : apart});
  }

  private static String item(FeatureDifference d, Locale l) {
    return d.feature().name(l) + " (" + String.format(l, "%.1f", d.own()) + " / " + String.format(l, "%.1f", d.other()) + ")";
  }
}
