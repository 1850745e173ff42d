// SPDX-License-Identifier: Apache-2.0
package zwk.model.toolbox;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/** Municipality size class for a tool's suitability (<em>Gemeindegrößenklasse</em>): rural municipality under 5,000, small town 5,000-19,999, medium town 20,000-99,999, large city 100,000 and more inhabitants. */
public enum SizeClass implements LabelledEnum {
  /** Landgemeinde (unter 5.000). */
  RURAL("Landgemeinde (unter 5.000)", "rural municipality (under 5,000)"),
  /** Kleinstadt (5.000 bis unter 20.000). */
  SMALL_TOWN("Kleinstadt (5.000 bis unter 20.000)", "small town (5,000-19,999)"),
  /** Mittelstadt (20.000 bis unter 100.000). */
  MEDIUM_TOWN("Mittelstadt (20.000 bis unter 100.000)", "medium town (20,000-99,999)"),
  /** Großstadt (ab 100.000). */
  LARGE_CITY("Großstadt (ab 100.000)", "large city (100,000+)"),
  /** Landkreis. */
  DISTRICT("Landkreis", "district");

  SizeClass(String germanLabel, String englishLabel) {
    Labels.register(this, germanLabel, englishLabel);
  }

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static SizeClass parse(String text) {
    return Labels.parse(values(), text, "sizeClass");
  }
}
