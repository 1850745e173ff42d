// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/**
 * How serious a finding is (<em>Schweregrad</em>). In JSON the constant name is written
 * ({@code "ERROR"}, {@code "WARNING"}, {@code "INFO"}).
 */
public enum Severity implements LabelledEnum {
  /** Fehler: a binding element of the method is missing or wrong; blocks the next stage. */
  ERROR("Fehler", "error"),
  /** Warnung: a quality gap that the method advises against. */
  WARNING("Warnung", "warning"),
  /** Hinweis: a suggestion. */
  INFO("Hinweis", "info");

  Severity(String germanLabel, String englishLabel) {
    Labels.register(this, germanLabel, englishLabel);
  }
}
