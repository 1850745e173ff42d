// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.node.ObjectNode;
import zwk.model.region.Ags;
import zwk.model.region.Ars;

/** The scalar codecs: strings, numbers, booleans, dates, AGS/ARS keys and enums. */
final class Codecs {
  private Codecs() {}

  /** A string; lone surrogates are rejected so that everything read can be written as UTF-8. */
  static final Codec<String> STRING = new Codec<>() {
    @Override
    public String read(ReadContext c) {
      expect(c, JsonToken.VALUE_STRING, expected());
      String s = c.parser.getString();
      int bad = loneSurrogate(s);
      if (bad >= 0) {
        throw c.invalid("a string of valid Unicode characters",
            "a lone surrogate U+" + Integer.toHexString(s.charAt(bad)).toUpperCase() + " at index " + bad, null);
      }
      return s;
    }

    @Override
    public void write(JsonGenerator g, String value) {
      if (loneSurrogate(value) >= 0) {
        throw new IllegalArgumentException("string: expected valid Unicode, got a lone surrogate in '"
            + ZwkFormatException.clip(value) + "'");
      }
      g.writeString(value);
    }

    @Override
    public void schema(ObjectNode t, SchemaContext s) {
      t.put("type", "string");
    }

    @Override
    public String expected() {
      return "a string";
    }
  };

