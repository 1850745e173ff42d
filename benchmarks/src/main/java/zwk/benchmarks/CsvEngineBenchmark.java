// SPDX-License-Identifier: Apache-2.0
package zwk.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The measurement that chose the CSV engine of zwk-io: FastCSV 4.4.0 against Jackson's CSV module
 * 3.2.1, both tokenising the same real semicolon files (the 1.6 MB municipality register extract and
 * the 0.3 MB ffcsv fertility table) into string fields, as zwk-io's readers need them.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CsvEngineBenchmark -p dataDir=/path/to/shared/data}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvEngineBenchmark {
  /** Directory of the shared real data. */
  @Param({"../shared/data"})
  public String dataDir;

  /** File below the data directory. */
  @Param({"gv/31122021_Auszug_GV.csv", "genesis/12612-0008_geburtenziffern_ffcsv.csv"})
  public String file;

  private String text;
  private CsvMapper jackson;
  private CsvSchema schema;

  /** Loads the file once (decoding is not what is measured). */
  @Setup
  public void load() throws IOException {
    text = Files.readString(Path.of(dataDir, file), StandardCharsets.UTF_8).substring(1);
    jackson = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    schema = CsvSchema.emptySchema().withColumnSeparator(';');
  }

  /** FastCSV: total number of characters over all fields. */
  @Benchmark
  public long fastcsv() throws IOException {
    long chars = 0;
    try (CsvReader<CsvRecord> r = CsvReader.builder().fieldSeparator(';')
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .ofCsvRecord(new StringReader(text))) {
      for (CsvRecord rec : r) {
        for (String f : rec.getFields()) {
          chars += f.length();
        }
      }
    }
    return chars;
  }

  /** Jackson CSV: total number of characters over all fields. */
  @Benchmark
  public long jackson() throws IOException {
    long chars = 0;
    try (MappingIterator<String[]> it = jackson.readerFor(String[].class).with(schema)
        .readValues(new StringReader(text))) {
      while (it.hasNext()) {
        for (String f : it.next()) {
          chars += f.length();
        }
      }
    }
    return chars;
  }
}
