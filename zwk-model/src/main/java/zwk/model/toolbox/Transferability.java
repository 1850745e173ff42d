// SPDX-License-Identifier: Apache-2.0
package zwk.model.toolbox;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/** How easily a tool transfers to another municipality (<em>Übertragbarkeit</em>). */
public enum Transferability implements LabelledEnum {
  /** gering. */
  LOW("gering", "low"),
  /** mittel. */
  MEDIUM("mittel", "medium"),
  /** hoch. */
  HIGH("hoch", "high");

  Transferability(String germanLabel, String englishLabel) {
    Labels.register(this, germanLabel, englishLabel);
  }

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static Transferability parse(String text) {
    return Labels.parse(values(), text, "transferability");
  }
}
