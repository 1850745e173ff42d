// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Several values in one CSV cell: items joined by {@code |}; inside an item {@code \} is written
 * {@code \\} and {@code |} is written {@code \|}; an empty item is written {@code \_}. An empty cell
 * is the empty list. Reversible for every list of strings.
 */
public final class ListCodec {
  private ListCodec() {}

  /** The cell text of a list. */
  public static String join(List<String> items) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      String item = items.get(i);
      if (item.isEmpty()) {
        sb.append("\\_");
      } else {
        sb.append(item.replace("\\", "\\\\").replace("|", "\\|"));
      }
    }
    return sb.toString();
  }

  /**
   * The list of a cell text.
   *
   * @throws IllegalArgumentException for a dangling or unknown escape
   */
  public static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    if (cell.isEmpty()) {
      return out;
    }
    StringBuilder item = new StringBuilder();
    boolean emptyMarker = false;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\') {
        if (i + 1 >= cell.length()) {
          throw new IllegalArgumentException("expected a character after '\\' at the end of the list");
        }
        char n = cell.charAt(++i);
        if (n == '\\' || n == '|') {
          item.append(n);
        } else if (n == '_') {
          emptyMarker = true;
        } else {
          throw new IllegalArgumentException("expected \\\\, \\| or \\_ in a list, got '\\" + n + "'");
        }
      } else if (c == '|') {
        out.add(emptyMarker && item.length() == 0 ? "" : item.toString());
        item.setLength(0);
        emptyMarker = false;
      } else {
        item.append(c);
      }
    }
    out.add(emptyMarker && item.length() == 0 ? "" : item.toString());
    return out;
  }
}
