// SPDX-License-Identifier: Apache-2.0
package zwk.model.participation;

import zwk.model.common.Labelled;
import zwk.model.common.Labels;

/** The fate of an idea from participation (<em>Umgang mit der Idee</em>): closing the feedback loop. */
public enum IdeaStatus implements Labelled {
  /** offen. */
  OPEN("offen", "open"),
  /** in Maßnahme übernommen. */
  ADOPTED("in Maßnahme übernommen", "adopted into a measure"),
  /** beantwortet (Rückmeldung gegeben). */
  ANSWERED("beantwortet (Rückmeldung gegeben)", "answered (feedback given)");

  private final String germanLabel;
  private final String englishLabel;

  IdeaStatus(String germanLabel, String englishLabel) {
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
  public static IdeaStatus parse(String text) {
    return Labels.parse(values(), text, "ideaStatus");
  }
}
