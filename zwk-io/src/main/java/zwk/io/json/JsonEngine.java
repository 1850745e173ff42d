// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The private, preconfigured Jackson mappers behind {@link ZwkJson}: parse limits from
 * {@link JsonLimits}, duplicate-key detection (by the parser for trees, by the codecs for bound
 * documents), no default typing (none is ever enabled), and the canonical layout
 * ({@link CanonicalPrettyPrinter}: two-space indent, {@code "\n"} line ends, {@code "name": value}).
 */
final class JsonEngine {
  private JsonEngine() {}

  private static final Map<JsonLimits, JsonMapper> DOCUMENT_MAPPERS = new ConcurrentHashMap<>();
  private static final Map<JsonLimits, JsonMapper> BINDING_MAPPERS = new ConcurrentHashMap<>();
  private static final Map<JsonLimits, JsonMapper> STREAM_MAPPERS = new ConcurrentHashMap<>();

  /**
   * Mapper for whole JSON values read as trees ({@link JsonTrees}, format detection): every limit
   * applies to the whole input, and the parser refuses duplicate keys.
   */
  static JsonMapper documentMapper(JsonLimits limits) {
    return DOCUMENT_MAPPERS.computeIfAbsent(limits, l -> create(l, true, true));
  }

  /**
   * Mapper for whole documents bound by the codecs: every limit applies to the whole input; duplicate
   * keys are found by the codecs ({@link ObjectCodec}, {@link Documents}), which know every object's
   * properties already, so the parser's own detection (a hash set per object) is off.
   */
  static JsonMapper bindingMapper(JsonLimits limits) {
    return BINDING_MAPPERS.computeIfAbsent(limits, l -> create(l, true, false));
  }

  /**
   * Mapper for streamed arrays bound by the codecs: the document-length limit applies per element,
   * checked by the stream; duplicate keys as for {@link #bindingMapper}.
   */
  static JsonMapper streamMapper(JsonLimits limits) {
    return STREAM_MAPPERS.computeIfAbsent(limits, l -> create(l, false, false));
  }

