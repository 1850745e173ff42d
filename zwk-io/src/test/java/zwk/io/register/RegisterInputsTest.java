// SPDX-License-Identifier: Apache-2.0
package zwk.io.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import zwk.io.TestData;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvReadOptions;
import zwk.io.csv.CsvRow;
import zwk.io.csv.CsvRows;
import zwk.io.csv.TextEncoding;
import zwk.model.region.MunicipalityRegister;
import zwk.model.region.RecordType;
import zwk.model.region.RegisterEntry;

/** Registers as users have them, and what is not a register (issue 11). */
class RegisterInputsTest {
  private static final String TITLE = "Alle politisch selbständigen Gemeinden mit ausgewählten Merkmalen am 31.12.2021 (4. Quartal)";
  /** The three header lines of the whole sheet (the real layout's labels; the reader relies on "Satz-art" only). */
  private static final String[][] HEADER = {
      {"Satz-art", "Text-kenn-zeichen", "Amtlicher Regionalschlüssel (ARS)", "", "", "", "", "Gemeindename",
          "Fläche km2 1)", "Bevölkerung 2)", "", "", "", "Post-leit-zahl 3)", "Geografische Mittelpunktkoordinaten 4)", "",
          "Reisegebiete", "", "Grad der Verstädterung", ""},
      {"", "", "Land", "RB", "Kreis", "VB", "Gem", "", "", "insgesamt", "männlich", "weiblich", "je km2", "",
          "Längengrad", "Breitengrad", "Schlüssel", "Bezeichnung", "Schlüssel", "Bezeichnung"},
      {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}};
  private static final String[] FOOTNOTES = {"1) Gebietsstand 31.12.2021", "2) Bevölkerung auf Grundlage des Zensus 2011",
      "© Statistisches Bundesamt (Destatis), 2022"};

