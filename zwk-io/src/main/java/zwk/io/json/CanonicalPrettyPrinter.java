// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.Instantiatable;

/**
 * The canonical layout: two-space indent, {@code "\n"} line ends, {@code "name": value}, {@code ,}
 * at the end of a line, {@code {}} and {@code []} for empty containers, {@code "\n"} between root
 * values. It writes exactly what Jackson's {@code DefaultPrettyPrinter} writes with these separators
 * and a {@code DefaultIndenter("  ", "\n")} for objects and arrays ({@code CanonicalPrettyPrinterTest}
 * compares the two), but every separator and line start as pre-encoded bytes: the default printer
 * writes them as {@code String}s, encoded character by character, which costs more than the values.
 * One instance per generator (it counts the nesting).
 */
final class CanonicalPrettyPrinter implements PrettyPrinter, Instantiatable<CanonicalPrettyPrinter> {
  private static final SerializedString ROOT = new SerializedString("\n");
  private static final SerializedString NAME_VALUE = new SerializedString(": ");
  /** {@code "\n"} and the indentation of each level. */
  private static final SerializedString[] LINE = lines("");
  /** {@code ",\n"} and the indentation of each level. */
  private static final SerializedString[] NEXT_LINE = lines(",");

  private int nesting;

  private static SerializedString[] lines(String before) {
    SerializedString[] s = new SerializedString[32];
    for (int level = 0; level < s.length; level++) {
      s[level] = line(before, level);
    }
    return s;
  }

  private static SerializedString line(String before, int level) {
    return new SerializedString(before + "\n" + "  ".repeat(level));
  }

  private static SerializableString lineAt(SerializedString[] cache, String before, int level) {
    return level < cache.length ? cache[level] : line(before, level);
  }

  @Override
  public CanonicalPrettyPrinter createInstance() {
    return new CanonicalPrettyPrinter();
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw(ROOT);
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
    nesting++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    g.writeRaw(lineAt(LINE, "", nesting));
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(NAME_VALUE);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(lineAt(NEXT_LINE, ",", nesting));
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    nesting--;
    if (entries > 0) {
      g.writeRaw(lineAt(LINE, "", nesting));
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
    nesting++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    g.writeRaw(lineAt(LINE, "", nesting));
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    g.writeRaw(lineAt(NEXT_LINE, ",", nesting));
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    nesting--;
    if (values > 0) {
      g.writeRaw(lineAt(LINE, "", nesting));
    }
    g.writeRaw(']');
  }
}
