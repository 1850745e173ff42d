// SPDX-License-Identifier: Apache-2.0
package zwk.model.profile;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/** Category of a SWOT entry (<em>Stärken, Schwächen, Chancen, Risiken</em>). */
public enum SwotCategory implements LabelledEnum {
  /** Stärke: internal, positive. */
  STRENGTH("Stärke", "strength", true, true),
  /** Schwäche: internal, negative. */
  WEAKNESS("Schwäche", "weakness", true, false),
  /** Chance: external, positive. */
  OPPORTUNITY("Chance", "opportunity", false, true),
  /** Risiko: external, negative. */
  THREAT("Risiko", "threat", false, false);

  private final boolean internal;
  private final boolean positive;

  SwotCategory(String germanLabel, String englishLabel, boolean internal, boolean positive) {
    Labels.register(this, germanLabel, englishLabel);
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

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static SwotCategory parse(String text) {
    return Labels.parse(values(), text, "swotCategory");
  }
}
