// SPDX-License-Identifier: Apache-2.0
package zwk.testkit;

import static zwk.testkit.GenSupport.chance;
import static zwk.testkit.GenSupport.intIn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import zwk.model.meta.MetaProperty;
import zwk.model.meta.MetaType;
import zwk.model.meta.ModelMetamodel;
import zwk.model.region.Ags;
import zwk.model.region.Ars;

/**
 * Generators derived from the metamodel ({@link ModelMetamodel}): per element type a value
 * generator (text that tries to break formats, numbers, dates 1990–2045, enums, valid AGS/ARS,
 * nested model values), per kind the shape ({@code Optional} present or not, lists of 0–2, maps of
 * 0–2 entries).
 *
 * <p>The hand-written generators ({@link ModelGenerators} and the others) are the override layer:
 * they carry what the model's invariants need (id patterns and uniqueness, date order, AGS validity,
 * AGS/ARS of the same region, consistent population tables) and generate the attributes listed in
 * the resource {@code hand-generated-attributes.txt}. Every other attribute of a generated value —
 * in particular an attribute added to a {@code *Def} later — is filled here from the metamodel by
 * {@link #complete}, which the public generators apply to what they produce. So a new attribute is
 * generated (and round-tripped by every property test) without a hand edit; the values of the
 * listed attributes, and therefore the golden files of generated documents, do not change.
 * {@code GeneratorCoverageTest} checks that every attribute is filled.
 */
public final class MetaGenerators {
  private MetaGenerators() {}

  private static final Map<Class<?>, MetaType<?, ?>> META = new HashMap<>();
  private static final Set<String> HAND = load("hand-generated-attributes.txt");

  static {
    ModelMetamodel.types().forEach(t -> META.put(t.type(), t));
  }

  private static Set<String> load(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = MetaGenerators.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource zwk/testkit/" + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableSet(out);
  }

  /** {@code Type.attribute} of every attribute the hand-written generators generate. */
  static Set<String> handGenerated() {
    return HAND;
  }

  /**
   * Values of a model type generated from the metamodel alone (every attribute by its element
   * type). Fine for types without invariants across attributes; types with such invariants have
   * hand-written generators.
   *
   * @throws IllegalArgumentException for a class that is not a model type
   */
  public static <T> Gen<T> of(Class<T> type) {
    MetaType<T, ?> t = meta(type);
    return in -> generate(t, in);
  }

  @SuppressWarnings("unchecked")
  private static <T> MetaType<T, ?> meta(Class<T> type) {
    MetaType<?, ?> t = META.get(type);
    if (t == null) {
      throw new IllegalArgumentException("not a model type of the metamodel: " + type.getName());
    }
    return (MetaType<T, ?>) t;
  }

  private static <T, B> T generate(MetaType<T, B> t, RandomnessSource in) {
    B b = t.newBuilder().get();
    for (MetaProperty<T, B> p : t.properties()) {
      set(p, b, attribute(t, p, in));
    }
    return build(t, b, "");
  }

  private static <T, B> T build(MetaType<T, B> t, B b, String generated) {
    try {
      return t.build().apply(b);
    } catch (RuntimeException e) {
      throw new IllegalStateException(t + ": a value generated from the metamodel" + generated
          + " breaks an invariant (" + e.getMessage() + "); give the attribute a hand-written generator", e);
    }
  }

