// SPDX-License-Identifier: Apache-2.0
package zwk.io.decidim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Decidim result as read, before mapping: its cells by current-layout name (older-layout names
 * already renamed), empty cells left out, in source order; with where it came from for messages.
 */
final class FlatResult {
  final long line;
  final Map<String, String> cells = new LinkedHashMap<>();
  /** 1-based column of each cell (CSV), absent for JSON. */
  final Map<String, Integer> columns = new LinkedHashMap<>();
  /** The name of each cell as in the source (older layout: {@code title_ca} for {@code title/ca}). */
  final Map<String, String> sourceNames = new LinkedHashMap<>();
  /** JSON pointer of the result, empty for CSV. */
  final String pointer;

  FlatResult(long line, String pointer) {
    this.line = line;
    this.pointer = pointer;
  }
}
