// SPDX-License-Identifier: Apache-2.0
package zwk.model.diagnostic;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import zwk.model.common.Labelled;

/**
 * A typed warning or note (<em>Hinweis, Warnung</em>) that did not stop reading or computing: a
 * stable {@link DiagnosticCode}, a {@link Severity}, where it happened ({@link Location}) and the
 * parameters as data. {@link #message(Locale)} renders it from the reporting module's bundle in
 * German (default) or English; parameters are inserted verbatim in one pass and never parsed as
 * templates (docs/design.md rule 5).
 *
 * <pre>{@code
 * Diagnostic d = result.warnings().get(0);
 * d.code();                    // TableDiagnostics.UNKNOWN_COLUMN
 * d.location();                // measures.csv:1:4
 * d.parameters().get("name");  // "Farbe"
 * d.message(Locale.GERMAN);    // "Spalte 4 „Farbe“ gehört nicht zur Tabelle und wurde übergangen"
 * }</pre>
 *
 * <p>Equality is by code, severity, location and parameters.
 */
public final class Diagnostic {

  /** How serious a diagnostic is. */
  public enum Severity {
    /** Worth knowing; nothing was changed or left out. */
    INFO,
    /** Something was left out or looks wrong; the result is usable but should be checked. */
    WARNING
  }

  /**
   * Where a diagnostic happened: the source (file name or {@code "<stream>"}), a 1-based line and
   * column (0 when unknown or not meaningful) and, for JSON, a JSON pointer (RFC 6901; {@code ""}
   * when none).
   */
  public static final class Location {
    private static final Location NONE = new Location("", 0, 0, "");

    private final String source;
    private final long line;
    private final int column;
    private final String pointer;

    private Location(String source, long line, int column, String pointer) {
      if (line < 0 || column < 0) {
        throw new IllegalArgumentException("location: expected line and column >= 0, got " + line + ":" + column);
      }
      this.source = Objects.requireNonNull(source, "source");
      this.line = line;
      this.column = column;
      this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    /** No location (a computation over tables, not a file). */
    public static Location none() {
      return NONE;
    }

    /** A place in a text file; line and column 1-based, 0 when unknown. */
    public static Location of(String source, long line, int column) {
      return new Location(source, line, column, "");
    }

    /** A place in a JSON document; line and column 1-based, 0 when unknown. */
    public static Location ofPointer(String source, long line, int column, String pointer) {
      return new Location(source, line, column, pointer);
    }

    /** The source name, {@code ""} for none. */
    public String source() {
      return source;
    }

    /** The 1-based line, 0 when unknown. */
    public long line() {
      return line;
    }

    /** The 1-based column, 0 when unknown. */
    public int column() {
      return column;
    }

    /** The JSON pointer, {@code ""} when none. */
    public String pointer() {
      return pointer;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Location)) {
        return false;
      }
      Location l = (Location) o;
      return line == l.line && column == l.column && source.equals(l.source) && pointer.equals(l.pointer);
    }

    @Override
    public int hashCode() {
      return Objects.hash(source, line, column, pointer);
    }

    /** {@code source:line:column} (and {@code  at 'pointer'}), or {@code ""} for {@link #none()}. */
    @Override
    public String toString() {
      if (source.isEmpty() && line == 0 && column == 0 && pointer.isEmpty()) {
        return "";
      }
      String s = source + ":" + line + ":" + column;
      return pointer.isEmpty() ? s : s + ": at '" + pointer + "'";
    }
  }

  private final DiagnosticCode code;
  private final Location location;
  private final Map<String, Object> parameters;

  private Diagnostic(DiagnosticCode code, Location location, Map<String, Object> parameters) {
    this.code = code;
    this.location = location;
    this.parameters = parameters;
  }

  /**
   * A diagnostic.
   *
   * @param code the code (its {@link DiagnosticCode#severity()} is the severity)
   * @param location where
   * @param namesAndValues parameter names and values, alternating, in the order they are listed
   * @return the diagnostic
   * @throws IllegalArgumentException when names and values do not pair up or a name is not a String
   */
  public static Diagnostic of(DiagnosticCode code, Location location, Object... namesAndValues) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("namesAndValues: expected name/value pairs, got " + namesAndValues.length + " items");
    }
    Map<String, Object> p = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String)) {
        throw new IllegalArgumentException("namesAndValues: expected a parameter name at " + i + ", got " + namesAndValues[i]);
      }
      String name = (String) namesAndValues[i];
      p.put(name, Objects.requireNonNull(namesAndValues[i + 1], name));
    }
    return new Diagnostic(code, location, Collections.unmodifiableMap(p));
  }

  /** The code. */
  public DiagnosticCode code() {
    return code;
  }

  /** The severity (the code's). */
  public Severity severity() {
    return code.severity();
  }

  /** Where it happened. */
  public Location location() {
    return location;
  }

  /** The parameters as data, in a stable order (the order the code documents). */
  public Map<String, Object> parameters() {
    return parameters;
  }

  /**
   * The message in the locale's language (English for {@code en}, German otherwise), without the
   * location. Labelled parameters (e.g. {@code Sex}) show their label in that language, lists are
   * joined with {@code ", "}, everything else is {@link String#valueOf(Object)}.
   */
  public String message(@Nullable Locale locale) {
    Map<String, Object> shown = new LinkedHashMap<>();
    parameters.forEach((k, v) -> shown.put(k, text(v, locale)));
    return format(code.template(locale), shown);
  }

  /** Whether the locale selects the English texts (language {@code en}); {@code null} is German. */
  public static boolean isEnglish(@Nullable Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  /**
   * Replaces each {@code {name}} placeholder with the parameter's text in one left-to-right pass
   * and never looks at the inserted text again, so user text such as {@code ${1+1}} or {@code {0}}
   * appears verbatim. Unknown placeholders stay as they are.
   */
  public static String format(String template, Map<String, ?> parameters) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i + 1);
        if (close > i) {
          String name = template.substring(i + 1, close);
          if (parameters.containsKey(name)) {
            out.append(String.valueOf(parameters.get(name)));
            i = close + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** A parameter for people: labelled values (enums) by their label in the locale, lists joined. */
  private static String text(Object value, @Nullable Locale locale) {
    if (value instanceof Collection) {
      return ((Collection<?>) value).stream().map(v -> text(v, locale)).collect(Collectors.joining(", "));
    }
    if (value instanceof Labelled) {
      return ((Labelled) value).label(locale);
    }
    return String.valueOf(value);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Diagnostic)) {
      return false;
    }
    Diagnostic d = (Diagnostic) o;
    return code.equals(d.code) && location.equals(d.location) && parameters.equals(d.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, location, parameters);
  }

  /** {@code location: SEVERITY CODE: German message} (the location left out when there is none). */
  @Override
  public String toString() {
    String loc = location.toString();
    return (loc.isEmpty() ? "" : loc + ": ") + severity() + " " + code.name() + ": " + message(Locale.GERMAN);
  }
}
