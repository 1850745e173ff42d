// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import zwk.io.TestData;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;

/**
 * Golden files of {@link GenesisReader#read}: every record of every real GENESIS file of
 * data/genesis, each attribute written out (the value with {@link java.math.BigDecimal#toString()},
 * so that its scale counts), and the table's metadata, notes and warnings, compared byte for byte
 * with {@code src/test/resources/golden/genesis-records/*.tsv.gz}. The files were written before
 * {@link StatisticsTable} became columnar (issue 10), so that the change could not alter a record.
 *
 * <p>Regenerate deliberately (and review the diff) with
 * {@code mvn -pl zwk-io -am test -Dtest=RecordsGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dzwk.golden.write=true}.
 */
class RecordsGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden/genesis-records");
  private static final List<String> FILES = List.of(
      "12411-0006_deutschland_altersjahre_1970-2021_mojibake.csv",
      "12411-0013_laender_altersjahre_2015-2021.csv",
      "12411-0018_kreise_2019.csv",
      "12411-02-03-5-B_kreise_2018.csv",
      "12411-08-01-4-B_kreise_2018_quotienten.csv",
      "12421-0002_vorausberechnung14_G2L2W1.csv",
      "12612-0001_lebendgeborene_ffcsv.csv",
      "12612-0008_geburtenziffern_ffcsv.csv",
      "12613-0004_sterbefaelle_altersjahre.csv",
      "sterbetafel_2018-2020_deutschland.csv");

  private static String opt(Optional<?> o) {
    return o.map(String::valueOf).orElse("∅");
  }

  static String render(StatisticsTable t) {
    StringBuilder b = new StringBuilder();
    b.append("source\t").append(t.source()).append('\n');
    b.append("tableCode\t").append(opt(t.tableCode())).append('\n');
    b.append("title\t").append(opt(t.title())).append('\n');
    t.notes().forEach(n -> b.append("note\t").append(n).append('\n'));
    t.warnings().forEach(w -> b.append("warning\t").append(w.message(Locale.GERMAN)).append('\n'));
    b.append("zeroRegions\t").append(t.regionKeysWithOnlyZeroCells()).append('\n');
    for (StatisticsRecord r : t.records()) {
      b.append(r.line()).append('\t').append(r.regionKey()).append('\t').append(opt(r.ags())).append('\t')
          .append(opt(r.ars())).append('\t').append(r.regionName()).append('\t').append(r.time()).append('\t')
          .append(opt(r.referenceDate())).append('\t').append(opt(r.year())).append('\t').append(opt(r.sex()))
          .append('\t').append(opt(r.age())).append('\t').append(opt(r.nationality())).append('\t')
          .append(r.dimensions()).append('\t').append(r.variable()).append('\t').append(opt(r.unit())).append('\t')
          .append(opt(r.value())).append('\t').append(r.state()).append('\n');
    }
    return b.toString();
  }

  @TestFactory
  Stream<DynamicTest> everyRealFileReadsToTheSameRecords() {
    boolean write = Boolean.getBoolean("zwk.golden.write");
    return FILES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      byte[] now = render(GenesisReader.read(TestData.file("genesis/" + name))).getBytes(StandardCharsets.UTF_8);
      Path golden = DIR.resolve(name.replace(".csv", ".tsv.gz"));
      if (write) {
        Files.createDirectories(DIR);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(golden))) {
          out.write(now);
        }
      }
      assertTrue(Files.isRegularFile(golden), "golden file missing: " + golden.toAbsolutePath());
      assertArrayEquals(gunzip(golden), now, name);
    }));
  }

  private static byte[] gunzip(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }
}