  private static JsonMapper create(JsonLimits l, boolean wholeDocument, boolean parserFindsDuplicates) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(l.maxNestingDepth())
        .maxDocumentLength(wholeDocument ? l.maxDocumentLength() : -1L)
        .maxStringLength(l.maxStringLength())
        .maxNumberLength(l.maxNumberLength())
        .maxNameLength(l.maxNameLength())
        .build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, parserFindsDuplicates)
        // names interned once per new symbol (the factory's symbol table keeps them), so that
        // ObjectCodec finds a property by identity
        .enable(tools.jackson.core.TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // the codecs write every name once by construction (properties, enum keys, map keys; the header
        // names are no property's: ModelCodecsTest), so the generator's check, a hash set per object, is off
        .disable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory).build();
  }

  /** The message ("found") of a duplicate key, as Jackson's parser words it. */
  static String duplicateKey(String name) {
    return "Duplicate Object property \"" + ZwkFormatException.clip(name) + "\"";
  }

  /** The "expected" of a syntax error. */
  static final String WELL_FORMED = "well-formed JSON (RFC 8259) in UTF-8";

  /**
   * {@code p} with the number bounds of {@code limits} (see {@link BoundedNumbersParser}), for
   * parsers that zwk does not create ({@link ZwkModule}); {@link DocumentReader}'s own parsers are
   * checked by {@link ReadContext#checkNumber()}.
   */
  static JsonParser bounded(JsonParser p, JsonLimits limits) {
    return new BoundedNumbersParser(p, limits);
  }

  /** Writer of the default binding mapper with the canonical layout ({@link CanonicalPrettyPrinter}). */
  static ObjectWriter writer() {
    return bindingMapper(JsonLimits.defaults()).writer().with(new CanonicalPrettyPrinter());
  }

  /**
   * Turns a Jackson exception into a located {@link ZwkFormatException}, or a failure of the
   * caller's stream (recorded by {@code tracker}, may be null) into an {@link UncheckedIOException}.
   */
  static RuntimeException translate(JacksonException e, JsonParser p, String sourceName, String pointerPrefix,
      SourceTracker tracker) {
    if (tracker != null && tracker.failure() != null) {
      return new UncheckedIOException(sourceName + ": " + tracker.failure().getMessage(), tracker.failure());
    }
    // Any other IOException comes from Jackson decoding the bytes (encoding detection, UTF-32 …): bad input.
    boolean decoding = e instanceof JacksonIOException;
    TokenStreamLocation loc = e.getLocation();
    if (loc == null && p != null) {
      loc = p.currentLocation();
    }
    int line = ReadContext.line(loc);
    int column = ReadContext.column(loc);
    String pointer = pointerPrefix;
    if (p != null) {
      try {
        pointer = pointerPrefix + p.streamReadContext().pathAsPointer().toString();
      } catch (RuntimeException ignored) {
        // The context of a broken parser may be unusable; the prefix is still right.
      }
    }
    String msg = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof Utf8CheckingInputStream.MalformedBytes) {
        Utf8CheckingInputStream.MalformedBytes b = (Utf8CheckingInputStream.MalformedBytes) t;
        return new JsonSyntaxException(sourceName, (int) Math.min(b.line, Integer.MAX_VALUE),
            (int) Math.min(b.column, Integer.MAX_VALUE), pointer, "JSON text in UTF-8 (RFC 8259)", b.found, e);
      }
    }
    if (decoding) {
      String cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : msg;
      return new JsonSyntaxException(sourceName, line, column, pointer, "JSON text in UTF-8", firstLine(cause), e);
    }
    if (e instanceof StreamConstraintsException) {
      JsonLimitException.Limit limit = limitOf(msg);
      if (limit == JsonLimitException.Limit.NAME_LENGTH && p != null) {
        // the parser still names the previous property; the offending one is a new name in the same
        // object: point at the object and say which name it is
        String previous = p.currentName();
        try {
          tools.jackson.core.TokenStreamContext ctx = p.streamReadContext();
          String object = ctx.inObject() && ctx.getParent() != null
              ? ctx.getParent().pathAsPointer().toString() : "";
          pointer = pointerPrefix + object;
        } catch (RuntimeException ignored) {
          // keep the prefix
        }
        String which = previous == null ? "the first property name of the object"
            : "the property name after '" + ZwkFormatException.clip(previous) + "'";
        return new JsonLimitException(limit, sourceName, line, column, pointer, expectedFor(limit),
            which + ": " + msg, e);
      }
      return new JsonLimitException(limit, sourceName, line, column, pointer, expectedFor(limit), msg, e);
    }
    return new JsonSyntaxException(sourceName, line, column, pointer, WELL_FORMED, firstLine(msg), e);
  }

  private static JsonLimitException.Limit limitOf(String msg) {
    String m = msg.toLowerCase(java.util.Locale.ROOT);
    if (m.contains("nesting depth")) {
      return JsonLimitException.Limit.NESTING_DEPTH;
    }
    if (m.contains("document length")) {
      return JsonLimitException.Limit.DOCUMENT_LENGTH;
    }
    if (m.contains("string value length")) {
      return JsonLimitException.Limit.STRING_LENGTH;
    }
    if (m.contains("number precision")) {
      return JsonLimitException.Limit.NUMBER_PRECISION;
    }
    if (m.contains("number exponent")) {
      return JsonLimitException.Limit.NUMBER_EXPONENT;
    }
    if (m.contains("number value length") || m.contains("number length")) {
      return JsonLimitException.Limit.NUMBER_LENGTH;
    }
    if (m.contains("name length")) {
      return JsonLimitException.Limit.NAME_LENGTH;
    }
    return JsonLimitException.Limit.OTHER;
  }

  private static String expectedFor(JsonLimitException.Limit limit) {
    switch (limit) {
      case NESTING_DEPTH:
        return "arrays and objects nested no deeper than JsonLimits.maxNestingDepth";
      case DOCUMENT_LENGTH:
        return "a document no longer than JsonLimits.maxDocumentLength";
      case STRING_LENGTH:
        return "a string no longer than JsonLimits.maxStringLength";
      case NUMBER_LENGTH:
        return "a number no longer than JsonLimits.maxNumberLength";
      case NAME_LENGTH:
        return "a property name no longer than JsonLimits.maxNameLength";
      case NUMBER_PRECISION:
        return "a number of at most JsonLimits.maxNumberPrecision significant digits";
      case NUMBER_EXPONENT:
        return "a number whose last digit's power of ten lies within +/-JsonLimits.maxNumberExponent";
      default:
        return "input within the parser's limits";
    }
  }

  private static String firstLine(String msg) {
    int nl = msg.indexOf('\n');
    return nl < 0 ? msg : msg.substring(0, nl);
  }
}
