// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import zwk.model.region.Ags;
import zwk.model.region.Ars;

/**
 * Jackson 3 module for the zwk model, for users who register it on their own
 * {@code JsonMapper}: {@code JsonMapper.builder().addModule(new ZwkModule()).build()}. It keeps
 * Jackson out of zwk-model, the way {@code jackson-datatype-jsr310} keeps it out of
 * {@code java.time}.
 *
 * <p>The document types ({@link DocumentFormats}) are written and read as documents with
 * {@code "format"} and {@code "version"}; every other model type as a plain object with the same
 * property names; {@link Ags} and {@link Ars} as strings. Reading is strict (unknown properties
 * fail). Errors are {@link ZwkFormatException}s, which the mapper may wrap in its own exception;
 * the parse limits are those of the user's mapper. For canonical output, limits and lenient
 * reading use {@link ZwkJson}.
 */
public final class ZwkModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with serializers and deserializers for every model type. */
  public ZwkModule() {
    super("zwk");
    Map<Class<?>, DocumentFormat<?>> documents = new HashMap<>();
    for (DocumentFormat<?> f : DocumentFormats.all()) {
      documents.put(f.type(), f);
    }
    for (ObjectCodec<?, ?> c : ModelCodecs.ALL) {
      DocumentFormat<?> f = documents.get(c.type());
      if (f != null) {
        addDocument(f);
      } else {
        add(c);
      }
    }
    add(Ags.class, Codecs.AGS);
    add(Ars.class, Codecs.ARS);
  }

  private <T> void add(ObjectCodec<T, ?> codec) {
    add(codec.type(), codec);
  }

  private <T> void add(Class<T> type, Codec<T> codec) {
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        codec.write(g, value);
      }
    });
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        return codec.read(new ReadContext(JsonEngine.bounded(p, JsonLimits.defaults()), "<jackson>",
            ReadOptions.strict(), "", true));
      }
    });
  }

  private <T> void addDocument(DocumentFormat<T> f) {
    addSerializer(f.type(), new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        Documents.write(g, f, value);
      }
    });
    addDeserializer(f.type(), new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        ReadContext c = new ReadContext(JsonEngine.bounded(p, JsonLimits.defaults()), "<jackson>",
            ReadOptions.strict(), "", true);
        return Documents.read(c, JsonEngine.documentMapper(JsonLimits.defaults()), f);
      }
    });
  }
}
