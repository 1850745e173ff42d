// SPDX-License-Identifier: Apache-2.0
package zwk.model.participation;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/** How a participation event takes place (<em>Durchführungsart</em>). */
public enum ParticipationMode implements LabelledEnum {
  /** in Präsenz. */
  IN_PERSON("in Präsenz", "in person"),
  /** digital. */
  DIGITAL("digital", "digital"),
  /** hybrid. */
  HYBRID("hybrid", "hybrid"),
  /** mobil (aufsuchend). */
  MOBILE("mobil (aufsuchend)", "mobile (outreach)");

  ParticipationMode(String germanLabel, String englishLabel) {
    Labels.register(this, germanLabel, englishLabel);
  }

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static ParticipationMode parse(String text) {
    return Labels.parse(values(), text, "participationMode");
  }
}