  /** A generated value of the attribute, shaped by its kind: {@code V}, {@code Optional<V>}, {@code List<V>} or {@code Map}. */
  private static Object attribute(MetaType<?, ?> t, MetaProperty<?, ?> p, RandomnessSource in) {
    switch (p.kind()) {
      case OPTIONAL:
        return chance(in, 60) ? Optional.of(element(t, p, p.valueType(), in)) : Optional.empty();
      case LIST: {
        List<Object> l = new ArrayList<>();
        for (int n = intIn(in, 0, 2); n > 0; n--) {
          l.add(element(t, p, p.valueType(), in));
        }
        return l;
      }
      case MAP: {
        Map<Object, Object> m = new LinkedHashMap<>();
        Class<?> key = p.keyType().orElseThrow();
        for (int n = intIn(in, 0, 2); n > 0; n--) {
          m.put(element(t, p, key, in), element(t, p, p.valueType(), in));
        }
        return m;
      }
      default:
        return element(t, p, p.valueType(), in);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object element(MetaType<?, ?> t, MetaProperty<?, ?> p, Class<?> type, RandomnessSource in) {
    if (type == String.class) {
      return TextGenerators.nonBlankText(3).generate(in);
    } else if (type == Integer.class) {
      return intIn(in, 0, 1000);
    } else if (type == Long.class) {
      return (long) intIn(in, 0, 1_000_000);
    } else if (type == Double.class) {
      return intIn(in, 0, 100_000) / 100.0;
    } else if (type == BigDecimal.class) {
      return GenSupport.euros().generate(in);
    } else if (type == Boolean.class) {
      return chance(in, 50);
    } else if (type == LocalDate.class) {
      return GenSupport.dates().generate(in);
    } else if (type == Ags.class) {
      return RegionGenerators.municipalityAgs().generate(in);
    } else if (type == Ars.class) {
      return RegionGenerators.municipalityArs().generate(in);
    } else if (type.isEnum()) {
      return GenSupport.pick(in, (Class) type);
    } else if (META.containsKey(type)) {
      return generate(META.get(type), in);
    }
    throw new IllegalStateException(t + "." + p.name() + ": no generator for the element type " + type.getName()
        + "; add one to MetaGenerators");
  }

  @SuppressWarnings("unchecked")
  private static <T, B> void set(MetaProperty<T, B> p, B b, Object value) {
    if (p.kind() == MetaProperty.Kind.OPTIONAL) {
      ((Optional<?>) value).ifPresent(v -> p.setter().accept(b, v));
    } else {
      p.setter().accept(b, value);
    }
  }

  /**
   * A generator whose values are {@linkplain #complete completed}: what the hand-written generator
   * leaves to the metamodel is filled in.
   */
  static <T> Gen<T> completing(Gen<T> gen) {
    return in -> complete(gen.generate(in), HAND, in);
  }

  /**
   * The value (a model value or a list of them) with every attribute not in {@code hand} generated
   * from the metamodel, at every depth; the attributes in {@code hand} keep their values. A value
   * whose type (and nested types) has only hand-generated attributes is returned as it is, without
   * drawing from {@code in}.
   */
  @SuppressWarnings("unchecked")
  static <V> V complete(V value, Set<String> hand, RandomnessSource in) {
    return (V) completeAny(value, hand, in, new HashMap<>());
  }

  private static Object completeAny(Object value, Set<String> hand, RandomnessSource in, Map<Class<?>, Boolean> memo) {
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<?>) value) {
        out.add(completeAny(o, hand, in, memo));
      }
      return out;
    }
    MetaType<?, ?> t = META.get(value.getClass());
    if (t == null || !needsCompletion(t, hand, memo, new HashSet<>())) {
      return value;
    }
    return completeValue(t, value, hand, in, memo);
  }

  @SuppressWarnings("unchecked")
  private static <T, B> T completeValue(MetaType<T, B> t, Object v, Set<String> hand, RandomnessSource in,
      Map<Class<?>, Boolean> memo) {
    T value = (T) v;
    B b = t.newBuilder().get();
    List<String> generated = new ArrayList<>();
    for (MetaProperty<T, B> p : t.properties()) {
      Object x = p.getter().apply(value);
      if (!hand.contains(t + "." + p.name())) {
        x = attribute(t, p, in);
        generated.add(p.name());
      } else if (x instanceof Optional) {
        x = ((Optional<?>) x).map(o -> completeAny(o, hand, in, memo));
      } else if (x instanceof Map) {
        Map<Object, Object> m = new LinkedHashMap<>();
        ((Map<?, ?>) x).forEach((k, e) -> m.put(k, completeAny(e, hand, in, memo)));
        x = m;
      } else {
        x = completeAny(x, hand, in, memo);
      }
      set(p, b, x);
    }
    return build(t, b, generated.isEmpty() ? "" : " for " + generated);
  }

  private static boolean needsCompletion(MetaType<?, ?> t, Set<String> hand, Map<Class<?>, Boolean> memo,
      Set<Class<?>> visiting) {
    Boolean known = memo.get(t.type());
    if (known != null) {
      return known;
    }
    if (!visiting.add(t.type())) {
      return false;
    }
    boolean needs = false;
    for (MetaProperty<?, ?> p : t.properties()) {
      MetaType<?, ?> nested = META.get(p.valueType());
      if (!hand.contains(t + "." + p.name()) || nested != null && needsCompletion(nested, hand, memo, visiting)) {
        needs = true;
        break;
      }
    }
    memo.put(t.type(), needs);
    return needs;
  }
}
