// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

/**
 * A finding parameter (zwk-strategy): a string, a number, a boolean, or a list of those. Numbers
 * read back as {@link Integer} when they are integers within int range, else {@link Long}, else
 * {@link BigDecimal}; numbers with a fraction or exponent as {@link BigDecimal} with their scale.
 * So a parameter round-trips exactly when the validator uses Integer for int-range integers.
 */
final class ParameterCodec implements Codec<Object> {
  static final ParameterCodec INSTANCE = new ParameterCodec();

  private ParameterCodec() {}

  @Override
  public Object read(ReadContext c) {
    if (c.parser.currentToken() == JsonToken.START_ARRAY) {
      List<Object> items = new ArrayList<>();
      while (c.parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(scalar(c));
      }
      return List.copyOf(items);
    }
    return scalar(c);
  }

  private static Object scalar(ReadContext c) {
    JsonParser p = c.parser;
    c.checkNumber();
    switch (p.currentToken()) {
      case VALUE_STRING:
        return Codecs.STRING.read(c);
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NUMBER_INT:
        if (p.getNumberType() == JsonParser.NumberType.INT) {
          return p.getIntValue();
        }
        if (p.getNumberType() == JsonParser.NumberType.LONG) {
          return p.getLongValue();
        }
        return Codecs.DECIMAL.read(c);
      case VALUE_NUMBER_FLOAT:
        return Codecs.DECIMAL.read(c);
      default:
        throw c.invalid("a string, number or boolean", c.echo(), null);
    }
  }

  @Override
  public void write(JsonGenerator g, Object value) {
    if (value instanceof List) {
      g.writeStartArray();
      for (Object o : (List<?>) value) {
        writeScalar(g, o);
      }
      g.writeEndArray();
    } else {
      writeScalar(g, value);
    }
  }

  private static void writeScalar(JsonGenerator g, Object v) {
    if (v instanceof String) {
      Codecs.STRING.write(g, (String) v);
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else if (v instanceof Integer) {
      g.writeNumber((Integer) v);
    } else if (v instanceof Long) {
      g.writeNumber((Long) v);
    } else if (v instanceof BigDecimal) {
      Codecs.DECIMAL.write(g, (BigDecimal) v);
    } else {
      throw new IllegalArgumentException("parameters: expected a string, Integer, Long, BigDecimal, Boolean or a list"
          + " of them, got " + (v == null ? "null" : v.getClass().getName()));
    }
  }

  @Override
  public void schema(ObjectNode t, SchemaContext s) {
    var types = t.putArray("type");
    types.add("string").add("number").add("boolean").add("array");
    var items = t.putObject("items").putArray("type");
    items.add("string").add("number").add("boolean");
  }

  @Override
  public String expected() {
    return "a string, number, boolean or array of them";
  }
}
