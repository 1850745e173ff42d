// SPDX-License-Identifier: Apache-2.0
package zwk.model.plan;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/** Status of a measure of the Werkstattplan (<em>Umsetzungsstand</em>). */
public enum MeasureStatus implements LabelledEnum {
  /** geplant. */
  PLANNED("geplant", "planned"),
  /** in Umsetzung. */
  IN_PROGRESS("in Umsetzung", "in progress"),
  /** abgeschlossen. */
  COMPLETED("abgeschlossen", "completed"),
  /** zurückgestellt. */
  ON_HOLD("zurückgestellt", "on hold"),
  /** abgebrochen. */
  CANCELLED("abgebrochen", "cancelled");

  MeasureStatus(String germanLabel, String englishLabel) {
    Labels.register(this, germanLabel, englishLabel);
  }

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static MeasureStatus parse(String text) {
    return Labels.parse(values(), text, "measureStatus");
  }
}
