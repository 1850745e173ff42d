// SPDX-License-Identifier: Apache-2.0
package zwk.profile.vital;

import zwk.model.statistics.Sex;

/**
 * The infant separation factor {@code a_0}: the mean fraction of the first year lived by infants who
 * die in it. Andreev &amp; Kingkade (2015, Demographic Research 33(13)), the rule of the Human
 * Mortality Database, in terms of {@code q_0}:
 *
 * <pre>
 *   males:   q0 &lt; 0.0226: 0.1493 − 2.0367 q0;  q0 &lt; 0.0785: 0.0244 + 3.4994 q0;  else 0.2991
 *   females: q0 &lt; 0.0170: 0.1490 − 2.0867 q0;  q0 &lt; 0.0658: 0.0438 + 4.1075 q0;  else 0.3141
 * </pre>
 */
public final class InfantSeparation {
  private InfantSeparation() {}

  /**
   * {@code a_0} for {@code sex} (male or female) and {@code q_0}.
   *
   * @throws IllegalArgumentException for {@link Sex#TOTAL} (the rule is sex-specific) or a q0 outside [0, 1]
   */
  public static double andreevKingkade(Sex sex, double q0) {
    if (!(q0 >= 0 && q0 <= 1)) {
      throw new IllegalArgumentException("q0: expected a probability 0..1, got " + q0);
    }
    switch (sex) {
      case MALE:
        return q0 < 0.0226 ? 0.1493 - 2.0367 * q0 : q0 < 0.0785 ? 0.0244 + 3.4994 * q0 : 0.2991;
      case FEMALE:
        return q0 < 0.0170 ? 0.1490 - 2.0867 * q0 : q0 < 0.0658 ? 0.0438 + 4.1075 * q0 : 0.3141;
      default:
        throw new IllegalArgumentException("sex: expected MALE or FEMALE for the Andreev-Kingkade rule, got " + sex);
    }
  }
}
