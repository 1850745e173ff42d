// SPDX-License-Identifier: Apache-2.0
package zwk.model.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The standard catalogue comes from the versioned resource, not from code. */
class ActionFieldCatalogueResourceTest {

  @Test
  void theCatalogueHoldsTheThirteenToolboxThemesThenTheFieldsOfTheModelMunicipalities() {
    // docs/design.md, glossary "Handlungsfeld": the toolbox's 13 themes in this order, then the
    // fields the seeds name (Mobilität … Senioren)
    List<String> expected = List.of("Öffentlichkeitsarbeit", "Wohnen", "Intra- und interkommunale Kooperation",
        "Digitalisierung", "Demokratieförderung", "Bürgerbeteiligung", "Bürgerschaftliches Engagement",
        "Begegnung, Beratung und Selbsthilfe", "Fördermittel", "Gesundheit und Pflege", "Arbeit und Wirtschaft",
        "Demografiestrategie", "Integration",
        "Mobilität", "Bildung", "Freizeit", "Quartiersentwicklung", "Leerstandsaktivierung", "Daseinsvorsorge",
        "Fachkräftesicherung", "Gleichstellung", "Kinder, Jugend und Familie", "Senioren");
    assertEquals(expected, ActionFields.all().stream().map(ActionField::germanLabel).collect(Collectors.toList()));
    assertTrue(ActionFields.all().stream().allMatch(ActionField::standard));
    assertEquals(1, ActionFields.version());
  }

  @Test
  void constantsAreTheResourcesEntries() {
    assertSame(ActionFields.HEALTH_CARE, ActionFields.byId("health-care").orElseThrow());
    assertEquals("Health and care", ActionFields.HEALTH_CARE.label(Locale.ENGLISH));
    assertSame(ActionFields.SENIORS, ActionFields.parse("Senior citizens").orElseThrow());
    assertTrue(ActionFields.byId("no-such-field").isEmpty());
  }
}
