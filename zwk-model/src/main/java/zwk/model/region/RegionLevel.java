// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/**
 * The administrative level a key denotes (<em>Gebietsebene</em>), coarsest first.
 *
 * <p>The AGS knows country, Land, Regierungsbezirk, Kreis and Gemeinde; only the ARS also has the
 * Gemeindeverband level (Amt, Samtgemeinde, Verbandsgemeinde, Verwaltungsgemeinschaft …).
 */
public enum RegionLevel implements LabelledEnum {
  /** Germany as a whole (<em>Deutschland</em>, GENESIS code {@code DG}). */
  COUNTRY(0, 0, "Deutschland", "Germany"),
  /** Land (<em>Bundesland</em>): 2 digits. */
  STATE(2, 2, "Land", "federal state"),
  /** Regierungsbezirk: 3 digits. */
  GOVERNMENT_REGION(3, 3, "Regierungsbezirk", "government region"),
  /** Kreis, Landkreis or kreisfreie Stadt: 5 digits. */
  DISTRICT(5, 5, "Kreis", "district"),
  /** Gemeindeverband: 9 ARS digits; has no AGS. */
  MUNICIPAL_ASSOCIATION(-1, 9, "Gemeindeverband", "municipal association"),
  /** Gemeinde: 8 AGS digits, 12 ARS digits. */
  MUNICIPALITY(8, 12, "Gemeinde", "municipality");

  private final int agsLength;
  private final int arsLength;

  RegionLevel(int agsLength, int arsLength, String germanLabel, String englishLabel) {
    this.agsLength = agsLength;
    this.arsLength = arsLength;
    Labels.register(this, germanLabel, englishLabel);
  }

  /** Number of AGS digits at this level, or -1 where the AGS has no such level. */
  public int agsLength() {
    return agsLength;
  }

  /** Number of ARS digits at this level. */
  public int arsLength() {
    return arsLength;
  }

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static RegionLevel parse(String text) {
    return Labels.parse(values(), text, "regionLevel");
  }
}
