// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/**
 * The record type (<em>Satzart</em>) of an entry of the official municipality register (GV-ISys,
 * GV100AD), with its two-digit code and German and English labels.
 */
public enum RecordType implements LabelledEnum {
  /** Satzart 10: Land. */
  STATE("10", "Land", "federal state"),
  /** Satzart 20: Regierungsbezirk (also the former ones and the statistical regions of Niedersachsen). */
  GOVERNMENT_REGION("20", "Regierungsbezirk", "government region"),
  /** Satzart 30: Region (planning region of Baden-Württemberg); its 4-digit key is no AGS or ARS. */
  REGION("30", "Region", "region"),
  /** Satzart 40: Kreis (Landkreis, Kreis, kreisfreie Stadt, Regionalverband). */
  DISTRICT("40", "Kreis", "district"),
  /** Satzart 50: Gemeindeverband; keyed by ARS only (9 digits). */
  MUNICIPAL_ASSOCIATION("50", "Gemeindeverband", "municipal association"),
  /** Satzart 60: Gemeinde, including gemeindefreie Gebiete. */
  MUNICIPALITY("60", "Gemeinde", "municipality");

  private final String code;

  RecordType(String code, String germanLabel, String englishLabel) {
    this.code = code;
    Labels.register(this, germanLabel, englishLabel);
  }

  /** The two-digit Satzart, {@code "10"} … {@code "60"}. */
  public String code() {
    return code;
  }

  /** Number of key digits in the register: 2, 3, 4 (Region), 5, 9 or 12 (the ARS lengths). */
  public int keyLength() {
    switch (this) {
      case STATE:
        return 2;
      case GOVERNMENT_REGION:
        return 3;
      case REGION:
        return 4;
      case DISTRICT:
        return 5;
      case MUNICIPAL_ASSOCIATION:
        return 9;
      default:
        return 12;
    }
  }

  /**
   * Parses the Satzart code ({@code "10"} … {@code "60"}), the constant name or the German or
   * English label ({@code "Kreis"}, {@code "district"}), ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static RecordType parse(String text) {
    if (text != null) {
      for (RecordType t : values()) {
        if (t.code.equals(text.strip())) {
          return t;
        }
      }
    }
    return Labels.parse(values(), text, "recordType");
  }

  /**
   * The record type of a Satzart code ({@code "10"} … {@code "60"}).
   *
   * @throws IllegalArgumentException naming the code when it is none of these
   */
  public static RecordType ofCode(String code) {
    for (RecordType t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "recordType: expected a Satzart 10, 20, 30, 40, 50 or 60, got '" + (code == null ? "null" : Keys.clip(code)) + "'");
  }
}
