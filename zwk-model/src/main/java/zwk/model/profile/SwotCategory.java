package zwk.model.profile;

import java.util.Locale;

/** Category of a SWOT entry (<em>Stärken, Schwächen, Chancen, Risiken</em>). */
public enum SwotCategory {
  /** Stärke: internal, positive. */
  STRENGTH("Stärke", "strength", true, true),
  /** Schwäche: internal, negative. */
  WEAKNESS("Schwäche", "weakness", true, false),
  /** Chance: external, positive. */
  OPPORTUNITY("Chance", "opportunity", false, true),
  /** Risiko: external, negative. */
  THREAT("Risiko", "threat", false, false);

  private final String germanLabel;
  private final String englishLabel;
  private final boolean internal;
  private final boolean positive;

  SwotCategory(String germanLabel, String englishLabel, boolean internal, boolean positive) {
    this.germanLabel = germanLabel;
    this.englishLabel = englishLabel;
    this.internal = internal;
    this.positive = positive;
  }

  /** Whether the category describes the municipality itself (strength, weakness). */
  public boolean isInternal() {
    return internal;
  }

  /** Whether the category is favourable (strength, opportunity). */
  public boolean isPositive() {
    return positive;
  }

  /** Label in the given locale (English for {@code en}, German otherwise). */
  public String label(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? englishLabel : germanLabel;
  }
}
