// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import zwk.model.meta.MetaProperty;
import zwk.model.meta.MetaType;
import zwk.model.sample.SampleStrategies;
import zwk.strategy.StrategyValidator;
import zwk.strategy.rule.RuleSetConfig;
import zwk.testkit.ModelGenerators;

/**
 * {@link ObjectCodec} reads the items of every array of a model type ({@code copiedList}) into a list of its {@link ReadContext} that it
 * empties and reuses after handing it to the builder's list setter; that is only right when every
 * list setter copies the items. Here each value of generated documents is rebuilt through the
 * metamodel, every list handed to its setter emptied right after the call: the rebuilt value must
 * equal the original, for every list property of every bound type.
 */
class ListSettersCopyTest {
  private final Set<String> exercised = new TreeSet<>();

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object rebuild(Object v) {
    MetaType t = ModelCodecs.metamodel().get(v.getClass());
    if (t == null) {
      return v;
    }
    Object b = t.newBuilder().get();
    for (Object o : t.properties()) {
      MetaProperty p = (MetaProperty) o;
      Object x = p.getter().apply(v);
      switch (p.kind()) {
        case OPTIONAL:
          if (((Optional) x).isPresent()) {
            p.setter().accept(b, rebuild(((Optional) x).get()));
          }
          break;
        case LIST:
          List<Object> items = new ArrayList<>();
          for (Object e : (List<?>) x) {
            items.add(rebuild(e));
          }
          p.setter().accept(b, items);
          if (!items.isEmpty()) {
            exercised.add(t + "." + p.name());
          }
          items.clear(); // what ReadContext.giveBack does before the value is built
          break;
        case MAP:
          Map<Object, Object> map = new LinkedHashMap<>();
          ((Map<?, ?>) x).forEach((k, e) -> map.put(k, rebuild(e)));
          p.setter().accept(b, map);
          break;
        default:
          p.setter().accept(b, rebuild(x));
      }
    }
    return t.build().apply(b);
  }

  private <T> void rebuildAll(Gen<T> gen, int n) {
    qt().withExamples(n).forAll(gen).checkAssert(value -> assertEquals(value, rebuild(value)));
  }

  @Test
  void everyListSetterCopiesTheItems() {
    assertEquals(SampleStrategies.barleben(), rebuild(SampleStrategies.barleben()));
    rebuildAll(ModelGenerators.strategies(), 300);
    rebuildAll(ModelGenerators.toolboxes(), 50);
    rebuildAll(ModelGenerators.programmeDirectories(), 50);
    rebuildAll(ModelGenerators.profiles(), 50);
    rebuildAll(ModelGenerators.catalogues(), 50);
    // the zwk-strategy documents: reports of generated strategies, and a rule configuration
    StrategyValidator validator = StrategyValidator.builder()
        .clock(Clock.fixed(LocalDate.of(2024, 7, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build();
    rebuildAll(ModelGenerators.strategies().map(s -> validator.validate(s)), 50);
    RuleSetConfig rules = RuleSetConfig.builder().name("Landkreis").addEnabledRules("ZWK-PLAN-001", "ZWK-PLAN-002")
        .addDisabledRules("ZWK-PLAN-003", "ZWK-PLAN-004").build();
    assertEquals(rules, rebuild(rules));
    Set<String> lists = new TreeSet<>();
    for (ObjectCodec<?, ?> c : ModelCodecs.ALL) {
      MetaType<?, ?> t = ModelCodecs.metamodel().get(c.type());
      for (MetaProperty<?, ?> p : t.properties()) {
        if (p.kind() == MetaProperty.Kind.LIST) {
          lists.add(t + "." + p.name());
        }
      }
    }
    lists.removeAll(exercised);
    assertTrue(lists.isEmpty(), "list properties that no generated value had non-empty: " + lists);
  }
}
