// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwk.io.json.ZwkJson;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Toolbox;

/** {@code zwk convert} between the bundled JSON samples and zwk-io's CSV tables. */
class ConvertCommandTest {

  @Test
  void toolboxRoundTripIsByteIdentical(@TempDir Path dir) throws Exception {
    Path json = SampleFiles.toolbox(dir);
    Path csv = dir.resolve("toolbox.csv");
    Path back = dir.resolve("back.json");
    assertEquals(0, CliRun.of("convert", json.toString(), csv.toString()).code());
    Toolbox toolbox = ZwkJson.read(json, Toolbox.class);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals(toolbox.tools().size() + 1, lines.size(), "one row per tool");
    assertTrue(lines.get(0).startsWith("id,title,kind"), lines.get(0));
    CliRun r = CliRun.of("convert", csv.toString(), back.toString(), "--into", json.toString());
    assertEquals(0, r.code(), r.toString());
    assertArrayEquals(Files.readAllBytes(json), Files.readAllBytes(back));
  }

  @Test
  void measuresOutOfAndBackIntoTheStrategy(@TempDir Path dir) throws Exception {
    Path json = SampleFiles.barleben(dir);
    Path csv = dir.resolve("measures.csv");
    Path back = dir.resolve("back.json");
    CliRun out = CliRun.of("convert", json.toString(), csv.toString(), "--profile", "excel-de");
    assertEquals(0, out.code(), out.toString());
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    // SampleStrategies: m-rufbus, 90,000.00 EUR, 50 %, 01.06.2023 – 31.05.2025; German headers under excel-de
    assertTrue(text.contains("m-rufbus;WP-01;;Rufbus für Abend und Wochenende;;mobility;bauamt;01.06.2023;31.05.2025;"
        + "IN_PROGRESS;50;;90000,00;nein\r\n"), text);
    CliRun in = CliRun.of("convert", csv.toString(), back.toString(), "--into", json.toString());
    assertEquals(0, in.code(), in.toString());
    assertEquals(ZwkJson.read(json, MunicipalStrategy.class), ZwkJson.read(back, MunicipalStrategy.class));
  }

  @Test
  void editedMeasureRowIsMergedByExternalId(@TempDir Path dir) throws Exception {
    Path json = SampleFiles.barleben(dir);
    Path csv = dir.resolve("measures.csv");
    assertEquals(0, CliRun.of("convert", json.toString(), csv.toString()).code());
    String edited = Files.readString(csv).replace("IN_PROGRESS,50,", "IN_PROGRESS,75,");
    Files.writeString(csv, edited);
    Path back = dir.resolve("back.json");
    assertEquals(0, CliRun.of("convert", csv.toString(), back.toString(), "--into", json.toString()).code());
    MunicipalStrategy s = ZwkJson.read(back, MunicipalStrategy.class);
    assertEquals(75.0, s.plan().get().measure("m-rufbus").get().progressPercent().get());
    // fields that the table does not hold survive the merge (two implementation steps in the sample)
    assertEquals(2, s.plan().get().measure("m-rufbus").get().steps().size());
  }

  @Test
  void badCellIsExit2WithLineAndColumn(@TempDir Path dir) throws Exception {
    Path json = SampleFiles.barleben(dir);
    Path csv = dir.resolve("measures.csv");
    assertEquals(0, CliRun.of("convert", json.toString(), csv.toString()).code());
    Files.writeString(csv, Files.readString(csv).replace("IN_PROGRESS,50,", "IN_PROGRESS,150,"));
    CliRun r = CliRun.of("convert", csv.toString(), dir.resolve("x.json").toString(), "--into", json.toString());
    assertEquals(2, r.code(), r.toString());
    // m-rufbus is the first measure: line 2; progress is the 11th column
    assertTrue(r.err().contains("measures.csv") && r.err().contains("line 2, column 11"), r.err());
  }

  @Test
  void unsupportedDirectionIsBadInput(@TempDir Path dir) throws Exception {
    CliRun r = CliRun.of("convert", SampleFiles.toolbox(dir).toString(), dir.resolve("x.xml").toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains(".xml"), r.err());
  }

  @Test
  void measuresWithoutStrategyAreBadInput(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("measures.csv");
    assertEquals(0, CliRun.of("convert", SampleFiles.barleben(dir).toString(), csv.toString()).code());
    CliRun r = CliRun.of("convert", csv.toString(), dir.resolve("x.json").toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("--into"), r.err());
  }

  @Test
  void otherDocumentTypeIsRefusedAndNoOutputIsLeft(@TempDir Path dir) throws Exception {
    Path profile = Files.writeString(dir.resolve("p.json"), "{\"format\":\"zwk.profile\",\"version\":1}");
    Path csv = dir.resolve("p.csv");
    CliRun r = CliRun.of("convert", profile.toString(), csv.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("zwk.profile"), r.err());
    assertTrue(Files.notExists(csv), "no half-written output");
  }

  @Test
  void malformedOrUnknownJsonIsALocatedInputErrorAndNoOutputIsLeft(@TempDir Path dir) throws Exception {
    // line 2, column 6: a closing brace where the value of "a" should be
    Path broken = Files.writeString(dir.resolve("b.json"), "{\n\"a\": }, \"format\": \"zwk.toolbox\"}");
    Path unknown = Files.writeString(dir.resolve("u.json"), "{\"format\":\"zwk.other\",\"version\":1}");
    for (Path in : List.of(broken, unknown)) {
      Path csv = dir.resolve(in.getFileName() + ".csv");
      CliRun r = CliRun.of("convert", in.toString(), csv.toString());
      assertEquals(2, r.code(), r.toString());
      assertTrue(r.err().contains(in.toString()), r.err());
      assertTrue(Files.notExists(csv), "no half-written output");
    }
    String brokenErr = CliRun.of("convert", broken.toString(), dir.resolve("x.csv").toString()).err();
    assertTrue(brokenErr.contains(broken + ":2:6"), "file, line and column: " + brokenErr);
    String unknownErr = CliRun.of("convert", unknown.toString(), dir.resolve("y.csv").toString()).err();
    assertTrue(unknownErr.contains("'zwk.other'"), "echoes the format: " + unknownErr);
  }
}
