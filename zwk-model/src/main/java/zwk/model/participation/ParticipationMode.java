// SPDX-License-Identifier: Apache-2.0
package zwk.model.participation;

import zwk.model.common.Labelled;
import zwk.model.common.Labels;

/** How a participation event takes place (<em>Durchführungsart</em>). */
public enum ParticipationMode implements Labelled {
  /** in Präsenz. */
  IN_PERSON("in Präsenz", "in person"),
  /** digital. */
  DIGITAL("digital", "digital"),
  /** hybrid. */
  HYBRID("hybrid", "hybrid"),
  /** mobil (aufsuchend). */
  MOBILE("mobil (aufsuchend)", "mobile (outreach)");

  private final String germanLabel;
  private final String englishLabel;

  ParticipationMode(String germanLabel, String englishLabel) {
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
  public static ParticipationMode parse(String text) {
    return Labels.parse(values(), text, "participationMode");
  }
}
