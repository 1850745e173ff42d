// SPDX-License-Identifier: Apache-2.0
package zwk.io.csv;

/**
 * Neutralises spreadsheet formulas in text cells (OWASP "CSV injection").
 *
 * <p>Export: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or LF
 * gets a leading apostrophe, so that a spreadsheet shows it as text. A text that already starts
 * with an apostrophe gets one more, so that the rule can be undone without ambiguity. Import (same
 * profile) removes exactly one leading apostrophe. Thus {@code unguard(guard(s)).equals(s)} for every
 * text; numeric cells are never touched.
 */
public final class FormulaGuard {
  private FormulaGuard() {}

  /** Whether a spreadsheet could take the text for a formula (or it starts with an apostrophe). */
  public static boolean needsGuard(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' || c == '\'';
  }

  /** The text as written to CSV. */
  public static String guard(String text) {
    return needsGuard(text) ? "'" + text : text;
  }

  /** The text as read from CSV written with {@link #guard}. */
  public static String unguard(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }
}
