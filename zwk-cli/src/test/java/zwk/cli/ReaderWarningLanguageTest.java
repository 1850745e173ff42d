// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's warnings on stderr follow {@code --lang}: German by default, English with
 * {@code --lang en} (before or after the command), for every command that reads a population.
 */
class ReaderWarningLanguageTest {
  static final String MOJIBAKE = "genesis/12411-0006_deutschland_altersjahre_1970-2021_mojibake.csv";

  /** The English text of REPLACEMENT_CHARACTERS (diagnostics_en.properties) for a count and a line. */
  private static String english(int count, int line) {
    return "Character encoding: " + count + " replacement characters U+FFFD in the text (first on line " + line
        + "); umlauts were lost in an earlier conversion. The numbers were read.";
  }

  /** The German text (diagnostics.properties), as in the golden file 12411-0006.indicators.err. */
  private static String german(int count, int line) {
    return "Zeichenkodierung: " + count + " Ersatzzeichen U+FFFD im Text (erste in Zeile " + line
        + "); Umlaute gingen bei einer früheren Umwandlung verloren. Zahlen wurden gelesen.";
  }

  /**
   * A hand-made export: two data lines whose region names carry U+FFFD (three in all, the first
   * on line 7), numbers intact.
   */
  private static Path smallMojibakeFile(Path dir) throws Exception {
    String text = String.join("\n",
        "GENESIS-Tabelle: 12411-0018;;;;;;",
        "Bevölkerung: Kreise, Stichtag, Geschlecht, Altersgruppen;;;;;;",
        "Fortschreibung des Bevölkerungsstandes;;;;;;",
        "Bevölkerungsstand (Anzahl);;;;;;",
        ";;;männlich;männlich;weiblich;weiblich",
        ";;;unter 3 Jahre;3 Jahre und mehr;unter 3 Jahre;3 Jahre und mehr",
        "31.12.2019;1001;Flensburg, kreisfreie Stadt \uFFFD;1;2;3;4",
        "31.12.2019;1002;Kiel, kreisfreie Stadt \uFFFD\uFFFD;5;6;7;8",
        "");
    Path file = dir.resolve("fffd.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** The lines of stderr that start with {@code zwk: } (progress lines may come before them). */
  private static String warningLines(String err) {
    StringBuilder b = new StringBuilder();
    err.lines().filter(l -> l.startsWith("zwk: ")).forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  @Test
  void realMojibakeFileWarnsInEnglishWithLangEn() {
    Path file = CliRun.data(MOJIBAKE);
    // the golden German stderr of this file names 4375 replacement characters, the first on line 2
    for (String[] args : new String[][] {
        {"--lang", "en", "indicators", file.toString()},
        {"indicators", file.toString(), "--lang", "en"},
        {"--lang", "en", "population", file.toString()}}) {
      CliRun r = CliRun.of(args);
      assertEquals(0, r.code(), r.toString());
      assertEquals("zwk: " + file + ": " + english(4375, 2) + "\n", warningLines(r.err()), String.join(" ", args));
    }
  }

  @Test
  void germanStaysTheDefault() {
    Path file = CliRun.data(MOJIBAKE);
    CliRun r = CliRun.of("indicators", file.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals("zwk: " + file + ": " + german(4375, 2) + "\n", warningLines(r.err()));
    CliRun de = CliRun.of("--lang", "de", "indicators", file.toString());
    assertEquals(warningLines(r.err()), warningLines(de.err()));
  }

  @Test
  void handMadeFileCountsAndLocatesTheReplacementCharactersInEitherLanguage(@TempDir Path dir) throws Exception {
    Path file = smallMojibakeFile(dir);
    CliRun en = CliRun.of("population", file.toString(), "--lang", "en");
    CliRun de = CliRun.of("population", file.toString());
    assertTrue(en.code() == 0 && de.code() == 0, en + "\n" + de);
    assertTrue(en.err().contains("zwk: " + file + ": " + english(3, 7)), en.err());
    assertTrue(de.err().contains("zwk: " + file + ": " + german(3, 7)), de.err());
    assertEquals(de.out(), en.out(), "the long table does not depend on --lang");
  }
}
