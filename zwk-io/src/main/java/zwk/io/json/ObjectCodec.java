// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Binds a model value type to a JSON object through its builder, property by property, in the
 * declared order (which is the canonical output order). Property names are the accessor names.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
final class ObjectCodec<T, B> implements Codec<T> {
  private final Class<T> type;
  private final String typeName;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Property<T, B>> properties;
  private final Property<T, B>[] props;
  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final String names;
  /** A bit for each required property among the first 64. */
  private final long required;

  private ObjectCodec(Class<T> type, Supplier<B> newBuilder, Function<B, T> build, List<Property<T, B>> properties) {
    this.type = type;
    this.typeName = type.getSimpleName();
    this.newBuilder = newBuilder;
    this.build = build;
    this.properties = List.copyOf(properties);
    @SuppressWarnings("unchecked")
    Property<T, B>[] array = this.properties.toArray(new Property[0]);
    this.props = array;
    for (int i = 0; i < properties.size(); i++) {
      index.put(properties.get(i).name, i);
    }
    this.names = String.join(", ", index.keySet());
    long r = 0;
    for (int i = 0; i < Math.min(props.length, Long.SIZE); i++) {
      if (props[i].kind == Kind.REQUIRED) {
        r |= 1L << i;
      }
    }
    this.required = r;
  }

  static <T, B> Builder<T, B> of(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
    return new Builder<>(type, newBuilder, build);
  }

  Class<T> type() {
    return type;
  }

  String typeName() {
    return typeName;
  }

  List<String> propertyNames() {
    return List.copyOf(index.keySet());
  }

  @Override
  public String expected() {
    return "an object (" + typeName + ")";
  }

  @Override
  public T read(ReadContext c) {
    if (c.parser.currentToken() != JsonToken.START_OBJECT) {
      throw c.invalid(expected(), c.echo(), null);
    }
    // The object's pointer is only needed for an error; computing it for every object costs more
    // than binding small objects, so it is taken after the object is read (null here): at its end
    // token the parser's context points at the object again.
    return readFields(c, c.mark(), null, Set.of());
  }

  /**
   * Reads the properties of an object whose start token has been consumed, up to its end.
   *
   * @param start the object's location ({@link ReadContext#mark()}: null when not recorded)
   * @param pointer the object's JSON pointer, or null: then it is taken from the parser at the end of the object
   * @param skip names already handled by the caller (the document header) that are skipped here
   */
  T readFields(ReadContext c, TokenStreamLocation start, String pointer, Set<String> skip) {
    B b = newBuilder.get();
    Property<T, B>[] props = this.props;
    // The value locations, for an invariant that fails when the object is built; null when the
    // context does not record them (then that error is found again by a read that records them).
    TokenStreamLocation[] at = c.recording() ? new TokenStreamLocation[props.length] : null;
    // Properties read so far: a bit each for the first 64 (every model type has fewer), an array
    // for any beyond.
    long seen = 0;
    boolean[] seenBeyond = props.length > Long.SIZE ? new boolean[props.length] : null;
    Set<String> unknownNames = null;
    int expectedNext = 0;
    String name;
    while ((name = c.parser.nextName()) != null) {
      // Documents list their properties in canonical order (zwk writes them so), some left out:
      // look among the ones after the previous by identity (the binding parsers intern names, as
      // the declared names are), and only then in the index.
      int i = -1;
      for (int j = expectedNext; j < props.length; j++) {
        if (props[j].name == name) {
          i = j;
          break;
        }
      }
      if (i < 0) {
        Integer k = index.get(name);
        i = k == null ? -1 : k;
      }
      if (i < 0) {
        if (skip.contains(name)) {
          if (!c.tree()) {
            throw c.duplicate(name); // the header was read before the properties
          }
          c.parser.nextToken();
          c.parser.skipChildren();
          continue;
        }
        if (c.lenient()) {
          if (unknownNames == null) {
            unknownNames = new HashSet<>();
          }
          if (!unknownNames.add(name)) {
            throw c.duplicate(name);
          }
        }
        unknown(c, name);
        continue;
      }
      if (i < Long.SIZE) {
        long bit = 1L << i;
        if ((seen & bit) != 0) {
          throw c.duplicate(name);
        }
        seen |= bit;
      } else {
        if (seenBeyond[i]) {
          throw c.duplicate(name);
        }
        seenBeyond[i] = true;
      }
      expectedNext = i + 1;
      Property<T, B> p = props[i];
      c.parser.nextToken();
      if (at != null) {
        at[i] = c.location();
      }
      if (c.parser.currentToken() == JsonToken.VALUE_NULL) {
        if (p.kind == Kind.REQUIRED || !c.lenient()) {
          throw c.invalid(p.expected() + (p.kind == Kind.REQUIRED ? "" : " (or leave the property out)"), "null", null);
        }
        c.warn(c.location(), c.pointer(), "null for optional property '" + name + "' of " + typeName + " read as absent");
        continue;
      }
      p.read(c, b);
    }
    if ((seen & required) != required || seenBeyond != null) {
      missing(c, start, pointer, seen, seenBeyond);
    }
    try {
      return build.apply(b);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      Invariant inv = Invariant.parse(e.getMessage(), "a valid " + typeName);
      Integer i = inv.field == null ? null : index.get(inv.field);
      TokenStreamLocation loc = i != null && at != null && at[i] != null ? at[i] : start;
      String at0 = pointer != null ? pointer : c.pointer();
      String ptr = i != null ? at0 + inv.pointerSuffix() : at0;
      throw c.relocated(c.invalidAt(loc, ptr, inv.expected, inv.found, e));
    }
  }

