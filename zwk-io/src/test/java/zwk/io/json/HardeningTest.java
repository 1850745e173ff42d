// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Toolbox;

/** Hostile input: each case must fail with a located {@link ZwkFormatException}, never a StackOverflowError. */
class HardeningTest {

  private static final String STRATEGY_HEAD = "{\"format\":\"zwk.strategy\",\"version\":1,";
  private static final String TOOLBOX_HEAD = "{\"format\":\"zwk.toolbox\",\"version\":1,";

  /** The four ways a document arrives. */
  private static final String[] KINDS = {"InputStream", "Reader", "byte[]", "String"};

  private static <T> ZwkFormatException failsVia(String kind, String json, Class<T> type) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Executable read;
    switch (kind) {
      case "InputStream":
        read = () -> ZwkJson.read(new ByteArrayInputStream(bytes), type);
        break;
      case "Reader":
        read = () -> ZwkJson.read(new StringReader(json), type);
        break;
      case "byte[]":
        read = () -> ZwkJson.read(bytes, type);
        break;
      default:
        read = () -> ZwkJson.read(json, type);
    }
    return assertThrows(ZwkFormatException.class, read);
  }

  private static <E extends ZwkFormatException> E fails(Class<E> expected, String json, Class<?> type) {
    return assertThrows(expected, () -> ZwkJson.read(json, type));
  }

  private static String repeat(String s, int n) {
    return s.repeat(n);
  }

  /**
   * {@code {"x":} followed by 10,000 '[': the root object is depth 1, so the 64th '[' (column
   * 5 + 64 = 69) opens depth 65 and breaks the default limit of 64.
   */
  @Test
  void tenThousandNestedArraysThroughEverySource() {
    String json = "{\"x\":" + repeat("[", 10_000) + repeat("]", 10_000) + "}";
    for (String kind : KINDS) {
      ZwkFormatException e = failsVia(kind, json, MunicipalStrategy.class);
      assertTrue(e instanceof JsonLimitException, kind + ": " + e);
      assertEquals(JsonLimitException.Limit.NESTING_DEPTH, ((JsonLimitException) e).limit(), kind);
      assertEquals(1, e.line(), kind);
      assertTrue(e.column() >= 69 && e.column() <= 70, kind + ": column " + e.column());
      assertTrue(e.pointer().startsWith("/x"), kind + ": " + e.pointer());
    }
  }

  @Test
  void tenThousandNestedObjectsThroughEverySource() {
    String json = "{\"x\":" + repeat("{\"a\":", 10_000) + "1" + repeat("}", 10_000) + "}";
    for (String kind : KINDS) {
      ZwkFormatException e = failsVia(kind, json, MunicipalStrategy.class);
      assertTrue(e instanceof JsonLimitException, kind + ": " + e);
      assertEquals(JsonLimitException.Limit.NESTING_DEPTH, ((JsonLimitException) e).limit(), kind);
      assertTrue(e.pointer().startsWith("/x/a/a/a"), kind + ": " + e.pointer());
    }
  }

  @Test
  void tenThousandNestedArraysAtTheTopAndInLenientSkipping() {
    String top = repeat("[", 10_000) + repeat("]", 10_000);
    for (String kind : KINDS) {
      ZwkFormatException e = failsVia(kind, top, Toolbox.class);
      assertEquals(1, e.line(), kind);
      assertEquals(1, e.column(), kind);
      assertEquals("", e.pointer(), kind);
    }
    String skipped = TOOLBOX_HEAD + "\"unknown\":" + repeat("[", 10_000) + repeat("]", 10_000) + "}";
    JsonLimitException e = assertThrows(JsonLimitException.class,
        () -> ZwkJson.reader(ReadOptions.lenient()).readWithWarnings(skipped, Toolbox.class));
    assertEquals(JsonLimitException.Limit.NESTING_DEPTH, e.limit());
  }

  @Test
  void tenThousandDigitNumber() {
    String json = STRATEGY_HEAD + "\"municipality\":{\"ags\":\"15083040\",\"name\":\"B\",\"population\":"
        + repeat("9", 10_000) + "}}";
    JsonLimitException e = fails(JsonLimitException.class, json, MunicipalStrategy.class);
    assertEquals(JsonLimitException.Limit.NUMBER_LENGTH, e.limit());
    assertEquals("/municipality/population", e.pointer());
    assertTrue(e.found().length() <= 64, e.found());
  }

  /** A generated 100 MB string: the reader must stop near the 1 Mi-character limit, not read it all. */
  @Test
  void hundredMegabyteString() {
    long size = 100L * 1024 * 1024;
    byte[] head = (TOOLBOX_HEAD + "\"name\":\"").getBytes(StandardCharsets.UTF_8);
    CountingStream in = new CountingStream(head, size);
    JsonLimitException e = assertThrows(JsonLimitException.class, () -> ZwkJson.read(in, Toolbox.class));
    assertEquals(JsonLimitException.Limit.STRING_LENGTH, e.limit());
    assertEquals("/name", e.pointer());
    assertEquals(1, e.line());
    assertTrue(in.consumed < 10L * 1024 * 1024, "read " + in.consumed + " bytes of 100 MB");
  }

  @Test
  void oneMegabytePropertyName() {
    String json = TOOLBOX_HEAD + "\"" + repeat("n", 1024 * 1024) + "\":1}";
    for (String kind : KINDS) {
      ZwkFormatException e = failsVia(kind, json, Toolbox.class);
      assertTrue(e instanceof JsonLimitException, kind + ": " + e);
      assertEquals(JsonLimitException.Limit.NAME_LENGTH, ((JsonLimitException) e).limit(), kind);
      assertTrue(e.getMessage().length() < 1000, kind + ": message must not echo the name");
      // the offending name is in the root object, after "version": not reported as /version (issue 11)
      assertEquals("", e.pointer(), kind);
      assertTrue(e.found().startsWith("the property name after 'version'"), kind + ": " + e.found());
    }
    // nested: a long name inside /plan is reported at /plan
    String nested = STRATEGY_HEAD + "\"plan\":{\"measures\":[],\"" + repeat("n", 2000) + "\":1}}";
    ZwkFormatException e = fails(JsonLimitException.class, nested, MunicipalStrategy.class);
    assertEquals("/plan", e.pointer());
    assertTrue(e.found().startsWith("the property name after 'measures'"), e.found());
  }

  @Test
  void duplicateKeys() {
    JsonSyntaxException e = fails(JsonSyntaxException.class, TOOLBOX_HEAD + "\n\"name\":\"a\",\n\"name\":\"b\"}", Toolbox.class);
    assertEquals("/name", e.pointer());
    assertEquals(3, e.line());
    assertTrue(e.found().contains("name"), e.found());
  }

  @Test
  void trailingTokens() {
    JsonSyntaxException e = fails(JsonSyntaxException.class, TOOLBOX_HEAD + "\"name\":\"a\"} {}", Toolbox.class);
    assertEquals(1, e.line());
    assertEquals("an object", e.found());
    fails(JsonSyntaxException.class, TOOLBOX_HEAD + "\"name\":\"a\"}\nx", Toolbox.class);
    fails(JsonSyntaxException.class, TOOLBOX_HEAD + "\"name\":\"a\"}}", Toolbox.class);
  }

  @Test
  void nullForARequiredField() {
    InvalidValueException e = fails(InvalidValueException.class, STRATEGY_HEAD + "\"municipality\":null}",
        MunicipalStrategy.class);
    assertEquals("/municipality", e.pointer());
    assertEquals("null", e.found());
    String measure = STRATEGY_HEAD + "\"municipality\":{\"ags\":\"15083040\",\"name\":\"B\"},"
        + "\"plan\":{\"measures\":[{\"id\":\"m1\",\"title\":\"t\"},{\"id\":null,\"title\":\"t\"}]}}";
    e = fails(InvalidValueException.class, measure, MunicipalStrategy.class);
    assertEquals("/plan/measures/1/id", e.pointer());
  }

  @Test
  void missingRequiredFieldNamesIt() {
    InvalidValueException e = fails(InvalidValueException.class, STRATEGY_HEAD
        + "\"municipality\":{\"ags\":\"15083040\"}}", MunicipalStrategy.class);
    assertEquals("/municipality/name", e.pointer());
    assertEquals("no such property", e.found());
  }

  @Test
  void wrongTypes() {
    String base = STRATEGY_HEAD + "\"municipality\":{\"ags\":\"15083040\",\"name\":\"B\"},";
    InvalidValueException e = fails(InvalidValueException.class,
        base + "\"plan\":{\"measures\":[{\"id\":\"m\",\"title\":\"t\",\"progressPercent\":\"fifty\"}]}}",
        MunicipalStrategy.class);
    assertEquals("/plan/measures/0/progressPercent", e.pointer());
    assertEquals("'fifty'", e.found());
    e = fails(InvalidValueException.class, base + "\"stages\":{}}", MunicipalStrategy.class);
    assertEquals("/stages", e.pointer());
    assertEquals("an object", e.found());
    e = fails(InvalidValueException.class, base + "\"asOf\":\"30.06.2024\"}", MunicipalStrategy.class);
    assertEquals("/asOf", e.pointer());
    e = fails(InvalidValueException.class, base + "\"asOf\":20240630}", MunicipalStrategy.class);
    assertEquals("/asOf", e.pointer());
    e = fails(InvalidValueException.class, STRATEGY_HEAD
        + "\"municipality\":{\"ags\":\"15083040\",\"name\":\"B\",\"population\":1.5}}", MunicipalStrategy.class);
    assertEquals("/municipality/population", e.pointer());
    e = fails(InvalidValueException.class, STRATEGY_HEAD
        + "\"municipality\":{\"ags\":\"15083040\",\"name\":\"B\",\"type\":\"VILLAGE\"}}", MunicipalStrategy.class);
    assertEquals("/municipality/type", e.pointer());
    assertEquals("'VILLAGE'", e.found());
  }

  @Test
  void longEchoIsCutTo64Characters() {
    String longValue = repeat("x", 500);
    InvalidValueException e = fails(InvalidValueException.class, STRATEGY_HEAD
        + "\"municipality\":{\"ags\":\"15083040\",\"name\":\"B\",\"type\":\"" + longValue + "\"}}", MunicipalStrategy.class);
    assertEquals(64, e.found().length());
    assertTrue(e.found().endsWith("..."));
  }

  @Test
  void emptyFile() {
    for (String empty : new String[] {"", "   \n\t "}) {
      for (String kind : KINDS) {
        ZwkFormatException e = failsVia(kind, empty, MunicipalStrategy.class);
        assertTrue(e instanceof JsonSyntaxException, kind);
        assertEquals("empty input", e.found(), kind);
        assertTrue(e.line() >= 1, kind);
      }
    }
  }

  @Test
  void emptyFileNamesTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path empty = java.nio.file.Files.createFile(dir.resolve("leer.json"));
    JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> ZwkJson.read(empty, MunicipalStrategy.class));
    assertEquals(empty.toString(), e.sourceName());
    assertTrue(e.getMessage().startsWith(empty + ":1:1:"), e.getMessage());
  }

  /** 0xC3 starts a two-byte sequence; 0x28 '(' is no continuation byte. */
  @Test
  void invalidUtf8() {
    byte[] head = (TOOLBOX_HEAD + "\n\"name\":\"ab").getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
    byte[] doc = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, doc, 0, head.length);
    doc[head.length] = (byte) 0xC3;
    doc[head.length + 1] = (byte) 0x28;
    System.arraycopy(tail, 0, doc, head.length + 2, tail.length);
    for (Function<byte[], Object> read : java.util.List.<Function<byte[], Object>>of(
        b -> ZwkJson.read(b, Toolbox.class), b -> ZwkJson.read(new ByteArrayInputStream(b), Toolbox.class))) {
      JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> read.apply(doc));
      assertEquals(2, e.line());
      assertEquals("/name", e.pointer());
      assertTrue(e.found().toLowerCase().contains("utf-8") || e.found().toLowerCase().contains("utf8"), e.found());
    }
  }

  /** Found by fuzzing: leading zero bytes make the parser guess UTF-32; the bad code point is bad input, not I/O. */
  @Test
  void bytesThatLookLikeBrokenUtf32AreASyntaxError() {
    byte[] doc = new byte[24];
    byte[] text = "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(text, 0, doc, 8, text.length);
    assertThrows(JsonSyntaxException.class, () -> ZwkJson.read(doc, Toolbox.class));
    assertThrows(JsonSyntaxException.class, () -> ZwkJson.read(new ByteArrayInputStream(doc), Toolbox.class));
  }

  /** Found by fuzzing: a byte order Jackson cannot decode ("UCS-4 endianness 3412") is bad input. */
  @Test
  void undecodableByteOrderIsASyntaxError() {
    byte[] doc = {0x00, 0x00, 0x3c, 0x00, '{', '}', ' ', ' '};
    assertThrows(JsonSyntaxException.class, () -> ZwkJson.read(new ByteArrayInputStream(doc), Toolbox.class));
  }

  /** A failure of the caller's own stream is I/O, not a format error. */
  @Test
  void failingStreamIsAnUncheckedIoException() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws java.io.IOException {
        throw new java.io.IOException("disk gone");
      }
    };
    java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
        () -> ZwkJson.read(broken, Toolbox.class));
    assertEquals("disk gone", e.getCause().getMessage());
  }

  @Test
  void invariantViolationNamesTheJsonPathOfTheBadValue() {
    InvalidValueException e = fails(InvalidValueException.class, STRATEGY_HEAD
        + "\n\"municipality\":{\"name\":\"B\",\n\"ags\":\"1508304X\"}}", MunicipalStrategy.class);
    assertEquals("/municipality/ags", e.pointer());
    assertEquals(3, e.line());
    assertEquals(7, e.column(), "line 3 is '\"ags\":\"1508304X\"}}': the value starts at column 7");
    assertTrue(e.found().contains("1508304X"), e.found());
    // A check across the whole object (Measure: progress 0..100) still points at the property.
    e = fails(InvalidValueException.class, STRATEGY_HEAD + "\"municipality\":{\"ags\":\"15083040\",\"name\":\"B\"},"
        + "\"plan\":{\"measures\":[{\"id\":\"m\",\"progressPercent\":150,\"title\":\"t\"}]}}", MunicipalStrategy.class);
    assertEquals("/plan/measures/0/progressPercent", e.pointer());
    assertEquals("0..100", e.expected());
    assertEquals("150.0", e.found()); // progressPercent is a double
    // Unique ids across a list: the second department with the same id.
    e = fails(InvalidValueException.class, STRATEGY_HEAD + "\"municipality\":{\"ags\":\"15083040\",\"name\":\"B\"},"
        + "\"departments\":[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"a\",\"name\":\"B\"}]}", MunicipalStrategy.class);
    assertEquals("/departments/1", e.pointer());
  }

  /** A generated stream: a head, then 'a' bytes up to {@code size}; counts what the reader consumed. */
  static final class CountingStream extends InputStream {
    private final byte[] head;
    private final long size;
    long consumed;

    CountingStream(byte[] head, long size) {
      this.head = head;
      this.size = size;
    }

    @Override
    public int read() {
      if (consumed >= size) {
        return -1;
      }
      int b = consumed < head.length ? head[(int) consumed] : 'a';
      consumed++;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (consumed >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - consumed);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) read();
      }
      return n;
    }
  }
}
