// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zwk.io.csv.CsvFormatException;

/** Which exceptions count as bad input (exit 2) and which as internal errors (exit 3). */
class InputErrorsTest {

  @Test
  void missingFileIsNamedEvenWhenWrapped() {
    Exception e = new UncheckedIOException("x.json: x.json", new NoSuchFileException("x.json"));
    assertEquals(Optional.of("x.json: Datei nicht gefunden / file not found"), InputErrors.describe(e));
  }

  @Test
  void locatedReaderErrorsKeepTheirLocation() {
    Exception e = new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, "k.csv", 7, 3, "expected a count, got 'x'");
    assertTrue(InputErrors.describe(new RuntimeException(e)).get().startsWith("k.csv:7:3: "));
  }

  @Test
  void aBugIsNoInputError() {
    assertEquals(Optional.empty(), InputErrors.describe(new IllegalStateException("rule X failed")));
    assertEquals(Optional.empty(), InputErrors.describe(new NullPointerException()));
  }

  @Test
  void langPrescanTakesTheLastValidValue() {
    assertEquals(java.util.Locale.ENGLISH, Lang.prescan("--lang=en", "demo"));
    assertEquals(java.util.Locale.GERMAN, Lang.prescan("--lang", "en", "demo", "--lang", "de"));
    assertEquals(java.util.Locale.GERMAN, Lang.prescan("demo", "--lang"));
  }
}