  /** Fails at the first required property (in declared order) that was not read, if any. */
  private void missing(ReadContext c, TokenStreamLocation start, String pointer, long seen, boolean[] seenBeyond) {
    for (int i = 0; i < props.length; i++) {
      Property<T, B> p = props[i];
      boolean read = i < Long.SIZE ? (seen & (1L << i)) != 0 : seenBeyond[i];
      if (p.kind == Kind.REQUIRED && !read) {
        throw c.relocated(c.invalidAt(start, (pointer != null ? pointer : c.pointer()) + "/" + p.name,
            "property '" + p.name + "' of " + typeName + " (" + p.expected() + ")", "no such property", null));
      }
    }
  }

  private void unknown(ReadContext c, String name) {
    TokenStreamLocation loc = c.location();
    String ptr = c.pointer();
    if (!c.lenient()) {
      throw new UnknownPropertyException(c.sourceName, ReadContext.line(loc), ReadContext.column(loc), ptr,
          "a property of " + typeName + " (" + names + ")", "'" + ZwkFormatException.clip(name) + "'", null);
    }
    c.warn(loc, ptr, "unknown property '" + ZwkFormatException.clip(name) + "' of " + typeName + " skipped");
    c.parser.nextToken();
    Documents.skip(c);
  }

  @Override
  public void write(JsonGenerator g, T value) {
    g.writeStartObject();
    writeFields(g, value);
    g.writeEndObject();
  }

  /** Writes the properties (without the braces). */
  void writeFields(JsonGenerator g, T value) {
    for (Property<T, B> p : props) {
      p.write(g, value);
    }
  }

  @Override
  public void schema(ObjectNode target, SchemaContext s) {
    s.ref(target, this);
  }

  /**
   * Writes the object schema into {@code def}. At the document root, {@code header} holds the
   * schemas of {@code "format"} and {@code "version"}, which come first and are required.
   */
  void objectSchema(ObjectNode def, SchemaContext s, ObjectNode header) {
    def.put("type", "object");
    ObjectNode props = def.putObject("properties");
    List<String> required = new ArrayList<>();
    if (header != null) {
      header.properties().forEach(e -> {
        props.set(e.getKey(), e.getValue());
        required.add(e.getKey());
      });
    }
    for (Property<T, B> p : properties) {
      p.schema(props.putObject(p.name), s);
      if (p.kind == Kind.REQUIRED) {
        required.add(p.name);
      }
    }
    if (!required.isEmpty()) {
      ArrayNode r = def.putArray("required");
      required.forEach(r::add);
    }
    def.put("additionalProperties", false);
  }

  enum Kind { REQUIRED, OPTIONAL, DEFAULTED, LIST, MAP }

  /** One property: name, kind, and how to read it into the builder and write it from the value. */
  abstract static class Property<T, B> {
    final String name;
    /** The name, quoted and encoded once, so that writing copies bytes instead of escaping the name each time. */
    final SerializedString serializedName;
    final Kind kind;

    Property(String name, Kind kind) {
      this.name = name.intern();
      this.serializedName = new SerializedString(name);
      this.kind = kind;
    }

    abstract void read(ReadContext c, B b);

    abstract void write(JsonGenerator g, T value);

