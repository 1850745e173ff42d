// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * State of one read: the parser, the options, the warnings collected so far, and how to locate
 * errors. Not thread-safe; one per read.
 */
final class ReadContext {
  final JsonParser parser;
  final String sourceName;
  final ReadOptions options;
  final List<JsonWarning> warnings;
  /** Pointer prefix when the parser reads a rebuilt tree (stream element index), else "". */
  private final String pointerPrefix;
  /** Whether the parser reports real locations (false for a rebuilt tree). */
  private final boolean locations;
  /**
   * Whether the locations of values are recorded as they are read ({@link #mark()}), for errors
   * found later (a missing property, a model invariant that fails when the object is built). False
   * for a source that {@link DocumentReader} can read again: a recorded location costs an object per
   * property value, and the rare error that needs one is rather found again by a second read that
   * records them ({@link Relocate}).
   */
  private final boolean recording;

  /**
   * Bounds of {@link JsonLimits#maxNumberPrecision()} and {@link JsonLimits#maxNumberExponent()} that
   * this context checks at every number it meets ({@link #checkNumber()}), or null when the parser
   * checks them itself ({@link BoundedNumbersParser}) or reads a tree of numbers checked already.
   */
  private final JsonLimits numberBounds;

  ReadContext(JsonParser parser, String sourceName, ReadOptions options, String pointerPrefix, boolean locations) {
    this(parser, sourceName, options, pointerPrefix, locations, true, new ArrayList<>(), null);
  }

  private ReadContext(JsonParser parser, String sourceName, ReadOptions options, String pointerPrefix,
      boolean locations, boolean recording, List<JsonWarning> warnings, JsonLimits numberBounds) {
    this.warnings = warnings;
    this.parser = parser;
    this.sourceName = sourceName;
    this.options = options;
    this.pointerPrefix = pointerPrefix;
    this.locations = locations;
    this.recording = recording;
    this.numberBounds = numberBounds;
  }

  /**
   * A context for a document parser without {@link BoundedNumbersParser}: the codecs check the number
   * bounds at every number token instead (the delegate costs a call per token), before a number
   * becomes a value and before any error echoes one.
   */
  static ReadContext checkingNumbers(JsonParser parser, String sourceName, ReadOptions options) {
    return checkingNumbers(parser, sourceName, options, true);
  }

  /**
   * As {@link #checkingNumbers(JsonParser, String, ReadOptions)}; {@code recording} false for a source
   * that the caller reads again, recording, when {@link Relocate} is thrown.
   */
  static ReadContext checkingNumbers(JsonParser parser, String sourceName, ReadOptions options, boolean recording) {
    return new ReadContext(parser, sourceName, options, "", true, recording, new ArrayList<>(), options.limits());
  }

  /** A context for a rebuilt tree (no locations) that shares this context's warnings. */
  ReadContext forTree(JsonParser treeParser, String prefix) {
    return new ReadContext(treeParser, sourceName, options, prefix, false, true, warnings, null);
  }

  /**
   * The location of the current token, to be used by an error found later, or null when locations
   * are not recorded (then such an error calls {@link #relocated}).
   */
  TokenStreamLocation mark() {
    return recording() ? parser.currentTokenLocation() : null;
  }

  /** Whether {@link #mark()} records locations. */
  boolean recording() {
    return recording && locations;
  }

  /**
   * {@code error}, which needs locations that {@link #mark()} did not record, or, when this context
   * does not record them, the {@link Relocate} signal: the caller reads the source again, recording,
   * and the same error then comes with its location. A rebuilt tree has no locations to record.
   */
  RuntimeException relocated(RuntimeException error) {
    return recording || !locations ? error : Relocate.INSTANCE;
  }

  /**
   * Checks the number bounds when the current token is a number and this context checks them: a
   * violation is Jackson's {@code StreamConstraintsException} at the number, as the bounded parser
   * throws it.
   */
  void checkNumber() {
    if (numberBounds != null) {
      JsonToken t = parser.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        BoundedNumbersParser.check(parser, numberBounds);
      }
    }
  }

  /** Lists lent by {@link #borrowList()}, one per nesting level of lists being read. */
  private ArrayList<Object>[] lists = newLists(4);
  private int listsLent;

  @SuppressWarnings("unchecked")
  private static ArrayList<Object>[] newLists(int n) {
    return new ArrayList[n];
  }

  /**
   * An empty list to read the items of an array into, for a consumer that copies them (a builder's
   * list setter) and returns the list with {@link #giveBack}: one list per nesting level instead of
   * one per array.
   */
  @SuppressWarnings("unchecked")
  <V> List<V> borrowList() {
    if (listsLent == lists.length) {
      lists = java.util.Arrays.copyOf(lists, lists.length * 2);
    }
    ArrayList<Object> l = lists[listsLent];
    if (l == null) {
      l = new ArrayList<>();
      lists[listsLent] = l;
    }
    listsLent++;
    return (List<V>) l;
  }

  /** Returns the list of the latest {@link #borrowList()}, emptied. */
  void giveBack(List<?> list) {
    listsLent--;
    if (lists[listsLent] != list) {
      throw new IllegalStateException("giveBack: expected the list lent last");
    }
    // a list grown by a huge array is not kept
    if (list.size() > 4096) {
      lists[listsLent] = null;
    } else {
      list.clear();
    }
  }

  /** JSON pointer of the current token. */
  String pointer() {
    return pointerPrefix + parser.streamReadContext().pathAsPointer().toString();
  }

  /** Location of the current token, or null when unknown. */
  TokenStreamLocation location() {
    return locations ? parser.currentTokenLocation() : null;
  }

  static int line(TokenStreamLocation l) {
    return l == null ? 0 : Math.max(0, l.getLineNr());
  }

  static int column(TokenStreamLocation l) {
    return l == null ? 0 : Math.max(0, l.getColumnNr());
  }

  boolean lenient() {
    return options.unknownProperties() == ReadOptions.UnknownProperties.WARN;
  }

  void warn(TokenStreamLocation at, String pointer, String message) {
    warnings.add(new JsonWarning(sourceName, line(at), column(at), pointer, message));
  }

  /** Whether the parser reads a rebuilt tree, whose objects cannot hold a key twice. */
  boolean tree() {
    return !locations;
  }

  /**
   * A key that the object at hand already has, at the current token (its name): the same error
   * Jackson's duplicate detection gives, which the binding parsers leave to the codecs.
   */
  JsonSyntaxException duplicate(String name) {
    TokenStreamLocation at = location();
    return new JsonSyntaxException(sourceName, line(at), column(at), pointer(), JsonEngine.WELL_FORMED,
        JsonEngine.duplicateKey(name), null);
  }

  /** A wrong value at the current token. */
  InvalidValueException invalid(String expected, String found, Throwable cause) {
    checkNumber();
    return invalidAt(location(), pointer(), expected, found, cause);
  }

  InvalidValueException invalidAt(TokenStreamLocation at, String pointer, String expected, String found, Throwable cause) {
    return new InvalidValueException(sourceName, line(at), column(at), pointer, expected, found, cause);
  }

  /** The current token as an echo for "found": a quoted string, a number, or its kind. */
  String echo() {
    checkNumber();
    JsonToken t = parser.currentToken();
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
        return "end of object";
      case END_ARRAY:
        return "end of array";
      case PROPERTY_NAME:
        return "property '" + ZwkFormatException.clip(parser.currentName()) + "'";
      case VALUE_STRING:
        return "'" + ZwkFormatException.clip(parser.getString()) + "'";
      case VALUE_NULL:
        return "null";
      default:
        return parser.getString();
    }
  }
}