  /** A boolean. */
  static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(ReadContext c) {
      JsonToken t = c.parser.currentToken();
      if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
        throw c.invalid(expected(), c.echo(), null);
      }
      return t == JsonToken.VALUE_TRUE;
    }

    @Override
    public void write(JsonGenerator g, Boolean value) {
      g.writeBoolean(value);
    }

    @Override
    public void schema(ObjectNode t, SchemaContext s) {
      t.put("type", "boolean");
    }

    @Override
    public String expected() {
      return "true or false";
    }
  };

  /** A 32-bit integer. */
  static final Codec<Integer> INT = new Codec<>() {
    @Override
    public Integer read(ReadContext c) {
      c.checkNumber();
      expect(c, JsonToken.VALUE_NUMBER_INT, expected());
      if (c.parser.getNumberType() != JsonParser.NumberType.INT) {
        throw c.invalid(expected(), c.echo(), null);
      }
      return c.parser.getIntValue();
    }

    @Override
    public void write(JsonGenerator g, Integer value) {
      g.writeNumber(value.intValue());
    }

    @Override
    public void schema(ObjectNode t, SchemaContext s) {
      t.put("type", "integer");
      t.put("minimum", Integer.MIN_VALUE);
      t.put("maximum", Integer.MAX_VALUE);
    }

    @Override
    public String expected() {
      return "an integer from -2147483648 to 2147483647";
    }
  };

  /** A 64-bit integer. */
  static final Codec<Long> LONG = new Codec<>() {
    @Override
    public Long read(ReadContext c) {
      c.checkNumber();
      expect(c, JsonToken.VALUE_NUMBER_INT, expected());
      JsonParser.NumberType n = c.parser.getNumberType();
      if (n != JsonParser.NumberType.INT && n != JsonParser.NumberType.LONG) {
        throw c.invalid(expected(), c.echo(), null);
      }
      return c.parser.getLongValue();
    }

    @Override
    public void write(JsonGenerator g, Long value) {
      g.writeNumber(value.longValue());
    }

    @Override
    public void schema(ObjectNode t, SchemaContext s) {
      t.put("type", "integer");
      t.put("minimum", Long.MIN_VALUE);
      t.put("maximum", Long.MAX_VALUE);
    }

    @Override
    public String expected() {
      return "a 64-bit integer";
    }
  };

  /** A finite double; written with {@link Double#toString}, which reads back to the same value. */
  static final Codec<Double> DOUBLE = new Codec<>() {
    @Override
    public Double read(ReadContext c) {
      c.checkNumber();
      JsonToken t = c.parser.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw c.invalid(expected(), c.echo(), null);
      }
      double d = c.parser.getDoubleValue();
      if (!Double.isFinite(d)) {
        throw c.invalid("a number within the range of a double", c.echo(), null);
      }
      return d;
    }

    @Override
    public void write(JsonGenerator g, Double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("number: expected a finite number, got " + value);
      }
      g.writeNumber(value.doubleValue());
    }

    @Override
    public void schema(ObjectNode t, SchemaContext s) {
      t.put("type", "number");
    }

    @Override
    public String expected() {
      return "a number";
    }
  };

  /**
   * A decimal (money, area) with its scale: {@code 40000.00} stays {@code 40000.00}. Written plainly
   * when the scale is not negative, else in exponent form, which keeps the scale ({@code 4E+4}).
   */
  static final Codec<BigDecimal> DECIMAL = new Codec<>() {
    @Override
    public BigDecimal read(ReadContext c) {
      c.checkNumber();
      JsonToken t = c.parser.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw c.invalid(expected(), c.echo(), null);
      }
      // The literal text keeps the scale exactly ("40000.00" has scale 2).
      try {
        return new BigDecimal(c.parser.getString());
      } catch (NumberFormatException | ArithmeticException e) {
        throw c.invalid(expected(), c.echo(), e);
      }
    }

    @Override
    public void write(JsonGenerator g, BigDecimal value) {
      g.writeNumber(value.scale() >= 0 ? value.toPlainString() : value.toString());
    }

    @Override
    public void schema(ObjectNode t, SchemaContext s) {
      t.put("type", "number");
    }

    @Override
    public String expected() {
      return "a decimal number";
    }
  };

  /** An ISO-8601 calendar date, {@code yyyy-mm-dd}. */
  static final Codec<LocalDate> DATE = fromString("an ISO-8601 date (yyyy-mm-dd)",
      "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}$", "date", Codecs::parseDate, LocalDate::toString);

  /**
   * {@link LocalDate#parse}: the common {@code yyyy-mm-dd} of a valid date directly (the formatter
   * costs more than the rest of a date property), every other text, and invalid dates, through the
   * formatter, so that its message stays the error's.
   */
  static LocalDate parseDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int y = digits(text, 0, 4);
      int m = digits(text, 5, 7);
      int d = digits(text, 8, 10);
      if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        try {
          return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
          // e.g. 2023-02-30: LocalDate.parse words it
        }
      }
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** The non-negative number of the ASCII digits {@code s[from, to)}, or -1. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      v = v * 10 + (ch - '0');
    }
    return v;
  }

  /** An AGS in canonical form ({@link Ags#of}, strict). */
  static final Codec<Ags> AGS = fromString("an AGS of 2, 3, 5 or 8 digits or 'DG'",
      "^(DG|[0-9]{2}|[0-9]{3}|[0-9]{5}|[0-9]{8})$", null, Ags::of, Ags::code);

  /** An ARS in canonical form ({@link Ars#of}, strict). */
  static final Codec<Ars> ARS = fromString("an ARS of 2, 3, 5, 9 or 12 digits",
      "^([0-9]{2}|[0-9]{3}|[0-9]{5}|[0-9]{9}|[0-9]{12})$", null, Ars::of, Ars::code);

  /** An enum constant by its exact name. */
  static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
    E[] values = type.getEnumConstants();
    String names = String.join(", ", Arrays.stream(values).map(Enum::name).toArray(String[]::new));
    String expected = "one of " + names;
    // Encoded once per constant: writing copies the bytes.
    SerializedString[] serialized = new SerializedString[values.length];
    for (E v : values) {
      serialized[v.ordinal()] = new SerializedString(v.name());
    }
    return new Codec<>() {
      @Override
      public E read(ReadContext c) {
        expect(c, JsonToken.VALUE_STRING, expected);
        String s = c.parser.getString();
        for (E v : values) {
          if (v.name().equals(s)) {
            return v;
          }
        }
        throw c.invalid(expected, c.echo(), null);
      }

      @Override
      public void write(JsonGenerator g, E value) {
        g.writeString(serialized[value.ordinal()]);
      }

      @Override
      public void schema(ObjectNode t, SchemaContext s) {
        t.put("type", "string");
        var array = t.putArray("enum");
        for (E v : values) {
          array.add(v.name());
        }
      }

      @Override
      public String expected() {
        return expected;
      }
    };
  }

  /**
   * A value written as a string; the parse function's {@link IllegalArgumentException} (a model
   * invariant, e.g. an AGS with letters) becomes a located {@link InvalidValueException}.
   */
  static <T> Codec<T> fromString(String expected, String pattern, String format,
      Function<String, T> parse, Function<T, String> print) {
    return new Codec<>() {
      @Override
      public T read(ReadContext c) {
        expect(c, JsonToken.VALUE_STRING, expected);
        try {
          return parse.apply(c.parser.getString());
        } catch (IllegalArgumentException e) {
          Invariant inv = Invariant.parse(e.getMessage(), expected);
          throw c.invalid(inv.expected, inv.found, e);
        }
      }

      @Override
      public void write(JsonGenerator g, T value) {
        g.writeString(print.apply(value));
      }

      @Override
      public void schema(ObjectNode t, SchemaContext s) {
        t.put("type", "string");
        t.put("pattern", pattern);
        if (format != null) {
          t.put("format", format);
        }
      }

      @Override
      public String expected() {
        return expected;
      }
    };
  }

  static void expect(ReadContext c, JsonToken token, String expected) {
    if (c.parser.currentToken() != token) {
      throw c.invalid(expected, c.echo(), null);
    }
  }

  /** Index of the first lone surrogate, or -1. */
  static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isHighSurrogate(ch)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(ch)) {
        return i;
      }
    }
    return -1;
  }
}
