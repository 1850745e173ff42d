// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers in messages are formatted in the message's language (issue 11: not "1,505 Fehler"). */
class MessagesTest {

  @Test
  void germanGroupsDigitsWithAPoint() {
    assertEquals("1.505 Fehler, 2 Warnungen, 1 Hinweis",
        Messages.of(Locale.GERMAN).get("validate.summary", 1505, 2, 1));
  }

  @Test
  void englishGroupsDigitsWithAComma() {
    assertEquals("1,505 errors, 2 warnings, 1 info", Messages.of(Locale.ENGLISH).get("validate.summary", 1505, 2, 1));
  }
}
