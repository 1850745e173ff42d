// SPDX-License-Identifier: Apache-2.0
package zwk.model.statistics;

import java.util.Locale;
import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/** Sex as official statistics report it (<em>Geschlecht</em>): male, female, or both together. */
public enum Sex implements LabelledEnum {
  /** männlich ({@code m}). */
  MALE("m", "männlich", "male"),
  /** weiblich ({@code w}). */
  FEMALE("w", "weiblich", "female"),
  /** Insgesamt: both sexes together. */
  TOTAL("total", "insgesamt", "total");

  private final String code;

  Sex(String code, String germanLabel, String englishLabel) {
    this.code = code;
    Labels.register(this, germanLabel, englishLabel);
  }

  /** The short code used in zwk's CSV output: {@code m}, {@code w} or {@code total}. */
  public String code() {
    return code;
  }

  /**
   * Parses the codes and the German and English labels found in official files ({@code m},
   * {@code männlich}, {@code male}, {@code w}, {@code weiblich}, {@code female}, {@code f},
   * {@code insgesamt}, {@code total}, {@code GESM}, {@code GESW}), ignoring case.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static Sex parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "m":
      case "männlich":
      case "maennlich":
      case "male":
      case "gesm":
        return MALE;
      case "w":
      case "f":
      case "weiblich":
      case "female":
      case "gesw":
        return FEMALE;
      case "total":
      case "insgesamt":
      case "zusammen":
      case "both":
        return TOTAL;
      default:
        throw new IllegalArgumentException("sex: expected m, w or total, got '" + text + "'");
    }
  }
}