    abstract void schema(ObjectNode t, SchemaContext s);

    abstract String expected();
  }

  /** A property of one value read and described by one codec; only how it is written differs (always or when present). */
  abstract static class SingleValue<T, B, V> extends Property<T, B> {
    final Codec<V> codec;
    private final BiConsumer<B, V> set;

    SingleValue(String name, Kind kind, Codec<V> codec, BiConsumer<B, V> set) {
      super(name, kind);
      this.codec = codec;
      this.set = set;
    }

    @Override
    final void read(ReadContext c, B b) {
      set.accept(b, codec.read(c));
    }

    @Override
    final void schema(ObjectNode t, SchemaContext s) {
      codec.schema(t, s);
    }

    @Override
    final String expected() {
      return codec.expected();
    }
  }

  /** Declares the properties in canonical order. */
  static final class Builder<T, B> {
    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();

    private Builder(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
      this.type = type;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** A mandatory property. */
    <V> Builder<T, B> required(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return always(name, Kind.REQUIRED, codec, get, set);
    }

    /** A property with a model default: always written, may be left out when reading. */
    <V> Builder<T, B> defaulted(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return always(name, Kind.DEFAULTED, codec, get, set);
    }

    /** A property that every value has: written without wrapping it in an {@code Optional} first. */
    private <V> Builder<T, B> always(String name, Kind kind, Codec<V> codec, Function<T, V> get,
        BiConsumer<B, V> set) {
      properties.add(new SingleValue<T, B, V>(name, kind, codec, set) {
        @Override
        void write(JsonGenerator g, T value) {
          g.writeName(serializedName);
          codec.write(g, get.apply(value));
        }
      });
      return this;
    }

    /** An {@code Optional} property: left out when absent, never written as null. */
    <V> Builder<T, B> optional(String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      return single(name, Kind.OPTIONAL, codec, get, set);
    }

    private <V> Builder<T, B> single(String name, Kind kind, Codec<V> codec, Function<T, Optional<V>> get,
        BiConsumer<B, V> set) {
      properties.add(new SingleValue<T, B, V>(name, kind, codec, set) {
        @Override
        void write(JsonGenerator g, T value) {
          Optional<V> v = get.apply(value);
          if (v.isPresent()) {
            g.writeName(serializedName);
            codec.write(g, v.get());
          }
        }
      });
      return this;
    }

    /** A list: an array, left out when empty; {@code set} gets a list of its own, which it may keep. */
    <V> Builder<T, B> list(String name, Codec<V> codec, Function<T, List<V>> get, BiConsumer<B, List<V>> set) {
      return list(name, codec, get, set, false);
    }

    /**
     * A list whose setter copies the items it is given (an Immutables builder's does; {@code
     * ListSettersCopyTest} checks every one of the metamodel's): the items are read into a list of
     * the {@link ReadContext} that is emptied and reused afterwards.
     */
    <V> Builder<T, B> copiedList(String name, Codec<V> codec, Function<T, List<V>> get, BiConsumer<B, List<V>> set) {
      return list(name, codec, get, set, true);
    }

    private <V> Builder<T, B> list(String name, Codec<V> codec, Function<T, List<V>> get, BiConsumer<B, List<V>> set,
        boolean setterCopies) {
      properties.add(new Property<T, B>(name, Kind.LIST) {
        @Override
        void read(ReadContext c, B b) {
          if (c.parser.currentToken() != JsonToken.START_ARRAY) {
            throw c.invalid(expected(), c.echo(), null);
          }
          if (!setterCopies) {
            List<V> items = new ArrayList<>();
            while (c.parser.nextToken() != JsonToken.END_ARRAY) {
              if (c.parser.currentToken() == JsonToken.VALUE_NULL) {
                throw c.invalid(codec.expected(), "null", null);
              }
              items.add(codec.read(c));
            }
            set.accept(b, items);
            return;
          }
          List<V> items = c.borrowList();
          try {
            while (c.parser.nextToken() != JsonToken.END_ARRAY) {
              if (c.parser.currentToken() == JsonToken.VALUE_NULL) {
                throw c.invalid(codec.expected(), "null", null);
              }
              items.add(codec.read(c));
            }
            set.accept(b, items);
          } finally {
            c.giveBack(items);
          }
        }

        @Override
        void write(JsonGenerator g, T value) {
          List<V> items = get.apply(value);
          if (!items.isEmpty()) {
            g.writeName(serializedName);
            g.writeStartArray();
            for (V v : items) {
              codec.write(g, v);
            }
            g.writeEndArray();
          }
        }

        @Override
        void schema(ObjectNode t, SchemaContext s) {
          t.put("type", "array");
          codec.schema(t.putObject("items"), s);
        }

        @Override
        String expected() {
          return "an array of " + codec.expected();
        }
      });
      return this;
    }

    /** A map with enum keys: an object keyed by the constant names, written in enum order, left out when empty. */
    <K extends Enum<K>, V> Builder<T, B> enumMap(String name, Class<K> keyType, Codec<V> codec,
        Function<T, Map<K, V>> get, BiConsumer<B, Map<K, V>> set) {
      Codec<K> keys = Codecs.enumOf(keyType);
      K[] constants = keyType.getEnumConstants();
      properties.add(new Property<T, B>(name, Kind.MAP) {
        @Override
        void read(ReadContext c, B b) {
          if (c.parser.currentToken() != JsonToken.START_OBJECT) {
            throw c.invalid(expected(), c.echo(), null);
          }
          Map<K, V> map = new EnumMap<>(keyType);
          String key;
          while ((key = c.parser.nextName()) != null) {
            K k = null;
            for (K candidate : constants) {
              if (candidate.name().equals(key)) {
                k = candidate;
              }
            }
            if (k == null) {
              throw c.invalid("a key that is " + keys.expected(), "'" + ZwkFormatException.clip(key) + "'", null);
            }
            if (map.containsKey(k)) {
              throw c.duplicate(key);
            }
            c.parser.nextToken();
            if (c.parser.currentToken() == JsonToken.VALUE_NULL) {
              throw c.invalid(codec.expected(), "null", null);
            }
            map.put(k, codec.read(c));
          }
          set.accept(b, map);
        }

        @Override
        void write(JsonGenerator g, T value) {
          Map<K, V> map = get.apply(value);
          if (!map.isEmpty()) {
            g.writeName(serializedName);
            g.writeStartObject();
            for (Map.Entry<K, V> e : new EnumMap<>(map).entrySet()) {
              g.writeName(e.getKey().name());
              codec.write(g, e.getValue());
            }
            g.writeEndObject();
          }
        }

        @Override
        void schema(ObjectNode t, SchemaContext s) {
          t.put("type", "object");
          keys.schema(t.putObject("propertyNames"), s);
          codec.schema(t.putObject("additionalProperties"), s);
        }

        @Override
        String expected() {
          return "an object keyed by " + keyType.getSimpleName() + " names";
        }
      });
      return this;
    }

    /**
     * A map with string keys: an object written in the map's order (zwk's maps keep insertion
     * order, and reading keeps the file's order), left out when empty.
     */
    <V> Builder<T, B> stringMap(String name, Codec<V> codec, Function<T, Map<String, V>> get,
        BiConsumer<B, Map<String, V>> set) {
      properties.add(new Property<T, B>(name, Kind.MAP) {
        @Override
        void read(ReadContext c, B b) {
          if (c.parser.currentToken() != JsonToken.START_OBJECT) {
            throw c.invalid(expected(), c.echo(), null);
          }
          Map<String, V> map = new LinkedHashMap<>();
          String key;
          while ((key = c.parser.nextName()) != null) {
            if (map.containsKey(key)) {
              throw c.duplicate(key);
            }
            c.parser.nextToken();
            if (c.parser.currentToken() == JsonToken.VALUE_NULL) {
              throw c.invalid(codec.expected(), "null", null);
            }
            map.put(key, codec.read(c));
          }
          set.accept(b, map);
        }

        @Override
        void write(JsonGenerator g, T value) {
          Map<String, V> map = get.apply(value);
          if (!map.isEmpty()) {
            g.writeName(serializedName);
            g.writeStartObject();
            for (Map.Entry<String, V> e : map.entrySet()) {
              g.writeName(e.getKey());
              codec.write(g, e.getValue());
            }
            g.writeEndObject();
          }
        }

        @Override
        void schema(ObjectNode t, SchemaContext s) {
          t.put("type", "object");
          codec.schema(t.putObject("additionalProperties"), s);
        }

        @Override
        String expected() {
          return "an object of " + codec.expected();
        }
      });
      return this;
    }

    ObjectCodec<T, B> build() {
      return new ObjectCodec<>(type, newBuilder, build, Collections.unmodifiableList(properties));
    }
  }
}
