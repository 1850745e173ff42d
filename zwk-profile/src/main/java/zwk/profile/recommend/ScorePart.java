// SPDX-License-Identifier: Apache-2.0
package zwk.profile.recommend;

import java.util.Locale;
import java.util.Objects;

/**
 * One named part of a recommendation's score, with its reason.
 *
 * @param name the part ({@code action-field}, {@code target-group}, {@code size}, {@code type},
 *     {@code origin-similarity}; for mentors {@code action-field}, {@code stage}, {@code similarity},
 *     {@code proximity})
 * @param points the points it adds (negative for a mismatch)
 * @param reasonDe the reason in German
 * @param reasonEn the reason in English
 */
public record ScorePart(String name, double points, String reasonDe, String reasonEn) {

  /** Checks the parts. */
  public ScorePart {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reasonDe, "reasonDe");
    Objects.requireNonNull(reasonEn, "reasonEn");
    if (!Double.isFinite(points)) {
      throw new IllegalArgumentException("points: expected a finite number, got " + points);
    }
  }

  /** The reason in {@code locale} (English for {@code en}, German otherwise). */
  public String reason(Locale locale) {
    return "en".equals(locale.getLanguage()) ? reasonEn : reasonDe;
  }
}
