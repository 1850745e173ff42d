// SPDX-License-Identifier: Apache-2.0
package zwk.model.participation;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/** The fate of an idea from participation (<em>Umgang mit der Idee</em>): closing the feedback loop. */
public enum IdeaStatus implements LabelledEnum {
  /** offen. */
  OPEN("offen", "open"),
  /** in Maßnahme übernommen. */
  ADOPTED("in Maßnahme übernommen", "adopted into a measure"),
  /** beantwortet (Rückmeldung gegeben). */
  ANSWERED("beantwortet (Rückmeldung gegeben)", "answered (feedback given)");

  IdeaStatus(String germanLabel, String englishLabel) {
    Labels.register(this, germanLabel, englishLabel);
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
