// SPDX-License-Identifier: Apache-2.0
package zwk.model.check;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/** The three broad age groups of the Demografie-Check: under 20, 20 to 64, 65 and over. */
public enum AgeGroup implements LabelledEnum {
  /** unter 20 Jahre. */
  UNDER_20(0, 19, "unter 20 Jahre", "under 20"),
  /** 20 bis 64 Jahre. */
  AGE_20_TO_64(20, 64, "20 bis 64 Jahre", "20 to 64"),
  /** 65 Jahre und älter. */
  AGE_65_PLUS(65, Integer.MAX_VALUE, "65 Jahre und älter", "65 and over");

  private final int from;
  private final int to;

  AgeGroup(int from, int to, String germanLabel, String englishLabel) {
    this.from = from;
    this.to = to;
    Labels.register(this, germanLabel, englishLabel);
  }

  /** First year of age. */
  public int from() {
    return from;
  }

  /** Last year of age, {@link Integer#MAX_VALUE} for the open group. */
  public int to() {
    return to;
  }

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static AgeGroup parse(String text) {
    return Labels.parse(values(), text, "ageGroup");
  }
}
