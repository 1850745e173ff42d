// SPDX-License-Identifier: Apache-2.0
package zwk.model.programme;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/** The role a municipality has in a programme (<em>Rolle im Programm</em>). */
public enum MembershipRole implements LabelledEnum {
  /** Modellkommune: funded model municipality. */
  MODEL_MUNICIPALITY("Modellkommune", "model municipality"),
  /** Netzwerkkommune: member of the nationwide network (from 2025). */
  NETWORK_MEMBER("Netzwerkkommune", "network member"),
  /** Mentorkommune: experienced municipality that mentors others. */
  MENTOR("Mentorkommune", "mentor municipality"),
  /** Partner: associated without funding. */
  PARTNER("Partnerkommune", "partner municipality");

  MembershipRole(String germanLabel, String englishLabel) {
    Labels.register(this, germanLabel, englishLabel);
  }

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static MembershipRole parse(String text) {
    return Labels.parse(values(), text, "membershipRole");
  }
}
