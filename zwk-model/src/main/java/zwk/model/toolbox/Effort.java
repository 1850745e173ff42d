// SPDX-License-Identifier: Apache-2.0
package zwk.model.toolbox;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/** Effort needed to use a tool (<em>Aufwand</em>). */
public enum Effort implements LabelledEnum {
  /** gering. */
  LOW("gering", "low"),
  /** mittel. */
  MEDIUM("mittel", "medium"),
  /** hoch. */
  HIGH("hoch", "high");

  Effort(String germanLabel, String englishLabel) {
    Labels.register(this, germanLabel, englishLabel);
  }

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static Effort parse(String text) {
    return Labels.parse(values(), text, "effort");
  }
}
