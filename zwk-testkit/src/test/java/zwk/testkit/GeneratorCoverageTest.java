// SPDX-License-Identifier: Apache-2.0
package zwk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import zwk.model.meta.MetaProperty;
import zwk.model.meta.MetaType;
import zwk.model.meta.ModelMetamodel;

/**
 * The generators against the metamodel: over a few hundred generated documents of every kind,
 * every attribute of every model type is seen filled (an {@code Optional} present, a list or map
 * not empty; an attribute with a model default with at least two different values), and every
 * model type is generated except those listed in {@link #NOT_GENERATED}. A new attribute that no
 * generator sets fails here, so the round-trip property tests cannot miss it.
 */
class GeneratorCoverageTest {

  /** Model types the testkit has no generator for, with the reason. */
  static final Map<String, String> NOT_GENERATED = Map.of(
      "StatisticsRecord", "official statistics come from the real files (zwk-io tests on /work/shared/data)",
      "RegisterEntry", "GV-ISys register records come from the real files");

  private static final Map<Class<?>, MetaType<?, ?>> META = new HashMap<>();

  static {
    ModelMetamodel.types().forEach(t -> META.put(t.type(), t));
  }

  private final Set<Class<?>> seenTypes = new HashSet<>();
  private final Set<String> filled = new HashSet<>();
  private final Map<String, Set<Object>> defaults = new HashMap<>();

  private <T> void sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(7L).withExamples(n).forAll(gen).checkAssert(values::add);
    values.forEach(this::visit);
  }

  private void visit(Object value) {
    if (value instanceof Iterable) {
      ((Iterable<?>) value).forEach(this::visit);
      return;
    }
    MetaType<?, ?> t = META.get(value.getClass());
    if (t == null) {
      return;
    }
    seenTypes.add(t.type());
    visit(t, value);
  }

  @SuppressWarnings("unchecked")
  private <T> void visit(MetaType<T, ?> t, Object v) {
    T value = (T) v;
    for (MetaProperty<T, ?> p : t.properties()) {
      String key = t + "." + p.name();
      Object x = p.getter().apply(value);
      switch (p.kind()) {
        case REQUIRED:
          filled.add(key);
          visit(x);
          break;
        case DEFAULTED:
          defaults.computeIfAbsent(key, k -> new HashSet<>()).add(x);
          visit(x);
          break;
        case OPTIONAL:
          ((Optional<?>) x).ifPresent(o -> {
            filled.add(key);
            visit(o);
          });
          break;
        case LIST:
          if (!((List<?>) x).isEmpty()) {
            filled.add(key);
            visit(x);
          }
          break;
        case MAP:
          if (!((Map<?, ?>) x).isEmpty()) {
            filled.add(key);
            ((Map<?, ?>) x).values().forEach(this::visit);
          }
          break;
        default:
          throw new IllegalStateException(p.toString());
      }
    }
  }

  @Test
  void theListOfHandGeneratedAttributesNamesOnlyAttributesOfTheMetamodel() {
    Set<String> attributes = new HashSet<>();
    for (MetaType<?, ?> t : ModelMetamodel.types()) {
      t.properties().forEach(p -> attributes.add(t + "." + p.name()));
    }
    Set<String> stale = new TreeSet<>(MetaGenerators.handGenerated());
    stale.removeAll(attributes);
    assertEquals(Set.of(), stale, "hand-generated-attributes.txt lists attributes the metamodel does not have");
  }

  @Test
  void everyAttributeOfEveryModelTypeIsGenerated() {
    sample(ModelGenerators.strategies(), 300);
    sample(ModelGenerators.toolboxes(), 100);
    sample(ModelGenerators.profiles(), 100);
    sample(ModelGenerators.catalogues(), 100);
    sample(RegionGenerators.programmes(), 100);
    sample(ModelGenerators.programmeDirectories(), 100);
    Set<String> missingTypes = new TreeSet<>();
    Set<String> missing = new LinkedHashSet<>();
    for (MetaType<?, ?> t : ModelMetamodel.types()) {
      if (NOT_GENERATED.containsKey(t.toString())) {
        assertTrue(!seenTypes.contains(t.type()), t + " is generated: remove it from NOT_GENERATED");
        continue;
      }
      if (!seenTypes.contains(t.type())) {
        missingTypes.add(t.toString());
        continue;
      }
      for (MetaProperty<?, ?> p : t.properties()) {
        String key = t + "." + p.name();
        boolean ok = p.kind() == MetaProperty.Kind.DEFAULTED
            ? defaults.getOrDefault(key, Set.of()).size() >= 2
            : filled.contains(key);
        if (!ok) {
          missing.add(key);
        }
      }
    }
    assertEquals(Set.of(), missingTypes, "model types no generator produces");
    assertEquals(Set.of(), missing, "attributes no generator fills (defaulted: fewer than two values seen)");
  }
}
