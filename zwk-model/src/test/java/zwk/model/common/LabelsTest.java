// SPDX-License-Identifier: Apache-2.0
package zwk.model.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import zwk.model.catalogue.ActionField;
import zwk.model.catalogue.ActionFieldCatalogue;
import zwk.model.catalogue.ActionFields;
import zwk.model.region.FederalState;
import zwk.model.region.MunicipalityType;
import zwk.model.region.RecordType;
import zwk.model.stage.StrategyStage;

/** German and English labels and their parsing (docs/design.md rule 8). */
class LabelsTest {

  /** Every enum of zwk-model that implements {@link Labelled}, found in the compiled classes. */
  static List<Class<?>> labelledEnums() throws Exception {
    Path classes = Paths.get("target/classes");
    assertTrue(Files.isDirectory(classes), "run from the module directory: " + classes.toAbsolutePath());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (String name : files.map(p -> classes.relativize(p).toString()).filter(p -> p.endsWith(".class"))
          .filter(p -> !p.endsWith("module-info.class") && !p.endsWith("package-info.class"))
          .map(p -> p.substring(0, p.length() - 6).replace('/', '.').replace('\\', '.'))
          .sorted().collect(Collectors.toList())) {
        Class<?> c = Class.forName(name);
        if (c.isEnum() && Labelled.class.isAssignableFrom(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  @Test
  void everyLabelledEnumParsesItsNameAndBothLabels() throws Exception {
    List<Class<?>> enums = labelledEnums();
    // Counted by hand in the sources: 21 enums implement Labelled (RecordType the latest).
    assertEquals(21, enums.size(), "labelled enums: " + enums);
    assertTrue(enums.contains(RecordType.class), "RecordType is labelled: " + enums);
    for (Class<?> type : enums) {
      Method parse;
      try {
        parse = type.getMethod("parse", String.class);
      } catch (NoSuchMethodException e) {
        fail(type.getSimpleName() + " has no static parse(String)");
        return;
      }
      assertTrue(Modifier.isStatic(parse.getModifiers()) && parse.getReturnType() == type, type + ".parse");
      for (Object constant : type.getEnumConstants()) {
        Labelled l = (Labelled) constant;
        String name = ((Enum<?>) constant).name();
        assertFalse(l.germanLabel().isBlank() || l.englishLabel().isBlank(), type.getSimpleName() + "." + name);
        for (String text : new String[] {name, l.germanLabel(), l.englishLabel(), l.germanLabel().toUpperCase(Locale.ROOT),
            l.englishLabel().toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)}) {
          assertEquals(constant, parse.invoke(null, text), type.getSimpleName() + ".parse(\"" + text + "\")");
        }
        assertEquals(l.germanLabel(), l.label(Locale.GERMAN));
        assertEquals(l.englishLabel(), l.label(Locale.ENGLISH));
        assertEquals(l.germanLabel(), l.label(null), "German by default");
      }
      InvocationTargetException e = assertThrows(InvocationTargetException.class,
          () -> parse.invoke(null, "no such value ${1+1}"));
      assertTrue(e.getCause() instanceof IllegalArgumentException, type + ": " + e.getCause());
      assertTrue(e.getCause().getMessage().contains("no such value ${1+1}"), e.getCause().getMessage());
    }
  }

  @Test
  void labelsAreUnambiguousWithinAnEnum() throws Exception {
    for (Class<?> type : labelledEnums()) {
      Map<String, Object> seen = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        Labelled l = (Labelled) constant;
        for (String text : List.of(((Enum<?>) constant).name(), l.germanLabel(), l.englishLabel())) {
          Object before = seen.put(Labels.fold(text), constant);
          assertTrue(before == null || before == constant,
              type.getSimpleName() + ": '" + text + "' names both " + before + " and " + constant);
        }
      }
    }
  }

  @Test
  void foldIgnoresCaseAccentsAndPunctuation() {
    assertEquals("gesundheitundpflege", Labels.fold("Gesundheit und Pflege"));
    assertEquals("strasse", Labels.fold("Straße"));
    assertEquals("burgerbeteiligung", Labels.fold("Bürger-Beteiligung"));
    assertEquals("grossekreisstadt", Labels.fold("  GROSSE Kreisstadt! "));
  }

  @Test
  void specialParsers() {
    assertEquals(MunicipalityType.MAJOR_DISTRICT_TOWN, MunicipalityType.parse("67"));
    assertEquals(MunicipalityType.MAJOR_DISTRICT_TOWN, MunicipalityType.parse("grosse kreisstadt"));
    assertEquals(MunicipalityType.DISTRICT_FREE_CITY, MunicipalityType.parse("Kreisfreie Stadt"));
    assertEquals(MunicipalityType.DISTRICT_FREE_CITY_MUNICIPALITY, MunicipalityType.parse("61"));
    assertEquals(MunicipalityType.DISTRICT_FREE_CITY_MUNICIPALITY, MunicipalityType.ofTextCode("61"));
    assertThrows(IllegalArgumentException.class, () -> MunicipalityType.ofTextCode("59"));
    assertEquals(StrategyStage.WORKSHOP_PLAN, StrategyStage.parse("4"));
    // Satzart codes of the register as well as the labels
    assertEquals(RecordType.DISTRICT, RecordType.parse("40"));
    assertEquals(RecordType.DISTRICT, RecordType.parse(" 40 "));
    assertEquals(RecordType.DISTRICT, RecordType.parse("kreis"));
    assertEquals(RecordType.MUNICIPAL_ASSOCIATION, RecordType.parse("Municipal association"));
    assertEquals(RecordType.MUNICIPALITY, RecordType.parse("60"));
    assertEquals(RecordType.STATE, RecordType.parse("10"));
    assertEquals(RecordType.GOVERNMENT_REGION, RecordType.ofCode("20"));
    assertEquals("Gemeindeverband", RecordType.MUNICIPAL_ASSOCIATION.label(Locale.GERMAN));
    assertEquals("municipal association", RecordType.MUNICIPAL_ASSOCIATION.label(Locale.ENGLISH));
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> RecordType.parse("70"));
    assertTrue(bad.getMessage().contains("'70'"), bad.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RecordType.ofCode("Kreis"), "ofCode takes codes only");
    assertEquals(FederalState.NORDRHEIN_WESTFALEN, FederalState.parse("05"));
    assertEquals(FederalState.NORDRHEIN_WESTFALEN, FederalState.parse("nw"));
    assertEquals(FederalState.BADEN_WUERTTEMBERG, FederalState.parse("Baden-Wurttemberg"));
    assertEquals(FederalState.THUERINGEN, FederalState.parse("Thuringia"));
    assertEquals(16, FederalState.values().length);
    for (int i = 1; i <= 16; i++) {
      assertEquals(String.format("%02d", i), FederalState.values()[i - 1].code(), "codes 01..16 in order");
    }
  }

  @Test
  void actionFieldsParseIdsAndLabelsIgnoringCaseAndAccents() {
    for (ActionField f : ActionFields.all()) {
      assertEquals(f, ActionFields.parse(f.id()).orElseThrow(), f.id());
      assertEquals(f, ActionFields.parse(f.germanLabel()).orElseThrow(), f.germanLabel());
      assertEquals(f, ActionFields.parse(f.englishLabel()).orElseThrow(), f.englishLabel());
      assertEquals(f, ActionFields.parse(f.germanLabel().toUpperCase(Locale.GERMAN)).orElseThrow());
      assertEquals(f, ActionFields.byId(f.id()).orElseThrow());
    }
    assertEquals(ActionFields.MOBILITY, ActionFields.parse("mobilitat").orElseThrow());
    assertEquals(ActionFields.DEMOCRACY, ActionFields.parse("DEMOKRATIEFÖRDERUNG").orElseThrow());
    assertEquals(ActionFields.DEMOCRACY, ActionFields.parse("Demokratieforderung").orElseThrow());
    assertEquals(ActionFields.CITIZEN_PARTICIPATION, ActionFields.parse(" bürgerbeteiligung ").orElseThrow());
    assertEquals(ActionFields.HEALTH_CARE, ActionFields.parse("health and care").orElseThrow());
    assertEquals(ActionFields.CHILDREN_YOUTH_FAMILY, ActionFields.parse("Kinder, Jugend und Familie").orElseThrow());
    assertTrue(ActionFields.parse("Raumfahrt").isEmpty());
    assertTrue(ActionFields.parse(null).isEmpty());
  }

  /**
   * The standard catalogue against docs/design.md's glossary, typed here by hand: the toolbox's 13
   * themes and the fields the seeds name. Where docs/design.md abbreviates, the catalogue's fuller label
   * is accepted ("Begegnung/Beratung/Selbsthilfe" -> "Begegnung, Beratung und Selbsthilfe").
   */
  @Test
  void standardCatalogueMatchesDesign() {
    List<String> toolboxThemes = List.of("Öffentlichkeitsarbeit", "Wohnen", "Intra- und interkommunale Kooperation",
        "Digitalisierung", "Demokratieförderung", "Bürgerbeteiligung", "Bürgerschaftliches Engagement",
        "Begegnung, Beratung und Selbsthilfe", "Fördermittel", "Gesundheit und Pflege", "Arbeit und Wirtschaft",
        "Demografiestrategie", "Integration");
    List<String> seedFields = List.of("Mobilität", "Bildung", "Freizeit", "Quartiersentwicklung",
        "Leerstandsaktivierung", "Daseinsvorsorge", "Fachkräftesicherung", "Gleichstellung",
        "Kinder, Jugend und Familie", "Senioren");
    assertEquals(13, toolboxThemes.size());
    assertEquals(10, seedFields.size());
    List<String> expected = new ArrayList<>(toolboxThemes);
    expected.addAll(seedFields);
    List<String> actual = ActionFields.all().stream().map(ActionField::germanLabel).collect(Collectors.toList());
    assertEquals(expected, actual);

    Set<String> ids = new HashSet<>();
    for (ActionField f : ActionFields.all()) {
      assertTrue(ids.add(f.id()), "duplicate id " + f.id());
      assertTrue(f.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), "slug: " + f.id());
      assertTrue(f.standard(), f.id() + " is marked standard");
      assertFalse(f.englishLabel().equals(f.germanLabel()) && !f.id().equals("integration"),
          f.id() + " has its own English label");
    }
    ActionFieldCatalogue standard = ActionFieldCatalogue.standard();
    assertEquals(ActionFields.all(), standard.fields());
    assertEquals(ActionFields.HOUSING, standard.byId("housing").orElseThrow());
    assertTrue(standard.byId("Wohnen").isEmpty(), "byId looks up ids, not labels");
  }
}
