// SPDX-License-Identifier: Apache-2.0
package zwk.io.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zwk.io.csv.CsvFormatException;

class TypologyCsvReaderTest {
  private static TypologyTable read(String text, Charset cs) {
    return TypologyCsvReader.read(new ByteArrayInputStream(text.getBytes(cs)), "typen.csv");
  }

  @Test
  void readsKeysTypesAndNamesAsSpreadsheetsWriteThem() {
    // Windows-1252, semicolons, a Kreis key that lost its zero, a 12-digit ARS, a name column that is ignored, an empty row
    String csv = "Kennziffer;Name;Demografietyp;Bezeichnung\r\n"
        + "1001;Flensburg;7;Städte und Gemeinden mit geringer Dynamik\r\n"
        + "150830040040;Barleben;3;Prosperierende Kommunen im Umland\r\n"
        + ";;;\r\n"
        + "03153;Goslar;7;Städte und Gemeinden mit geringer Dynamik\r\n";
    TypologyTable t = read(csv, Charset.forName("windows-1252"));
    assertEquals(Map.of("01001", 7, "15083040", 3, "03153", 7), t.typeByKey());
    assertEquals(Map.of(7, "Städte und Gemeinden mit geringer Dynamik", 3, "Prosperierende Kommunen im Umland"), t.names());
    TypologyTable plain = read("ags,type\n15083,2\n", StandardCharsets.UTF_8);
    assertEquals(Map.of("15083", 2), plain.typeByKey());
    assertEquals(Map.of(), plain.names());
  }

  @Test
  void badInputIsLocated() {
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> read("AGS;Typ\n15083;drei\n", StandardCharsets.UTF_8));
    assertEquals(2, e.line());
    assertEquals(2, e.column());
    e = assertThrows(CsvFormatException.class, () -> read("AGS;Typ\n1508x;3\n", StandardCharsets.UTF_8));
    assertEquals(1, e.column());
    e = assertThrows(CsvFormatException.class, () -> read("AGS;Typ\n15083;3\n15083;4\n", StandardCharsets.UTF_8));
    assertEquals(3, e.line());
    e = assertThrows(CsvFormatException.class, () -> read("Name;Typ\nBörde;3\n", StandardCharsets.UTF_8));
    assertEquals(CsvFormatException.Kind.BAD_HEADER, e.kind());
    e = assertThrows(CsvFormatException.class,
        () -> read("AGS;Typ;Typname\n15083;3;A\n15084;3;B\n", StandardCharsets.UTF_8));
    assertEquals(3, e.line());
    assertEquals(3, e.column());
  }
}
