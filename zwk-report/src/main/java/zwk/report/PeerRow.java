// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import java.util.Objects;

/**
 * One similar region in the report.
 *
 * @param rank 1 for the nearest
 * @param key its AGS
 * @param name its name
 * @param distance the distance in the standardised profile vector
 * @param explanation which indicators bring it close and which keep it apart, in the report's language
 */
public record PeerRow(int rank, String key, String name, double distance, String explanation) {
  /** Checks the parts. */
  public PeerRow {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(explanation, "explanation");
  }
}
