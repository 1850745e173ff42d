package zwk.model.programme;

import java.util.Locale;

/** Kind of programme funding (<em>Förderart</em>). */
public enum FundingKind {
  /** Beratung: external consulting and process support. */
  CONSULTING("Beratung", "consulting"),
  /** Sachmittel: material costs (events, print, equipment). */
  MATERIAL("Sachmittel", "material"),
  /** Personal: staff costs. */
  STAFF("Personal", "staff"),
  /** Pauschale: a lump sum for any purpose of the programme. */
  LUMP_SUM("Pauschale", "lump sum"),
  /** Eigenmittel: the municipality's own budget. */
  OWN_FUNDS("Eigenmittel", "own funds");

  private final String germanLabel;
  private final String englishLabel;

  FundingKind(String germanLabel, String englishLabel) {
    this.germanLabel = germanLabel;
    this.englishLabel = englishLabel;
  }

  /** Label in the given locale (English for {@code en}, German otherwise). */
  public String label(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? englishLabel : germanLabel;
  }
}
