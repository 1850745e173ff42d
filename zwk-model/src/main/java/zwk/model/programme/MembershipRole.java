package zwk.model.programme;

import java.util.Locale;

/** The role a municipality has in a programme (<em>Rolle im Programm</em>). */
public enum MembershipRole {
  /** Modellkommune: funded model municipality. */
  MODEL_MUNICIPALITY("Modellkommune", "model municipality"),
  /** Netzwerkkommune: member of the nationwide network (from 2025). */
  NETWORK_MEMBER("Netzwerkkommune", "network member"),
  /** Mentorkommune: experienced municipality that mentors others. */
  MENTOR("Mentorkommune", "mentor municipality"),
  /** Partner: associated without funding. */
  PARTNER("Partnerkommune", "partner municipality");

  private final String germanLabel;
  private final String englishLabel;

  MembershipRole(String germanLabel, String englishLabel) {
    this.germanLabel = germanLabel;
    this.englishLabel = englishLabel;
  }

  /** Label in the given locale (English for {@code en}, German otherwise). */
  public String label(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? englishLabel : germanLabel;
  }
}
