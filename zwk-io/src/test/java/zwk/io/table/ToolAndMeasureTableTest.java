// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import zwk.io.csv.CsvExportProfile;
import zwk.model.catalogue.TargetGroup;
import zwk.model.common.Period;
import zwk.model.common.Source;
import zwk.model.plan.Budget;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.region.Ags;
import zwk.model.region.MunicipalityType;
import zwk.model.toolbox.Effort;
import zwk.model.toolbox.SizeClass;
import zwk.model.toolbox.Tool;
import zwk.model.toolbox.ToolKind;
import zwk.model.toolbox.Transferability;

class ToolAndMeasureTableTest {

  private static <T> Gen<Optional<T>> opt(Gen<T> g) {
    return g.zip(integers().between(0, 2), (v, i) -> i == 0 ? Optional.<T>empty() : Optional.of(v));
  }

  private static Gen<List<String>> textList() {
    return lists().of(NastyText.nonEmpty().mix(Generate.constant(""), 10)).ofSizeBetween(0, 3);
  }

  private static Gen<Tool> tools() {
    Gen<Tool> base = NastyText.nonBlank().zip(NastyText.nonBlank(), Generate.enumValues(ToolKind.class),
        opt(NastyText.nonEmpty()), opt(NastyText.nonEmpty()),
        (id, title, kind, problem, desc) -> Tool.builder().id(id).title(title).kind(kind).problem(problem)
            .description(desc).build());
    return base.zip(textList(), textList(), lists().of(Generate.enumValues(TargetGroup.class)).ofSizeBetween(0, 3),
        lists().of(Generate.enumValues(SizeClass.class)).ofSizeBetween(0, 2),
        (t, fields, keywords, groups, sizes) -> t.withActionFieldIds(fields).withKeywords(keywords)
            .withTargetGroups(groups).withSuitableSizes(sizes))
        .zip(lists().of(Generate.enumValues(MunicipalityType.class)).ofSizeBetween(0, 2),
            opt(Generate.enumValues(Effort.class)).zip(opt(Generate.enumValues(Transferability.class)),
                (e, tr) -> new Object[] {e, tr}),
            opt(NastyText.nonEmpty()), integers().between(0, 3),
            (t, types, et, url, k) -> t.withSuitableTypes(types).withEffort(effort(et))
                .withTransferability(transfer(et)).withUrl(url)
                .withOriginAgs(k == 0 ? Optional.empty() : Optional.of(Ags.of(k == 1 ? "01001000" : "16077")))
                .withOriginName(k == 2 ? Optional.empty() : url))
        .zip(lists().of(sources()).ofSizeBetween(0, 3), Tool::withSources);
  }

  /** Citations with nasty text in every field, absent and empty fields kept apart. */
  private static Gen<Source> sources() {
    return NastyText.nonEmpty().mix(Generate.constant(""), 10).zip(opt(NastyText.nonEmpty().mix(Generate.constant(""), 10)),
        opt(NastyText.nonEmpty()), opt(NastyText.nonEmpty().mix(Generate.constant("a=b|c\\d"), 20)),
        (title, url, publisher, edition) -> Source.builder().title(title).url(url).publisher(publisher)
            .edition(edition).build());
  }

  @SuppressWarnings("unchecked")
  private static Optional<Effort> effort(Object[] pair) {
    return (Optional<Effort>) pair[0];
  }

  @SuppressWarnings("unchecked")
  private static Optional<Transferability> transfer(Object[] pair) {
    return (Optional<Transferability>) pair[1];
  }

  private static Gen<Measure> measures() {
    Gen<Measure> base = NastyText.nonBlank().zip(NastyText.nonBlank(), opt(NastyText.nonEmpty()),
        opt(NastyText.nonEmpty()), opt(NastyText.nonEmpty()),
        (id, title, ext, parent, desc) -> Measure.builder().id(id).title(title).externalId(ext)
            .parentId(parent.filter(p -> !p.equals(id))).description(desc).build());
    Gen<Optional<Budget>> budgets = integers().between(0, 4).zip(integers().between(0, 10_000_000),
        (k, v) -> k == 0 ? Optional.<Budget>empty() : k == 1 ? Optional.of(Budget.none())
            : k == 2 ? Optional.of(Budget.builder().build())
            : Optional.of(Budget.builder().amountEur(BigDecimal.valueOf(v, 2)).build()));
    return base.zip(textList(), opt(NastyText.nonEmpty()), Generate.enumValues(MeasureStatus.class),
        integers().between(-1, 10000), (m, fields, lead, status, progress) -> m.withActionFieldIds(fields)
            .withLeadDepartmentId(lead).withStatus(status)
            .withProgressPercent(progress < 0 ? Optional.empty() : Optional.of(progress / 100.0)))
        .zip(integers().between(-1, 5000), integers().between(0, 2000), budgets, integers().between(-1, 1000),
            (m, start, length, budget, weight) -> m
                .withPeriod(start < 0 ? Period.builder().build()
                    : start % 3 == 0 ? Period.builder().start(LocalDate.of(2020, 1, 1).plusDays(start)).build()
                    : Period.of(LocalDate.of(2020, 1, 1).plusDays(start), LocalDate.of(2020, 1, 1).plusDays(start + length)))
                .withBudget(budget)
                .withWeight(weight < 0 ? Optional.empty() : Optional.of(weight / 8.0)));
  }

