// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zwk.model.meta.MetaProperty;
import zwk.model.plan.Measure;
import zwk.model.region.Municipality;
import zwk.model.toolbox.Tool;

/**
 * The flat tables against the metamodel they are derived from ({@link TableLayout}): every
 * attribute of the row type is in the table or left out with a reason, every derived column has a
 * German header (a new attribute gets a column automatically, and this test names it until its
 * header is given), and the columns are the documented ones (the expectation below is written from
 * the tables' Javadoc, not from the layouts).
 */
class TableCoverageTest {

  private static final List<TableLayout<?, ?>> LAYOUTS =
      List.of(MeasureTable.LAYOUT, ToolTable.LAYOUT, MunicipalityTable.LAYOUT);

  @Test
  void everyAttributeIsInTheTableOrLeftOutWithAReason() {
    for (TableLayout<?, ?> l : LAYOUTS) {
      List<String> attributes = new ArrayList<>();
      l.meta().properties().forEach(p -> attributes.add(p.name()));
      Set<String> covered = new HashSet<>(l.omitted().keySet());
      l.slots().forEach(s -> assertTrue(covered.add(s.property.name()), l.meta() + "." + s.property.name() + " twice"));
      assertEquals(new HashSet<>(attributes), covered, l.meta() + ": attributes vs. table");
      l.omitted().forEach((a, reason) -> assertTrue(!reason.isBlank(), l.meta() + "." + a + ": no reason"));
      Set<String> ids = new HashSet<>();
      l.columns().forEach(c -> assertTrue(ids.add(c.id()), l.meta() + ": column " + c.id() + " twice"));
    }
  }

  @Test
  void everyDerivedColumnHasAGermanHeader() {
    List<String> missing = new ArrayList<>();
    LAYOUTS.forEach(l -> missing.addAll(l.missingGermanHeaders()));
    assertEquals(List.of(), missing,
        "columns derived from new attributes without a German header (give it with .german(...) in the table's LAYOUT)");
  }

  @Test
  void theColumnsAreTheDocumentedOnes() {
    assertEquals(List.of("id* ID", "external_id Externe ID", "parent_id Übergeordnete ID", "title* Titel",
        "description Beschreibung", "action_fields Handlungsfelder", "lead_department Federführung", "start Beginn",
        "end Ende", "status Status", "progress Fortschritt", "weight Gewichtung", "budget_eur Budget EUR",
        "no_cost Kostenneutral"), describe(MeasureTable.COLUMNS));
    assertEquals(List.of("id* ID", "title* Titel", "kind* Art", "problem Problemstellung", "description Beschreibung",
        "origin_ags AGS Herkunft", "origin_name Herkunftskommune", "action_fields Handlungsfelder",
        "keywords Schlagworte", "target_groups Zielgruppen", "suitable_sizes Gemeindegrößen",
        "suitable_types Gemeindetypen", "effort Aufwand", "transferability Übertragbarkeit", "url URL",
        "sources Quellen"), describe(ToolTable.COLUMNS));
    assertEquals(List.of("ags AGS", "ars ARS", "name* Name", "type Typ", "population Einwohner",
        "population_male Einwohner männlich", "population_female Einwohner weiblich",
        "population_date Stichtag Einwohner", "area_km2 Fläche km²", "postcode PLZ", "latitude Breitengrad",
        "longitude Längengrad", "cluster Cluster"), describe(MunicipalityTable.COLUMNS));
    // the Decidim names of the Maßnahmenliste are accepted on import
    assertTrue(MeasureTable.COLUMNS.get(7).matches("start_date"));
    assertTrue(MeasureTable.COLUMNS.get(5).matches("category/id"));
  }

  private static List<String> describe(List<Column> columns) {
    List<String> out = new ArrayList<>();
    columns.forEach(c -> out.add(c.id() + (c.required() ? "*" : "") + " " + c.german()));
    return out;
  }

  @Test
  void derivedIdsAreTheAttributeNamesInSnakeCase() {
    assertEquals("population_male", TableLayout.snakeCase("populationMale"));
    assertEquals("area_km2", TableLayout.snakeCase("areaKm2"));
    assertEquals("id", TableLayout.snakeCase("id"));
  }

  @Test
  void theOverrideLayerRejectsUnknownAttributesAndAttributesWithoutAnEncoding() {
    IllegalStateException stale = assertThrows(IllegalStateException.class,
        () -> TableLayout.of(Tool.class).german("colour", "Farbe"));
    assertEquals("Tool.colour: no such attribute in the metamodel", stale.getMessage());
    IllegalStateException header = assertThrows(IllegalStateException.class,
        () -> TableLayout.of(Tool.class).german("url", "URL").omit("url", "test").build());
    assertEquals("Tool.url: a header for an attribute that is left out", header.getMessage());
    // period (the first model-valued attribute) has no default cell encoding: it needs a codec or a reason
    IllegalStateException noCodec = assertThrows(IllegalStateException.class, () -> TableLayout.of(Measure.class).build());
    assertTrue(noCodec.getMessage().startsWith("Measure.period (period: DEFAULTED<Period>): no CSV encoding"),
        noCodec.getMessage());
    // with every model-valued attribute left out, the rest is derived (ids, codecs, required flags)
    TableLayout.Builder<Municipality, ?> b = TableLayout.of(Municipality.class)
        .omit("location", "test").omit("programmeMemberships", "test").omit("cluster", "test");
    TableLayout<Municipality, ?> derived = b.build();
    assertEquals("ags", derived.columns().get(0).id());
    assertTrue(derived.columns().get(2).required(), "name is required");
    assertEquals(10, derived.missingGermanHeaders().size(), derived.missingGermanHeaders().toString());
    for (TableLayout.Slot<Municipality, ?> s : derived.slots()) {
      assertTrue(s.property.kind() != MetaProperty.Kind.MAP);
    }
  }
}
