// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.util.Locale;

/** The languages of {@code --lang}. */
public enum Lang {
  /** German (default). */
  DE(Locale.GERMAN),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /** The locale. */
  public Locale locale() {
    return locale;
  }

  /**
   * The language named by the last {@code --lang X} or {@code --lang=X} in the arguments, German
   * when there is none or it is invalid (picocli then reports the invalid value itself).
   */
  static Locale prescan(String... args) {
    Locale result = Locale.GERMAN;
    for (int i = 0; args != null && i < args.length; i++) {
      String value = null;
      if ("--lang".equals(args[i]) && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i] != null && args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if ("en".equalsIgnoreCase(value)) {
        result = Locale.ENGLISH;
      } else if ("de".equalsIgnoreCase(value)) {
        result = Locale.GERMAN;
      }
    }
    return result;
  }
}
