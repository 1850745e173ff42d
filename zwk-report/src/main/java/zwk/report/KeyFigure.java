// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import java.util.Objects;

/**
 * One key figure of the report (<em>Eckwert</em>), already formatted: e.g. label
 * {@code "Einwohner"}, value {@code "83.019.213"}.
 *
 * @param label what the figure is
 * @param value the formatted value
 */
public record KeyFigure(String label, String value) {

  /** Checks that both parts are present. */
  public KeyFigure {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
  }
}
