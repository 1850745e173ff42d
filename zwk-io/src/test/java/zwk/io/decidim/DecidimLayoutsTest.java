// SPDX-License-Identifier: Apache-2.0
package zwk.io.decidim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvReadOptions;
import zwk.io.json.JsonSyntaxException;
import zwk.io.table.CsvImportException;
import zwk.io.table.CsvImportOptions.DecimalMark;
import zwk.io.table.ImportMode;
import zwk.io.table.ImportResult;
import zwk.io.table.RowRejection;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;

/** The older import layout, JSON, dates, decimal marks and errors; expectations read off the inputs by hand. */
class DecidimLayoutsTest {

  static ImportResult<Measure> csv(String text, DecidimMapping m, ImportMode mode) {
    return DecidimReader.readCsv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", m,
        CsvReadOptions.defaults(), mode);
  }

  @Test
  void olderImportLayoutWithResultIdAndExternalIds() throws IOException {
    List<Measure> ms = DecidimRoundTripTest.read("/zwk/io/decidim/valid.csv", DecidimMapping.defaults().withTitleLocale("en"))
        .rows();
    assertEquals("decidim-123,decidim-ext-ext_id_2,decidim-ext-ext_id_3,decidim-ext-existing_external_id,"
        + "decidim-ext-ext_id_child", DecidimRoundTripTest.ids(ms));
    Measure first = ms.get(0);
    assertEquals("Basic reference salary", first.title());
    assertEquals(Optional.of("123"), first.externalId());
    assertEquals(LocalDate.of(2017, 5, 20), first.period().start().get()); // 20/05/2017
    assertEquals(LocalDate.of(2017, 6, 30), first.period().end().get()); // 30/6/2017
    assertEquals("Salari bàsic de referència", first.externalRecord().get().fields().get("title/ca"));
    assertEquals("1", first.externalRecord().get().fields().get("category/id"));
    assertEquals(MeasureStatus.PLANNED, first.status()); // neither status nor progress
    assertEquals(Optional.of("decidim-123"), ms.get(1).parentId()); // parent_id 123
    assertEquals(Optional.of(40.0), ms.get(1).progressPercent());
    assertEquals(MeasureStatus.IN_PROGRESS, ms.get(1).status()); // status id 1 unmapped, progress 40
    assertEquals(Optional.of("decidim-ext-ext_id_3"), ms.get(4).parentId()); // parent_external_id ext_id_3
    assertEquals("1;2;4", ms.get(4).externalRecord().get().fields().get("proposal_ids"));
  }

  @Test
  void statusIdsOfTheOlderLayoutCanBeMapped() throws IOException {
    DecidimMapping m = DecidimMapping.defaults().withTitleLocale("en").withStatus("2", MeasureStatus.COMPLETED);
    List<Measure> ms = DecidimRoundTripTest.read("/zwk/io/decidim/valid.csv", m).rows();
    assertEquals(MeasureStatus.COMPLETED, ms.get(3).status()); // status id 2 despite progress 15
  }

  @Test
  void olderExportLayout() throws IOException {
    List<Measure> ms = DecidimRoundTripTest.read("/zwk/io/decidim/exported.csv", DecidimMapping.defaults()
        .withTitleLocale("es")).rows();
    assertEquals(2, ms.size());
    assertEquals("Title es", ms.get(0).title());
    assertEquals(Optional.of("Desc es"), ms.get(0).description());
    assertEquals(Optional.of(29.0), ms.get(1).progressPercent());
    assertEquals(LocalDate.of(2017, 8, 16), ms.get(1).period().start().get());
  }

  @Test
  void jsonExportAsDecidimsSerializerWritesIt() {
    String json = "[{\"id\":1,\"taxonomies\":{\"ids\":[4,5],\"names\":{\"4\":{\"en\":\"Housing\"}}},\"parent\":{\"id\":null},"
        + "\"title\":{\"en\":\"Library\",\"de\":\"Bücherei\"},\"description\":{\"de\":\"<p>Neu &amp; offen</p>\"},"
        + "\"start_date\":\"2024-01-01\",\"end_date\":null,\"status\":{\"id\":3,\"key\":\"ongoing\",\"name\":{\"en\":\"Ongoing\"}},"
        + "\"progress\":12.5,\"url\":\"https://d.example/r/1\",\"proposal_urls\":[\"https://d.example/p/7\",\"https://d.example/p/8\"]},\n"
        + "{\"id\":2,\"parent\":{\"id\":1},\"title\":{\"de\":\"Lesecafé\"},\"progress\":null}]";
    DecidimMapping m = DecidimMapping.defaults().withCategory("4", "wohnen");
    ImportResult<Measure> r = DecidimReader.readJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "t.json", m, ImportMode.ALL_OR_NOTHING);
    Measure a = r.rows().get(0);
    assertEquals("Bücherei", a.title());
    assertEquals(Optional.of("Neu & offen"), a.description());
    assertEquals(MeasureStatus.IN_PROGRESS, a.status()); // key ongoing
    assertEquals(Optional.of(12.5), a.progressPercent());
    assertEquals(List.of("wohnen"), a.actionFieldIds()); // 4 mapped, 5 reported
    assertEquals(List.of("https://d.example/p/7", "https://d.example/p/8"), a.externalRecord().get().relatedUrls());
    assertEquals("Housing", a.externalRecord().get().fields().get("taxonomies/names/4/en"));
    assertEquals(Optional.of("decidim-1"), r.rows().get(1).parentId());
    assertTrue(notes(r).contains("category/taxonomy 5 (1 result(s))"), r.warnings().toString());

    // out as Decidim JSON and back: the same measures
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DecidimWriter.writeJson(r.rows(), out, m);
    List<Measure> back = DecidimReader.readJson(new ByteArrayInputStream(out.toByteArray()), "out.json", m,
        ImportMode.ALL_OR_NOTHING).rows();
    assertEquals(r.rows(), back);
  }

  @Test
  void jsonErrorsAreLocated() {
    JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> DecidimReader.readJson(
        new ByteArrayInputStream("[{\"id\":1,\n\"title\":}]".getBytes(StandardCharsets.UTF_8)), "t.json",
        DecidimMapping.defaults(), ImportMode.ALL_OR_NOTHING));
    assertEquals(2, e.line());
    CsvImportException bad = assertThrows(CsvImportException.class, () -> DecidimReader.readJson(
        new ByteArrayInputStream("[{\"id\":1,\"title\":{\"de\":\"x\"}},\n {\"id\":2,\"title\":{\"de\":\"y\"},\"progress\":\"viel\"}]"
            .getBytes(StandardCharsets.UTF_8)), "t.json", DecidimMapping.defaults(), ImportMode.ALL_OR_NOTHING));
    RowRejection rej = bad.rejections().get(0);
    assertEquals(2, rej.line());
    assertEquals("/1/progress", rej.columnName());
  }

  @Test
  void decimalPointIsTheDefaultEvenWithSemicolonsAndCommaIsAnOption() {
    String point = "id;title/de;progress\n1;A;25.0\n2;B;46.33\n";
    assertEquals(Optional.of(46.33), csv(point, DecidimMapping.defaults(), ImportMode.ALL_OR_NOTHING).rows().get(1)
        .progressPercent());
    String comma = "id;title/de;progress\n1;A;25,5\n";
    ImportResult<Measure> r = csv(comma, DecidimMapping.defaults(), ImportMode.COLLECT_AND_CONTINUE);
    assertEquals(new RowRejection(2, 3, "progress", "progress: expected a number with a decimal point, got '25,5'"),
        r.rejections().get(0));
    assertEquals(Optional.of(25.5), csv(comma, DecidimMapping.defaults().withDecimalMark(DecimalMark.COMMA),
        ImportMode.ALL_OR_NOTHING).rows().get(0).progressPercent());
  }

  @Test
  void badCellsAreRejectedWithLineAndColumnAndNothingIsDroppedQuietly() {
    String text = "id,title/de,start_date,end_date,progress\n1,A,31/02/2020,,\n2,B,2020-01-05,2020-01-01,\n3,C,,,120\n4,D,,,\n";
    ImportResult<Measure> r = csv(text, DecidimMapping.defaults(), ImportMode.COLLECT_AND_CONTINUE);
    assertEquals(List.of(
        new RowRejection(2, 3, "start_date", "start_date: expected an existing date, got '31/02/2020'"),
        new RowRejection(3, 4, "end_date", "end_date: expected an end date not before the start date 2020-01-05, got '2020-01-01'"),
        new RowRejection(4, 5, "progress", "progress: expected a percentage 0..100, got '120'")), r.rejections());
    assertEquals(1, r.rows().size());
    assertThrows(CsvImportException.class, () -> csv(text, DecidimMapping.defaults(), ImportMode.ALL_OR_NOTHING));
  }

  @Test
  void aHeaderThatIsNotDecidimsIsRefusedAtLineOne() {
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> csv("ID;Titel\n1;A\n", DecidimMapping.defaults(), ImportMode.ALL_OR_NOTHING));
    assertEquals(CsvFormatException.Kind.BAD_HEADER, e.kind());
    assertEquals(1, e.line());
    CsvFormatException twice = assertThrows(CsvFormatException.class,
        () -> csv("id;title/de;title/de\n1;A;B\n", DecidimMapping.defaults(), ImportMode.ALL_OR_NOTHING));
    assertEquals(3, twice.column());
  }

  @Test
  void htmlBecomesText() {
    assertEquals("A & B\nzweite\nZeile\n• nein: Punkt", HtmlText.toText("<p>A &amp; B</p><p>zweite<br>Zeile</p><ul><li>• nein: Punkt</li></ul>"));
    assertEquals("x < y", HtmlText.toText("x &lt; y"));
    assertEquals("plain  text ", HtmlText.toText("plain  text ")); // no markup: unchanged
    assertEquals("", HtmlText.toText("<p></p>"));
    assertEquals("<p>a &lt; b</p><p>c</p>", HtmlText.toHtml("a < b\nc"));
  }

  /** The importer's notes, one a line (the parameter of each DECIDIM_NOTE diagnostic). */
  private static String notes(ImportResult<?> r) {
    return r.warnings().stream().map(d -> String.valueOf(d.parameters().get("note")))
        .collect(java.util.stream.Collectors.joining("\n"));
  }
}
