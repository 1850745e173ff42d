// SPDX-License-Identifier: Apache-2.0
package zwk.model.plan;

import zwk.model.common.Labelled;
import zwk.model.common.Labels;

/** Status of a measure of the Werkstattplan (<em>Umsetzungsstand</em>). */
public enum MeasureStatus implements Labelled {
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

  private final String germanLabel;
  private final String englishLabel;

  MeasureStatus(String germanLabel, String englishLabel) {
    this.germanLabel = germanLabel;
    this.englishLabel = englishLabel;
  }

  @Override
  public String germanLabel() {
    return germanLabel;
  }

  @Override
  public String englishLabel() {
    return englishLabel;
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
