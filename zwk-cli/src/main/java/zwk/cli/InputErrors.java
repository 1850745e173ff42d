// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import zwk.io.csv.CsvFormatException;
import zwk.io.json.ZwkFormatException;
import zwk.io.table.CsvImportException;

/**
 * Recognises the exceptions that mean "bad input" and turns them into one located line
 * ({@code file:line:column: what was wrong}). zwk's readers already put file, line and column (or
 * JSON pointer) into their exceptions; this class only chooses which exceptions are input errors.
 */
final class InputErrors {
  private InputErrors() {}

  /** The located description when {@code ex} (or a cause) is an input error, else empty. */
  static Optional<String> describe(Throwable ex) {
    // a missing or unreadable file is named plainly, however deep the readers wrapped it
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof NoSuchFileException) {
        return Optional.of(((NoSuchFileException) t).getFile() + ": Datei nicht gefunden / file not found");
      }
      if (t instanceof AccessDeniedException) {
        return Optional.of(((AccessDeniedException) t).getFile() + ": Zugriff verweigert / access denied");
      }
    }
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof CliInputException || t instanceof CsvFormatException || t instanceof ZwkFormatException
          || t instanceof CsvImportException || t instanceof zwk.io.oparl.OParlException) {
        return Optional.of(t.getMessage());
      }
      if (t instanceof UncheckedIOException || t instanceof IOException) {
        return Optional.of(String.valueOf(t.getMessage()));
      }
      if (t instanceof IllegalArgumentException) {
        // invariant violations of zwk-model and refusals of zwk-profile on values read from the
        // input: "field: expected ..., got ..." or "file, line n: ..."
        return Optional.of(String.valueOf(t.getMessage()));
      }
    }
    return Optional.empty();
  }
}
