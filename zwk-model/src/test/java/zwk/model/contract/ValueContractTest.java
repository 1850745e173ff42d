// SPDX-License-Identifier: Apache-2.0
package zwk.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import zwk.model.catalogue.ActionField;
import zwk.model.catalogue.Actor;
import zwk.model.catalogue.ActorType;
import zwk.model.catalogue.ContactPerson;
import zwk.model.catalogue.Department;
import zwk.model.plan.Budget;
import zwk.model.profile.IndicatorValue;
import zwk.model.region.Ags;
import zwk.model.region.Municipality;
import zwk.model.region.RegisterEntry;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.strategy.MunicipalStrategy;

/** The value contract ({@link ValueContract}) for every generated value type of zwk-model. */
class ValueContractTest {

  /**
   * Attributes an invariant ties to another one, so that no single-attribute change is valid from
   * the sample; their invariants have tests of their own in {@code InvariantsTest}.
   */
  private static final Map<Class<?>, Set<String>> COUPLED = Map.of(
      // exactly one of value and notComputableReason
      IndicatorValue.class, Set.of("notComputableReason"),
      // noCost excludes a positive amount
      Budget.class, Set.of("noCost"),
      // value present exactly for NUMBER/ZERO
      StatisticsRecord.class, Set.of("state"),
      // the key must equal the municipality's ARS (and has the Satzart's length)
      RegisterEntry.class, Set.of("key", "municipality", "recordType"));

  @TestFactory
  Stream<DynamicTest> everyGeneratedTypeKeepsTheValueContract() {
    return Samples.ALL.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().getSimpleName(),
        () -> ValueContract.check(e.getValue(), COUPLED.getOrDefault(e.getKey(), Set.of()))));
  }

  /** Guards the table above: a new generated type without a sample fails here. */
  @Test
  void samplesCoverEveryGeneratedType() throws IOException {
    Path classes = Paths.get("target/classes");
    assertTrue(Files.isDirectory(classes), "run from the module directory: " + classes.toAbsolutePath());
    Set<String> generated;
    try (Stream<Path> files = Files.walk(classes)) {
      generated = files.map(p -> classes.relativize(p).toString())
          .filter(p -> p.endsWith("Def.class"))
          .map(p -> p.substring(0, p.length() - "Def.class".length()).replace('/', '.').replace('\\', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> sampled = Samples.ALL.keySet().stream().map(Class::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    // 45 since StatisticsTable became a hand-written columnar class (issue 10; StatisticsTableTest)
    assertEquals(45, generated.size(), "generated types: " + generated);
    assertEquals(generated, sampled);
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Actor.builder().name("x").build());
    assertTrue(e.getMessage().contains("id") && e.getMessage().contains("type"), e.getMessage());
    assertFalse(e.getMessage().contains("name"), e.getMessage());
  }

  @Test
  void collectionWitherRejectsNullElements() {
    Municipality m = Samples.municipality();
    assertThrows(NullPointerException.class, () -> m.withProgrammeMemberships(java.util.Arrays.asList(
        Samples.membership(), null)));
  }

  @Test
  void toStringHasNoPersonalData() {
    ContactPerson contact = Samples.contact();
    Actor actor = Samples.actor();
    Department department = Samples.department();
    MunicipalStrategy strategy = Samples.strategy();
    for (Object o : new Object[] {contact, actor, department, strategy}) {
      String s = o.toString();
      for (String personal : new String[] {Samples.PERSON_NAME, "Mustermann", Samples.PERSON_EMAIL, "example.org",
          Samples.PERSON_PHONE, "39203"}) {
        assertFalse(s.contains(personal), o.getClass().getSimpleName() + ".toString leaks '" + personal + "': " + s);
      }
    }
    // Still useful in logs: ids and names of organisations are there.
    assertTrue(actor.toString().contains("seniorenbeirat") && actor.toString().contains("Seniorenbeirat Barleben"));
    assertTrue(department.toString().contains("bauamt"), department.toString());
    assertTrue(strategy.toString().contains("15083040") && strategy.toString().contains("Barleben"), strategy.toString());
    assertTrue(contact.toString().contains("Demografiebeauftragte"), contact.toString());
  }

  @Test
  void actorTypeInToStringIsTheOnlyClassification() {
    Actor a = Actor.builder().id("a").name("Verein").type(ActorType.VOLUNTEERS).build();
    assertEquals("Actor{a Verein (VOLUNTEERS)}", a.toString());
  }

  @Test
  void mutatedNestedValueIsNotEqual() {
    // Equality is deep: a strategy differs when a nested measure's progress differs.
    MunicipalStrategy s = Samples.strategy();
    var plan = s.plan().orElseThrow();
    var changed = s.withPlan(plan.withMeasures(plan.measures().get(0).withProgressPercent(51.0)));
    assertFalse(s.equals(changed));
    assertEquals(Samples.strategy(), s);
  }

  @Test
  void actionFieldEqualityIsByAllAttributes() {
    ActionField a = ActionField.builder().id("dorfladen").germanLabel("Dorfladen").build();
    assertEquals("Dorfladen", a.englishLabel(), "English label falls back to German");
    assertFalse(a.equals(a.withEnglishLabel("Village shop")));
    assertEquals(Ags.of("15083040"), Samples.municipality().ags().orElseThrow());
  }
}
