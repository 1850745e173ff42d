// SPDX-License-Identifier: Apache-2.0
package zwk.io.decidim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zwk.io.csv.CsvExportProfile;
import zwk.io.csv.CsvReadOptions;
import zwk.io.csv.CsvRow;
import zwk.io.csv.CsvRows;
import zwk.io.table.ImportMode;
import zwk.io.table.ImportResult;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.plan.WorkshopPlan;

/**
 * Decidim's own Accountability fixture {@code valid_result.csv} (current export layout, see the
 * README beside it) goes in and back out. Expected values are read off the fixture by hand.
 */
class DecidimRoundTripTest {
  static final String FIXTURE = "/zwk/io/decidim/valid_result.csv";

  static ImportResult<Measure> read(String resource, DecidimMapping mapping) throws IOException {
    try (InputStream in = DecidimRoundTripTest.class.getResourceAsStream(resource)) {
      return DecidimReader.readCsv(in, resource, mapping, CsvReadOptions.defaults(), ImportMode.ALL_OR_NOTHING);
    }
  }

  static Measure byExt(List<Measure> ms, String ext) {
    return ms.stream().filter(m -> m.externalId().equals(Optional.of(ext))).findFirst().orElseThrow();
  }

  @Test
  void everyResultWithItsParentStatusAndFractionalProgress() throws IOException {
    ImportResult<Measure> r = read(FIXTURE, DecidimMapping.defaults().withTitleLocale("en"));
    List<Measure> ms = r.rows();
    assertEquals(39, ms.size());
    assertTrue(r.rejections().isEmpty());
    // 9 parents (37, 41, 45, 49, 53, 57, 61, 65, 69) with 3 children each
    assertEquals(27, ms.stream().filter(m -> m.parentId().isPresent()).count());
    assertEquals(Optional.of("decidim-69"), byExt(ms, "70").parentId());
    assertEquals(Optional.of("decidim-61"), byExt(ms, "64").parentId());
    Measure p69 = byExt(ms, "69");
    assertEquals("decidim-69", p69.id());
    assertEquals(Optional.of(46.33), p69.progressPercent());
    assertEquals(Optional.of(52.67), byExt(ms, "65").progressPercent());
    assertEquals("Aut soluta.", p69.title());
    assertEquals(Optional.of("Inventore provident soluta. Optio sit sunt. Non ut hic."), p69.description());
    assertEquals(MeasureStatus.IN_PROGRESS, p69.status()); // no status, progress 46.33
    // the other locales and the original HTML are kept
    Map<String, String> f = p69.externalRecord().orElseThrow().fields();
    assertEquals("Fugiat inventore.", f.get("title/ca"));
    assertEquals("Est architecto.", f.get("title/es"));
    assertEquals("<p>Inventore provident soluta. Optio sit sunt. Non ut hic.</p>", f.get("description/en"));
    assertEquals(Optional.of("http://localhost:3000/processes/cum-odit/f/15/results/69"), p69.externalRecord().get().url());
    assertEquals("15", f.get("component/id"));
    assertEquals("2020-05-10 21:14:45 UTC", f.get("created_at"));

    Measure r291 = byExt(ms, "291");
    assertEquals("test2 ", r291.title()); // as in the file, trailing space included
    assertEquals(Optional.of("test2 test2 test2 test2 test2"), r291.description()); // &nbsp; -> space
    assertEquals("2020-05-14", r291.period().start().get().toString());
    assertEquals("2020-05-22", r291.period().end().get().toString());
    assertEquals(MeasureStatus.IN_PROGRESS, r291.status()); // status_1 is not mapped: from progress 25
    assertEquals("7", r291.externalRecord().get().fields().get("status/id"));
    assertEquals("status_1", r291.externalRecord().get().fields().get("status/key"));
    assertEquals("eaque", r291.externalRecord().get().fields().get("status/name/en"));
    assertEquals("9", r291.externalRecord().get().fields().get("scope/id"));
    assertTrue(r291.actionFieldIds().isEmpty()); // category 9 is not mapped
    String notes = notes(r);
    assertTrue(notes.contains("category/taxonomy 9 'Consequuntur ipsam et esse cupiditate.' (2 result(s))"), notes);
    assertTrue(notes.contains("status 'status_1' (1 result(s))"), notes);
    assertTrue(notes.contains("status 'status_0' (1 result(s))"), notes);
    assertTrue(notes.contains("scope/id"), notes);

    // the hierarchy is usable: parent 69's progress rolls up from its children (35 + 93 + 11) / 3
    WorkshopPlan plan = WorkshopPlan.builder().measures(ms).build();
    assertEquals(139.0 / 3, plan.progressOf("decidim-69"), 1e-9);
  }

  @Test
  void userMappingsForStatusAndCategory() throws IOException {
    DecidimMapping m = DecidimMapping.defaults().withTitleLocale("ca").withStatus("status_0", MeasureStatus.ON_HOLD)
        .withCategory("9", "wohnen");
    ImportResult<Measure> r = read(FIXTURE, m);
    assertEquals(MeasureStatus.ON_HOLD, byExt(r.rows(), "290").status());
    assertEquals(List.of("wohnen"), byExt(r.rows(), "290").actionFieldIds());
    assertEquals(List.of("wohnen"), byExt(r.rows(), "291").actionFieldIds());
    assertEquals("Fugiat inventore.", byExt(r.rows(), "69").title());
    assertFalse(notes(r).contains("category/taxonomy 9"));
  }

