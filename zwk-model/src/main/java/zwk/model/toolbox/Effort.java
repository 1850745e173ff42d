// SPDX-License-Identifier: Apache-2.0
package zwk.model.toolbox;

import zwk.model.common.Labelled;
import zwk.model.common.Labels;

/** Effort needed to use a tool (<em>Aufwand</em>). */
public enum Effort implements Labelled {
  /** gering. */
  LOW("gering", "low"),
  /** mittel. */
  MEDIUM("mittel", "medium"),
  /** hoch. */
  HIGH("hoch", "high");

  private final String germanLabel;
  private final String englishLabel;

  Effort(String germanLabel, String englishLabel) {
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
  public static Effort parse(String text) {
    return Labels.parse(values(), text, "effort");
  }
}
