// SPDX-License-Identifier: Apache-2.0
package zwk.model.stage;

import java.util.Optional;
import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/**
 * The five stages of the programme's method (<em>Fünfstufen-Systematik</em>), in their order.
 */
public enum StrategyStage implements LabelledEnum {
  /** (1) Auftakt: kick-off with the head of administration and the relevant actors. */
  KICK_OFF("Auftakt", "kick-off"),
  /** (2) Kommunalprofil: statistics, inventory, interviews, SWOT. */
  PROFILE("Kommunalprofil", "municipal profile"),
  /** (3) Zukunftswerkstatt and other participation formats. */
  FUTURE_WORKSHOP("Zukunftswerkstatt", "future workshop"),
  /** (4) Werkstattplan: the binding demography strategy. */
  WORKSHOP_PLAN("Werkstattplan", "workshop plan"),
  /** (5) Zwischenbilanz / Halbzeitbilanz: interim review and Verstetigung. */
  INTERIM_REVIEW("Zwischenbilanz", "interim review");

  StrategyStage(String germanLabel, String englishLabel) {
    Labels.register(this, germanLabel, englishLabel);
  }

  /** Position in the method, 1 to 5. */
  public int number() {
    return ordinal() + 1;
  }

  /** The stage before this one; empty for the kick-off. */
  public Optional<StrategyStage> predecessor() {
    return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }

  /** The stage after this one; empty for the interim review. */
  public Optional<StrategyStage> successor() {
    return ordinal() == values().length - 1 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
  }

  /**
   * Parses the enum name, the German or English label, or the number 1–5.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static StrategyStage parse(String text) {
    for (StrategyStage s : values()) {
      if (s.name().equalsIgnoreCase(text) || s.germanLabel().equalsIgnoreCase(text)
          || s.englishLabel().equalsIgnoreCase(text) || Integer.toString(s.number()).equals(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException("stage: expected one of KICK_OFF, PROFILE, FUTURE_WORKSHOP, "
        + "WORKSHOP_PLAN, INTERIM_REVIEW, got '" + text + "'");
  }
}
