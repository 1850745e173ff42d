// SPDX-License-Identifier: Apache-2.0
package zwk.model.stage;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/** Status of a stage of the Fünfstufen-Systematik (<em>Status</em>). */
public enum StageStatus implements LabelledEnum {
  /** nicht begonnen. */
  NOT_STARTED("nicht begonnen", "not started"),
  /** in Arbeit. */
  IN_PROGRESS("in Arbeit", "in progress"),
  /** abgeschlossen. */
  COMPLETED("abgeschlossen", "completed");

  StageStatus(String germanLabel, String englishLabel) {
    Labels.register(this, germanLabel, englishLabel);
  }

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static StageStatus parse(String text) {
    return Labels.parse(values(), text, "stageStatus");
  }
}
