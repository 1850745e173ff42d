// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a top-level document: the {@code "format"}/{@code "version"} header, the
 * migration of older versions, and the properties of the model type at the top level.
 */
final class Documents {
  private Documents() {}

  static final String FORMAT = "format";
  static final String VERSION = "version";
  private static final Set<String> HEADER = Set.of(FORMAT, VERSION);

  /** Writes {@code value} as a document of format {@code f} (header first, then the properties). */
  static <T> void write(JsonGenerator g, DocumentFormat<T> f, T value) {
    g.writeStartObject();
    g.writeName(FORMAT);
    g.writeString(f.name());
    g.writeName(VERSION);
    g.writeNumber(f.version());
    f.codec().writeFields(g, value);
    g.writeEndObject();
  }

  /**
   * Reads a document; the parser stands on its first token and afterwards on its last. When the
   * header comes first (as zwk writes it) and has the current version, the document streams
   * straight into the model; otherwise it is read as a tree, checked, migrated and bound from the
   * tree (errors then carry the pointer but no line/column).
   */
  static <T> T read(ReadContext c, ObjectMapper mapper, DocumentFormat<T> f) {
    JsonParser p = c.parser;
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw c.invalid("a JSON object (a " + f.name() + " document)", c.echo(), null);
    }
    TokenStreamLocation start = c.location();
    String pointer = c.pointer();
    ObjectNode tree = mapper.createObjectNode();
    String name = p.nextName();
    Integer version = null;
    boolean format = false;
    while (name != null && HEADER.contains(name) && !tree.has(name)) {
      p.nextToken();
      if (FORMAT.equals(name)) {
        checkFormat(c, f);
        format = true;
        tree.put(FORMAT, f.name());
      } else {
        version = readVersion(c, f);
        tree.put(VERSION, version);
      }
      if (format && version != null && version == f.version()) {
        return f.codec().readFields(c, start, pointer, HEADER);
      }
      name = p.nextName();
    }
    // Header not first, or an older version: read the rest as a tree.
    while (name != null) {
      if (tree.has(name)) {
        throw c.duplicate(name);
      }
      p.nextToken();
      tree.set(name, tree(c, mapper));
      name = p.nextName();
    }
    return fromTree(c, mapper, f, tree, start, pointer);
  }

  /**
   * The value at the current token as a tree, refusing a key that an object has twice (the binding
   * parsers leave duplicate detection to the codecs); scalars become the nodes Jackson makes.
   */
  static JsonNode tree(ReadContext c, ObjectMapper mapper) {
    JsonParser p = c.parser;
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      ObjectNode o = mapper.createObjectNode();
      String name;
      while ((name = p.nextName()) != null) {
        if (o.has(name)) {
          throw c.duplicate(name);
        }
        p.nextToken();
        o.set(name, tree(c, mapper));
      }
      return o;
    }
    if (t == JsonToken.START_ARRAY) {
      ArrayNode a = mapper.createArrayNode();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        a.add(tree(c, mapper));
      }
      return a;
    }
    if (t == JsonToken.VALUE_NULL) {
      return mapper.getNodeFactory().nullNode();
    }
    c.checkNumber();
    return p.readValueAsTree();
  }

  /** Skips the value at the current token, still refusing duplicate keys and checking numbers inside it. */
  static void skip(ReadContext c) {
    JsonParser p = c.parser;
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      java.util.Set<String> names = new java.util.HashSet<>();
      String name;
      while ((name = p.nextName()) != null) {
        if (!names.add(name)) {
          throw c.duplicate(name);
        }
        p.nextToken();
        skip(c);
      }
    } else if (t == JsonToken.START_ARRAY) {
      while (p.nextToken() != JsonToken.END_ARRAY) {
        skip(c);
      }
    } else {
      c.checkNumber();
    }
  }

  private static void checkFormat(ReadContext c, DocumentFormat<?> f) {
    if (c.parser.currentToken() != JsonToken.VALUE_STRING || !f.name().equals(c.parser.getString())) {
      throw unsupported(c, c.location(), c.pointer(), "format '" + f.name() + "'", c.echo());
    }
  }

  private static int readVersion(ReadContext c, DocumentFormat<?> f) {
    JsonParser p = c.parser;
    c.checkNumber();
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() < 1) {
      throw unsupported(c, c.location(), c.pointer(), "a version number from 1 to " + f.version(), c.echo());
    }
    int v = p.getIntValue();
    if (v > f.version()) {
      throw unsupported(c, c.location(), c.pointer(), "version " + f.version() + " or older of " + f.name()
          + " (this zwk reads up to version " + f.version() + "; a newer zwk is needed)", Integer.toString(v));
    }
    return v;
  }

  private static <T> T fromTree(ReadContext c, ObjectMapper mapper, DocumentFormat<T> f, ObjectNode tree,
      TokenStreamLocation start, String pointer) {
    JsonNode fmt = tree.get(FORMAT);
    if (fmt == null) {
      throw unsupported(c, start, pointer + "/" + FORMAT, "property 'format' with value '" + f.name() + "'",
          "no such property");
    }
    JsonNode ver = tree.get(VERSION);
    if (ver == null) {
      throw unsupported(c, start, pointer + "/" + VERSION, "property 'version' (1 to " + f.version() + ")",
          "no such property");
    }
    if (!fmt.isString() || !f.name().equals(fmt.stringValue())) {
      throw unsupported(c, start, pointer + "/" + FORMAT, "format '" + f.name() + "'",
          ZwkFormatException.clip(fmt.toString()));
    }
    if (!ver.isInt() || ver.intValue() < 1 || ver.intValue() > f.version()) {
      throw unsupported(c, start, pointer + "/" + VERSION, "a version number from 1 to " + f.version()
          + " of " + f.name() + " (a newer version needs a newer zwk)", ZwkFormatException.clip(ver.toString()));
    }
    int version = ver.intValue();
    ObjectNode doc = tree;
    for (int v = version; v < f.version(); v++) {
      final int from = v;
      DocumentMigration m = f.migrationFrom(v).orElseThrow(() -> unsupported(c, start, pointer + "/" + VERSION,
          "a version of " + f.name() + " that can be migrated to " + f.version(), "version " + from));
      doc = m.migrate(doc);
      doc.put(VERSION, v + 1);
    }
    try (JsonParser tp = mapper.treeAsTokens(doc)) {
      ReadContext tc = c.forTree(tp, pointer);
      tp.nextToken();
      return f.codec().readFields(tc, start, pointer, HEADER);
    }
  }

  private static UnsupportedDocumentException unsupported(ReadContext c, TokenStreamLocation at, String pointer,
      String expected, String found) {
    return new UnsupportedDocumentException(c.sourceName, ReadContext.line(at), ReadContext.column(at), pointer,
        expected, found, null);
  }
}