  /** The records of the real extract (line 1 is its header). */
  private static List<List<String>> records() {
    List<List<String>> rows = new ArrayList<>();
    try (CsvRows r = CsvRows.open(Files.newInputStream(TestData.file("gv/31122021_Auszug_GV.csv")), "real",
        CsvReadOptions.defaults().withSeparator(';'))) {
      r.next();
      for (CsvRow row = r.next(); row != null; row = r.next()) {
        rows.add(row.fields());
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return rows;
  }

  private static MunicipalityRegister read(byte[] bytes, String name) {
    return RegisterReader.read(new ByteArrayInputStream(bytes), name);
  }

  private static CsvFormatException fails(byte[] bytes) {
    return assertThrows(CsvFormatException.class, () -> read(bytes, "x"));
  }

  /** README: 16,060 records; population over Satzart 60 = 83,237,124. */
  private static void assertReadmeTotals(MunicipalityRegister r) {
    assertEquals(16_060, r.entries().size());
    long sum = 0;
    for (RegisterEntry e : r.entries(RecordType.MUNICIPALITY)) {
      sum += e.municipality().get().population().orElse(0L);
    }
    assertEquals(83_237_124L, sum);
    assertEquals(Optional.of(LocalDate.of(2021, 12, 31)), r.territorialDate(), "from the title line");
  }

  private static String csvLine(List<String> cells, char sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(c.indexOf(sep) >= 0 || c.indexOf('"') >= 0 ? '"' + c.replace("\"", "\"\"") + '"' : c);
    }
    return sb.append("\r\n").toString();
  }

  private static byte[] wholeSheet(char sep, Charset cs) {
    StringBuilder sb = new StringBuilder();
    List<String> title = new ArrayList<>(List.of(TITLE));
    while (title.size() < 20) {
      title.add("");
    }
    sb.append(csvLine(title, sep));
    for (String[] h : HEADER) {
      sb.append(csvLine(List.of(h), sep));
    }
    for (List<String> r : records()) {
      sb.append(csvLine(r, sep));
    }
    sb.append(csvLine(java.util.Collections.nCopies(20, ""), sep));
    for (String f : FOOTNOTES) {
      sb.append(csvLine(List.of(f), sep));
    }
    return sb.toString().getBytes(cs);
  }

  @Test
  void wholeSheetSavedAsSemicolonWindows1252() {
    assertReadmeTotals(read(wholeSheet(';', TextEncoding.WINDOWS_1252), "Auszug_GV.csv"));
  }

  @Test
  void wholeSheetSavedAsCommaUtf8() {
    assertReadmeTotals(read(wholeSheet(',', StandardCharsets.UTF_8), "Auszug_GV.csv"));
  }

  @Test
  void officialXlsxReadDirectly() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "zwk-test", "1.0");
    Worksheet cover = wb.newWorksheet("Deckblatt");
    cover.value(0, 0, "Gemeindeverzeichnis-Informationssystem GV-ISys");
    Worksheet ws = wb.newWorksheet("Onlineprodukt_Gemeinden");
    ws.value(0, 0, TITLE);
    for (int h = 0; h < 3; h++) {
      for (int c = 0; c < 20; c++) {
        if (!HEADER[h][c].isEmpty()) {
          ws.value(1 + h, c, HEADER[h][c]);
        }
      }
    }
    int r = 4;
    for (List<String> rec : records()) {
      for (int c = 0; c < 20; c++) {
        String v = rec.get(c).strip();
        if (v.isEmpty()) {
          continue;
        }
        if (c >= 8 && c <= 12 || c == 14 || c == 15) {
          // numbers as numbers, as in the official workbook: " 91 113" -> 91113, "56,73" -> 56.73
          ws.value(r, c, new BigDecimal(v.replace(" ", "").replace(',', '.')).doubleValue());
        } else {
          ws.value(r, c, v);
        }
      }
      r++;
    }
    for (String f : FOOTNOTES) {
      ws.value(++r, 0, f);
    }
    wb.finish();
    byte[] xlsx = out.toByteArray();
    MunicipalityRegister reg = read(xlsx, "Auszug_GV.xlsx");
    assertReadmeTotals(reg);
    // README: area with decimal comma "56,73" for Flensburg: a double in the sheet, 56.73 read back
    assertEquals(new BigDecimal("56.73"), reg.entries(RecordType.MUNICIPALITY).get(0).municipality().get().areaKm2().get());
  }

  @Test
  void xlsxWithoutTheSheetIsNamed() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "zwk-test", "1.0");
    wb.newWorksheet("Tabelle1").value(0, 0, "Umsatz");
    wb.finish();
    CsvFormatException e = fails(out.toByteArray());
    assertTrue(e.getMessage().contains("xlsx workbook with the sheets [Tabelle1]"), e.getMessage());
    assertEquals(1, e.line());
  }

  @Test
  void emptyAndBlankInputIsRefused() {
    for (String s : new String[] {"", "   \r\n\n", "\uFEFF\n"}) {
      CsvFormatException e = fails(s.getBytes(StandardCharsets.UTF_8));
      assertTrue(e.getMessage().startsWith("x:1:1: BAD_STRUCTURE: expected a municipality register"), e.getMessage());
    }
    // a header without records is no register either
    CsvFormatException e = fails("Satz-art;Text-kenn-zeichen;Land\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(e.getMessage().contains("expected at least one record"), e.getMessage());
  }

  private static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String n : names) {
        z.putNextEntry(new ZipEntry(n));
        z.write("x".getBytes(StandardCharsets.US_ASCII));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void otherBinariesAreNamedForWhatTheyAre() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write(1);
    }
    Object[][] cases = {
        {zip("data.csv"), "a ZIP archive"},
        {zip("META-INF/MANIFEST.MF", "a/B.class"), "a Java archive (jar)"},
        {zip("[Content_Types].xml", "word/document.xml"), "a Word document (docx)"},
        {"%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "a PDF document"},
        {new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, "an old Excel (xls)"},
        {gz.toByteArray(), "a gzip archive"},
        {new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, "binary data"}};
    for (Object[] c : cases) {
      CsvFormatException e = fails((byte[]) c[0]);
      assertTrue(e.getMessage().contains("got " + c[1]), c[1] + ": " + e.getMessage());
    }
  }

  @Test
  void lettersInAnyKeyColumnAreRefused() {
    // a Satzart-40 row (Kreis) with letters in the Gem column, which a Kreis does not use
    String csv = "Satz-art;Text-kenn-zeichen;Land;RB;Kreis;VB;Gem;Gemeindename;;insgesamt;männlich;weiblich;je km2;plz;"
        + "Längengrad;Breitengrad;key_travel;Reisegebiete;Schlüssel;Grad der Verstädterung\n"
        + "10;;1;;;;;Schleswig-Holstein;;;;;;;;;;;;\n"
        + "40;41;1;0;1;;ab;Flensburg, Stadt;;;;;;;;;;;;\n";
    CsvFormatException e = fails(csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(3, e.line());
    assertEquals(7, e.column());
    assertTrue(e.getMessage().contains("Gem: expected 1-3 digits, got 'ab'"), e.getMessage());
    // GV100AD: the Kreis record of Flensburg with letters at positions 16-18 (the Gemeinde, unused by Satzart 40)
    String asc = realAscLines(2).get(1);
    String bad = asc.substring(0, 15) + "x" + asc.substring(16);
    CsvFormatException f = fails((realAscLines(1).get(0) + "\r\n" + bad + "\r\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(2, f.line());
    assertEquals(16, f.column());
  }

  private static List<String> realAscLines(int n) {
    try {
      return Files.readAllLines(TestData.file("gv/GV100AD_301121.ASC"), StandardCharsets.UTF_8).subList(0, n);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void duplicateKeyIsLocatedAtItsSecondLine() {
    String header = "Satz-art;Text-kenn-zeichen;Land;RB;Kreis;VB;Gem;Gemeindename;;insgesamt;männlich;weiblich;je km2;plz;"
        + "Längengrad;Breitengrad;key_travel;Reisegebiete;Schlüssel;Grad der Verstädterung\n";
    String land = "10;;1;;;;;Schleswig-Holstein;;;;;;;;;;;;\n";
    CsvFormatException e = fails((header + land + land).getBytes(StandardCharsets.UTF_8));
    assertEquals(3, e.line(), e.getMessage());
    assertEquals(3, e.column(), e.getMessage());
    assertTrue(e.getMessage().contains("ARS 01 again (first in line 2)"), e.getMessage());
    List<String> asc = realAscLines(2);
    CsvFormatException f = fails((asc.get(0) + "\r\n" + asc.get(1) + "\r\n" + asc.get(1) + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(3, f.line(), f.getMessage());
    assertEquals(11, f.column(), f.getMessage());
  }

  @Test
  void gv100adInvalidBytesAndReplacementCharactersAreLocated() {
    // 400 real records (88 KB): the encoding is detected as UTF-8 from the first 64 KiB; line 350 then
    // holds 0xC3 0x28 at characters 31-32 (in its name), which the incremental decoder reports there
    List<String> asc = realAscLines(400);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < asc.size(); i++) {
      byte[] line = (asc.get(i) + "\r\n").getBytes(StandardCharsets.UTF_8);
      if (i == 349) {
        line[30] = (byte) 0xC3;
        line[31] = '(';
      }
      out.writeBytes(line);
    }
    CsvFormatException e = fails(out.toByteArray());
    assertEquals(CsvFormatException.Kind.INVALID_ENCODING, e.kind());
    assertEquals(350, e.line(), e.getMessage());
    assertEquals(31, e.column(), e.getMessage());
    String damaged = asc.get(2).substring(0, 30) + "\uFFFD" + asc.get(2).substring(31);
    CsvFormatException f = fails((asc.get(0) + "\r\n" + damaged + "\r\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(2, f.line());
    assertEquals(31, f.column());
    assertTrue(f.getMessage().contains("U+FFFD"), f.getMessage());
  }
}
