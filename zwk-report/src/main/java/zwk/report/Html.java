// SPDX-License-Identifier: Apache-2.0
package zwk.report;

/**
 * Escaping for the report's XHTML-compatible markup. Every piece of text that reaches the page goes
 * through {@link #text}, so that names and SWOT statements from files cannot inject markup.
 */
public final class Html {
  private Html() {}

  /**
   * Escapes text for element content and attribute values: {@code & < > " '} become entities, and
   * characters that XML forbids (control characters other than tab, newline and carriage return,
   * unpaired surrogates, U+FFFE/U+FFFF) become U+FFFD, so the page stays well-formed.
   */
  public static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (isXmlChar(c)) {
            sb.append(c);
          } else {
            sb.append('\uFFFD');
          }
      }
    }
    return sb.toString();
  }

  private static boolean isXmlChar(char c) {
    if (Character.isSurrogate(c)) {
      return false;
    }
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
  }
}