  @Test
  void titleLocaleMissingFallsBackAndIsReported() throws IOException {
    ImportResult<Measure> r = read(FIXTURE, DecidimMapping.defaults()); // de: not in the file
    assertEquals("Fugiat inventore.", byExt(r.rows(), "69").title()); // ca, first alphabetically
    assertTrue(notes(r).startsWith("39 result(s) have no title in 'de'"), notes(r));
  }

  @Test
  void exportGivesBackDecidimsOwnFileCellForCell() throws IOException {
    DecidimMapping mapping = DecidimMapping.defaults().withTitleLocale("en").withCategory("9", "wohnen");
    List<Measure> ms = read(FIXTURE, mapping).rows();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> notes = DecidimWriter.writeCsv(ms, out, mapping, CsvExportProfile.SEMICOLON);
    assertTrue(notes.isEmpty(), notes.toString());
    List<List<String>> original;
    try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
      original = cells(in);
    }
    List<List<String>> written = cells(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(original.get(0), written.get(0), "header");
    assertEquals(original.size(), written.size());
    for (int i = 1; i < original.size(); i++) {
      assertEquals(original.get(i), written.get(i), "row " + i);
    }
  }

  @Test
  void changedMeasuresAreWrittenWithTheirNewValues() throws IOException {
    DecidimMapping mapping = DecidimMapping.defaults().withTitleLocale("en").withCategory("9", "wohnen");
    List<Measure> ms = new ArrayList<>(read(FIXTURE, mapping).rows());
    Measure r69 = byExt(ms, "69");
    ms.set(ms.indexOf(r69), r69.withTitle("Neu").withDescription("Zeile 1\nA & B").withStatus(MeasureStatus.ON_HOLD)
        .withProgressPercent(100.0).withLeadDepartmentId("bauamt"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> notes = DecidimWriter.writeCsv(ms, out, mapping, CsvExportProfile.SEMICOLON);
    List<List<String>> written = cells(new ByteArrayInputStream(out.toByteArray()));
    List<String> h = written.get(0);
    List<String> row = written.stream().filter(c -> c.get(0).equals("69")).findFirst().orElseThrow();
    assertEquals("Neu", row.get(h.indexOf("title/en")));
    assertEquals("Fugiat inventore.", row.get(h.indexOf("title/ca")));
    assertEquals("<p>Zeile 1</p><p>A &amp; B</p>", row.get(h.indexOf("description/en")));
    assertEquals("100.0", row.get(h.indexOf("progress")));
    assertEquals("paused", row.get(h.indexOf("status/key"))); // first default key of ON_HOLD
    assertEquals("", row.get(h.indexOf("status/id")));
    assertTrue(notes.stream().anyMatch(n -> n.startsWith("status/id left empty for 1 measure(s)")), notes.toString());
    assertTrue(notes.stream().anyMatch(n -> n.startsWith("leadDepartmentId of 1 measure(s) has no Decidim column")),
        notes.toString());
    // and it reads back as written
    List<Measure> back = DecidimReader.readCsv(new ByteArrayInputStream(out.toByteArray()), "out.csv", mapping,
        CsvReadOptions.defaults(), ImportMode.ALL_OR_NOTHING).rows();
    assertEquals(MeasureStatus.ON_HOLD, byExt(back, "69").status());
    assertEquals(Optional.of("Zeile 1\nA & B"), byExt(back, "69").description());
  }

  @Test
  void zwkMeasuresExportInDecidimsLayout() {
    Measure parent = Measure.builder().id("m-1").title("Mobilität im Alter").status(MeasureStatus.IN_PROGRESS)
        .progressPercent(40.0).addActionFieldIds("mobilitaet").build();
    Measure child = Measure.builder().id("m-2").parentId("m-1").title("Rufbus").weight(2.0).build();
    DecidimMapping mapping = DecidimMapping.defaults().withCategory("12", "mobilitaet");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DecidimWriter.writeCsv(List.of(parent, child), out, mapping, CsvExportProfile.SEMICOLON);
    List<List<String>> w = cells(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(List.of("id", "category/id", "parent/id", "title/de", "start_date", "end_date", "status/id", "status/key",
        "progress", "weight", "url", "proposal_urls"), w.get(0));
    assertEquals(List.of("m-1", "12", "", "Mobilität im Alter", "", "", "", "ongoing", "40.0", "", "", ""), w.get(1));
    assertEquals(List.of("m-2", "", "m-1", "Rufbus", "", "", "", "planned", "", "2.0", "", ""), w.get(2));
  }

  static List<List<String>> cells(InputStream in) {
    List<List<String>> out = new ArrayList<>();
    try (CsvRows rows = CsvRows.open(in, "t", CsvReadOptions.defaults())) {
      for (CsvRow r : rows) {
        out.add(r.fields());
      }
    }
    return out;
  }

  static Map<String, String> nonEmpty(List<String> header, List<String> row) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (!row.get(i).isEmpty()) {
        m.put(header.get(i), row.get(i));
      }
    }
    return m;
  }

  static String ids(List<Measure> ms) {
    return ms.stream().map(Measure::id).collect(Collectors.joining(","));
  }

  /** The importer's notes, one a line (the parameter of each DECIDIM_NOTE diagnostic). */
  private static String notes(ImportResult<?> r) {
    return r.warnings().stream().map(d -> String.valueOf(d.parameters().get("note")))
        .collect(java.util.stream.Collectors.joining("\n"));
  }
}
