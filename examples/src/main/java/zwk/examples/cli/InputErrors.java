package zwk.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * Recognises the exceptions that mean "bad input" and turns them into one located line
 * ({@code file:line:column: what was wrong}). zwk's readers already put file, line and column into
 * their exceptions; this class only chooses which exceptions are input errors.
 */
final class InputErrors {
  private InputErrors() {}

  /** The located description when {@code ex} (or a cause) is an input error, else empty. */
  static Optional<String> describe(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof CliInputException || t instanceof zwk.io.csv.CsvFormatException
          || t instanceof zwk.io.table.CsvImportException) {
        return Optional.of(t.getMessage());
      }
      if (t instanceof NoSuchFileException) {
        return Optional.of(((NoSuchFileException) t).getFile() + ": file not found / Datei nicht gefunden");
      }
      if (t instanceof AccessDeniedException) {
        return Optional.of(((AccessDeniedException) t).getFile() + ": access denied / Zugriff verweigert");
      }
      if (t instanceof UncheckedIOException || t instanceof IOException) {
        return Optional.of(String.valueOf(t.getMessage()));
      }
      if (t instanceof IllegalArgumentException) {
        // invariant violations of zwk-model on values read from the input: "field: expected ..., got ..."
        return Optional.of(String.valueOf(t.getMessage()));
      }
    }
    return Optional.empty();
  }
}