  private static List<Tool> roundTripTools(List<Tool> tools, CsvExportProfile p) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ToolTable.write(tools, out, p);
    return ToolTable.read(new ByteArrayInputStream(out.toByteArray()), "t.csv", CsvImportOptions.forProfile(p)).rows();
  }

  private static List<Measure> roundTripMeasures(List<Measure> ms, CsvExportProfile p) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MeasureTable.write(ms, out, p);
    return MeasureTable.read(new ByteArrayInputStream(out.toByteArray()), "m.csv", CsvImportOptions.forProfile(p)).rows();
  }

  private static <T> List<T> uniqueBy(List<T> items, java.util.function.Function<T, String> id) {
    List<T> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (T t : items) {
      if (seen.add(id.apply(t))) {
        out.add(t);
      }
    }
    return out;
  }

  @Test
  void toolsRoundTripThroughEveryProfile() {
    for (CsvExportProfile p : CsvExportProfile.values()) {
      qt().withExamples(300).forAll(lists().of(tools()).ofSizeBetween(0, 5).map(l -> uniqueBy(l, Tool::id)))
          .checkAssert(ts -> assertEquals(ts, roundTripTools(ts, p)));
    }
  }

  @Test
  void sourceCellsAreReadableAndBadOnesAreRejectedWithTheirLine() {
    // Written by hand from the SourceCodec format: fields tagged, items joined by |, an inner | escaped.
    Source s = Source.builder().title("Kinderstadtplan").url("https://example.org/k").edition("2023-11").build();
    assertEquals("title=Kinderstadtplan\\|url=https://example.org/k\\|edition=2023-11", SourceCodec.join(List.of(s)));
    assertEquals(List.of(s), SourceCodec.split("title=Kinderstadtplan\\|url=https://example.org/k\\|edition=2023-11"));
    String csv = "id,title,kind,sources\n"
        + "a,A,VIDEO,title=T\n"
        + "b,B,VIDEO,url=https://example.org\n"
        + "c,C,VIDEO,autor=X\n";
    ImportResult<Tool> r = ToolTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv",
        CsvImportOptions.defaults().withMode(ImportMode.COLLECT_AND_CONTINUE));
    assertEquals(List.of(Source.builder().title("T").build()), r.rows().get(0).sources());
    assertEquals(2, r.rejections().size());
    assertEquals(3, r.rejections().get(0).line());
    assertTrue(r.rejections().get(0).reason().contains("title="), r.rejections().get(0).reason());
    assertEquals(4, r.rejections().get(1).line());
    assertTrue(r.rejections().get(1).reason().contains("autor=X"), r.rejections().get(1).reason());
  }

  @Test
  void measuresRoundTripThroughEveryProfile() {
    for (CsvExportProfile p : CsvExportProfile.values()) {
      qt().withExamples(300).forAll(lists().of(measures()).ofSizeBetween(0, 5).map(l -> uniqueBy(l, Measure::id)))
          .checkAssert(ms -> assertEquals(ms, roundTripMeasures(ms, p)));
    }
  }

  @Test
  void excelEditedMeasuresUpdateByExternalIdInsteadOfDuplicating() {
    Measure a = Measure.builder().id("m-1").externalId("X-1").title("Seniorenbeirat").goalIds(List.of("g-1"))
        .toolIds(List.of("kinderstadtplan")).build();
    Measure b = Measure.builder().id("m-2").title("Dorfladen").build();
    // What Excel gives back (German headers, Decidim-like names, decimal comma): m-1 renamed via its
    // external id under a new internal id, m-2 updated by id, one new row.
    String csv = "\uFEFFID;Externe ID;Titel;Status;Fortschritt;Budget EUR;Beginn;Ende\r\n"
        + "neu-7;X-1;Seniorenbeirat gründen;in Umsetzung;40;1500,50;01.03.2024;31.12.2025\r\n"
        + "m-2;;Dorfladen;abgeschlossen;100;;;\r\n"
        + "m-3;;Mitfahrbank;geplant;;;;\r\n";
    List<Measure> imported = MeasureTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "edit.csv",
        CsvImportOptions.defaults()).rows();
    List<Measure> merged = MeasureTable.merge(List.of(a, b), imported);
    assertEquals(3, merged.size());
    Measure a2 = merged.get(0);
    assertEquals("m-1", a2.id());
    assertEquals("Seniorenbeirat gründen", a2.title());
    assertEquals(MeasureStatus.IN_PROGRESS, a2.status());
    assertEquals(Optional.of(40.0), a2.progressPercent());
    assertEquals(Optional.of(new BigDecimal("1500.50")), a2.budget().get().amountEur());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), a2.period().start());
    assertEquals(List.of("g-1"), a2.goalIds());
    assertEquals(List.of("kinderstadtplan"), a2.toolIds());
    assertEquals(MeasureStatus.COMPLETED, merged.get(1).status());
    assertEquals("m-3", merged.get(2).id());
  }

  @Test
  void toolsWithDuplicateIdAreRejected() {
    String csv = "id,title,kind\nt1,Kinderstadtplan,CONCEPT\nt1,Doppelt,Konzept\nt2,Video,unbekannt\n";
    ImportResult<Tool> r = ToolTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv",
        CsvImportOptions.defaults().withMode(ImportMode.COLLECT_AND_CONTINUE));
    assertEquals(1, r.rows().size());
    assertEquals(List.of(3L, 4L), List.of(r.rejections().get(0).line(), r.rejections().get(1).line()));
    assertTrue(r.rejections().get(1).reason().startsWith("kind: expected one of"));
  }

  @Test
  void listCodecIsReversible() {
    qt().forAll(textList()).checkAssert(l -> assertEquals(l, ListCodec.split(ListCodec.join(l))));
    assertEquals("a\\|b|\\_|c\\\\", ListCodec.join(List.of("a|b", "", "c\\")));
  }
}
