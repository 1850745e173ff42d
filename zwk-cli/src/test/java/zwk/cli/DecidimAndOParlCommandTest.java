// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwk.io.csv.CsvReadOptions;
import zwk.io.csv.CsvRow;
import zwk.io.csv.CsvRows;
import zwk.io.json.ZwkJson;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.strategy.MunicipalStrategy;

/** {@code zwk convert --profile decidim} and {@code zwk oparl} on Decidim's and OParl's own files (zwk-io test data). */
class DecidimAndOParlCommandTest {
  private static final Path DATA = Path.of("../zwk-io/src/test/resources/zwk/io");

  private static List<List<String>> cells(Path p) throws Exception {
    List<List<String>> out = new ArrayList<>();
    try (CsvRows rows = CsvRows.open(Files.newInputStream(p), p.toString(), CsvReadOptions.defaults())) {
      for (CsvRow r : rows) {
        out.add(r.fields());
      }
    }
    return out;
  }

  @Test
  void decidimExportInAndBackOut(@TempDir Path dir) throws Exception {
    Path base = dir.resolve("base.json");
    Files.writeString(base, "{\"format\":\"zwk.strategy\",\"version\":1,\"municipality\":{\"ags\":\"05315000\",\"name\":\"Köln\"}}");
    Path strategy = dir.resolve("strategy.json");
    Path fixture = DATA.resolve("decidim/valid_result.csv");
    CliRun in = CliRun.of("--lang", "en", "convert", "--profile", "decidim", fixture.toString(), strategy.toString(),
        "--into", base.toString(), "--title-locale", "en", "--category-map", "9=wohnen", "--status-map", "status_0=on_hold");
    assertEquals(0, in.code(), in.toString());
    assertTrue(in.err().contains("decidim: 39 result(s) read"), in.err());
    List<Measure> ms = ZwkJson.read(strategy, MunicipalStrategy.class).plan().get().measures();
    assertEquals(39, ms.size());
    assertEquals(27, ms.stream().filter(m -> m.parentId().isPresent()).count());
    Measure r290 = ms.stream().filter(m -> m.id().equals("decidim-290")).findFirst().get();
    assertEquals(MeasureStatus.ON_HOLD, r290.status());
    assertEquals(List.of("wohnen"), r290.actionFieldIds());

    Path back = dir.resolve("back.csv");
    CliRun out = CliRun.of("convert", "--profile", "decidim", strategy.toString(), back.toString(),
        "--title-locale", "en", "--category-map", "9=wohnen", "--status-map", "status_0=on_hold");
    assertEquals(0, out.code(), out.toString());
    assertEquals(cells(fixture), cells(back));
  }

  @Test
  void decimalMarkOptionForTableImports(@TempDir Path dir) throws Exception {
    Path base = dir.resolve("base.json");
    Files.writeString(base, "{\"format\":\"zwk.strategy\",\"version\":1,\"municipality\":{\"ags\":\"05315000\",\"name\":\"Köln\"}}");
    Path csv = dir.resolve("measures.csv");
    Files.writeString(csv, "id;title;status;progress\nm-1;Rufbus;IN_PROGRESS;25.5\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.json");
    CliRun auto = CliRun.of("convert", csv.toString(), out.toString(), "--into", base.toString());
    assertEquals(2, auto.code(), auto.toString()); // ';' suggests a decimal comma
    CliRun point = CliRun.of("convert", csv.toString(), out.toString(), "--into", base.toString(), "--decimal-mark", "point");
    assertEquals(0, point.code(), point.toString());
    assertEquals(java.util.Optional.of(25.5),
        ZwkJson.read(out, MunicipalStrategy.class).plan().get().measures().get(0).progressPercent());
  }

  @Test
  void oparlBodiesWithRegisterMatchAndPapers() throws Exception {
    Path register = CliRun.data("gv/GV100AD_301121.ASC");
    CliRun r = CliRun.of("--lang", "en", "oparl", DATA.resolve("oparl/1.1/Body-01.json").toString(), "--register",
        register.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals("1 OParl objects read: 1 body/bodies, 0 paper(s)\n"
        + "Body Stadt Köln, kreisfreie Stadt (https://oparl.example.org/body/0)\n"
        + "  AGS 05315000  ARS 053150000000\n"
        + "  register: Köln, Stadt (05315000)\n", r.out());
    CliRun p = CliRun.of("oparl", DATA.resolve("oparl/1.0/Paper-01.json").toString(), "--format", "json");
    assertEquals(0, p.code(), p.toString());
    assertTrue(p.out().contains("\"reference\" : \"1234/2014\""), p.out());
  }

  @Test
  void oparlKeyMismatchExitsOne(@TempDir Path dir) throws Exception {
    Path body = dir.resolve("body.json");
    Files.writeString(body, "{\"id\":\"https://x.example/b\",\"type\":\"https://schema.oparl.org/1.1/Body\",\"name\":\"B\","
        + "\"ags\":\"05315000\",\"rgs\":\"051110000000\"}");
    CliRun r = CliRun.of("--lang", "en", "oparl", body.toString());
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.out().contains("note: mismatch: ags 05315000 and rgs 051110000000"), r.out());
    CliRun bad = CliRun.of("oparl", "http://127.0.0.1:9/none", "--timeout", "2");
    assertEquals(2, bad.code(), bad.toString());
  }
}
