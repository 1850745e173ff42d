// SPDX-License-Identifier: Apache-2.0
package zwk.benchmarks;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import zwk.io.csv.CsvByteWriter;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.io.csv.CsvTableWriter;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.profile.indicator.AgeBounds;
import zwk.profile.indicator.IndicatorBatch;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.indicator.Indicators;
import zwk.profile.indicator.PopulationIndicator;
import zwk.profile.indicator.PopulationSnapshot;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;

/**
 * The compute and write half of {@code zwk indicators} and {@code zwk population} in-process, on
 * the shape of the scaled workload (17 GENESIS age groups, 20 dates; 2,000 regions here, a fifth
 * of it): the standard indicator set per indicator ({@code compute(snapshot, TOTAL)}, an
 * {@link IndicatorResult} per value) against {@link IndicatorBatch}, and the long table through
 * {@link CsvTableWriter} (FastCSV, a {@code String} per cell) against {@link CsvByteWriter}
 * (cells that repeat encoded once, digits into the buffer). Output goes to a stream that counts
 * bytes and drops them.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TableOutputBenchmark -wi 3 -i 5 -f 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmn32m", "-Xmx1g"})
public class TableOutputBenchmark {
  static final int REGIONS = 2_000;
  static final int DATES = 20;
  static final BandSet BANDS = BandSet.fromLowerBounds(0, 3, 6, 10, 15, 18, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65,
      75);

  PopulationTable table;
  List<String> names;
  List<PopulationIndicator> set;

  /** Drops the bytes; keeps their number so that nothing is optimised away. */
  static final class Sink extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  @Setup
  public void setup() {
    List<String> regions = new ArrayList<>();
    names = new ArrayList<>();
    for (int i = 0; i < REGIONS; i++) {
      regions.add(String.format("%02d%06d", 1 + i % 16, i));
      names.add("Gemeinde " + i + (i % 7 == 0 ? ", Stadt" : ""));
    }
    List<LocalDate> dates = new ArrayList<>();
    for (int d = 0; d < DATES; d++) {
      dates.add(LocalDate.of(2000 + d, 12, 31));
    }
    Random rnd = new Random(1);
    PopulationTable.Builder b = PopulationTable.builder(regions, dates, BANDS);
    for (int r = 0; r < REGIONS; r++) {
      for (int d = 0; d < DATES; d++) {
        for (Sex s : new Sex[] {Sex.MALE, Sex.FEMALE}) {
          for (int band = 0; band < BANDS.size(); band++) {
            b.set(r, d, s, band, rnd.nextInt(400));
          }
        }
      }
    }
    table = b.build();
    set = Indicators.standard(AgeBounds.DESTATIS);
  }

  @Benchmark
  public void indicatorsPerIndicator(Blackhole bh) {
    for (int r = 0; r < REGIONS; r++) {
      for (int d = 0; d < DATES; d++) {
        PopulationSnapshot snap = PopulationSnapshot.of(table, table.regions().get(r), table.dates().get(d));
        for (PopulationIndicator i : set) {
          IndicatorResult res = i.compute(snap, Sex.TOTAL);
          bh.consume(res.isComputable() ? res.value() : 0);
        }
      }
    }
  }

  @Benchmark
  public void indicatorsBatch(Blackhole bh) {
    IndicatorBatch batch = IndicatorBatch.of(set, BANDS);
    double[] v = new double[batch.size()];
    for (int r = 0; r < REGIONS; r++) {
      for (int d = 0; d < DATES; d++) {
        batch.compute(table, r, d, v);
        bh.consume(v);
      }
    }
  }

  /**
   * The indicator rows as {@code zwk indicators} wrote them before: a cell and a string per value,
   * FastCSV (the values from the batch and rounded alike on both sides: only the writing differs).
   */
  @Benchmark
  public long indicatorRowsCsvTableWriter() {
    Sink sink = new Sink();
    CsvTableWriter w = new CsvTableWriter(sink, CsvExportProfile.SEMICOLON);
    IndicatorBatch batch = IndicatorBatch.of(set, BANDS);
    double[] v = new double[batch.size()];
    CsvCell[] cells = new CsvCell[3 + v.length];
    List<CsvCell> row = Arrays.asList(cells);
    for (int r = 0; r < REGIONS; r++) {
      CsvCell key = CsvCell.raw(table.regions().get(r));
      CsvCell name = CsvCell.text(names.get(r));
      for (int d = 0; d < DATES; d++) {
        batch.compute(table, r, d, v);
        cells[0] = key;
        cells[1] = name;
        cells[2] = CsvCell.raw(table.dates().get(d).toString());
        for (int k = 0; k < v.length; k++) {
          cells[3 + k] = Double.isNaN(v[k]) ? CsvCell.empty()
              : CsvCell.number(Math.round(v[k] * 10), 1);
        }
        w.row(row);
      }
    }
    w.close();
    return sink.bytes;
  }

  /** The same rows through the byte writer (decimals as unscaled longs). */
  @Benchmark
  public long indicatorRowsCsvByteWriter() {
    Sink sink = new Sink();
    CsvByteWriter w = new CsvByteWriter(sink, CsvExportProfile.SEMICOLON);
    w.header(List.of("key", "name", "date"));
    IndicatorBatch batch = IndicatorBatch.of(set, BANDS);
    double[] v = new double[batch.size()];
    byte[][] dates = new byte[DATES][];
    for (int d = 0; d < DATES; d++) {
      dates[d] = w.encode(CsvCell.raw(table.dates().get(d).toString()), 2);
    }
    for (int r = 0; r < REGIONS; r++) {
      byte[] keyName = w.encode(List.of(CsvCell.raw(table.regions().get(r)), CsvCell.text(names.get(r))), 0);
      for (int d = 0; d < DATES; d++) {
        batch.compute(table, r, d, v);
        w.encoded(keyName, 2).encoded(dates[d]);
        for (int k = 0; k < v.length; k++) {
          if (Double.isNaN(v[k])) {
            w.empty();
          } else {
            w.decimal(Math.round(v[k] * 10), 1);
          }
        }
        w.endRow();
      }
    }
    w.close();
    return sink.bytes;
  }

  /** The long table as {@code zwk population} wrote it before: a list of cells per row, FastCSV. */
  @Benchmark
  public long longTableCsvTableWriter() {
    Sink sink = new Sink();
    CsvTableWriter w = new CsvTableWriter(sink, CsvExportProfile.SEMICOLON);
    Sex[] sexes = {Sex.MALE, Sex.FEMALE, Sex.TOTAL};
    CsvCell[] row = new CsvCell[8];
    List<CsvCell> list = Arrays.asList(row);
    CsvCell number = CsvCell.raw("number");
    for (int r = 0; r < REGIONS; r++) {
      row[0] = CsvCell.raw(table.regions().get(r));
      row[1] = CsvCell.text(names.get(r));
      for (int d = 0; d < DATES; d++) {
        row[2] = CsvCell.raw(table.dates().get(d).toString());
        for (int s = 0; s < 3; s++) {
          row[3] = CsvCell.raw(sexes[s].code());
          for (int b = 0; b < BANDS.size(); b++) {
            AgeBand band = BANDS.band(b);
            row[4] = CsvCell.raw(Integer.toString(band.from()));
            row[5] = band.to().isPresent() ? CsvCell.raw(Integer.toString(band.to().getAsInt())) : CsvCell.empty();
            row[6] = CsvCell.raw(Integer.toString(table.count(r, d, sexes[s], b)));
            row[7] = number;
            w.row(list);
          }
        }
      }
    }
    w.close();
    return sink.bytes;
  }

  /** The long table as {@code zwk population} writes it now. */
  @Benchmark
  public long longTableCsvByteWriter() {
    Sink sink = new Sink();
    CsvByteWriter w = new CsvByteWriter(sink, CsvExportProfile.SEMICOLON);
    w.header(List.of("key", "name", "date", "sex", "age_from", "age_to", "value", "state"));
    Sex[] sexes = {Sex.MALE, Sex.FEMALE, Sex.TOTAL};
    int nb = BANDS.size();
    byte[][] sexBand = new byte[3 * nb][];
    for (int s = 0; s < 3; s++) {
      for (int b = 0; b < nb; b++) {
        AgeBand band = BANDS.band(b);
        sexBand[s * nb + b] = w.encode(List.of(CsvCell.raw(sexes[s].code()), CsvCell.raw(Integer.toString(band.from())),
            band.to().isPresent() ? CsvCell.raw(Integer.toString(band.to().getAsInt())) : CsvCell.empty()), 3);
      }
    }
    byte[][] dates = new byte[DATES][];
    for (int d = 0; d < DATES; d++) {
      dates[d] = w.encode(CsvCell.raw(table.dates().get(d).toString()), 2);
    }
    byte[] number = w.encode(CsvCell.raw("number"), 7);
    for (int r = 0; r < REGIONS; r++) {
      byte[] keyName = w.encode(List.of(CsvCell.raw(table.regions().get(r)), CsvCell.text(names.get(r))), 0);
      for (int d = 0; d < DATES; d++) {
        for (int s = 0; s < 3; s++) {
          for (int b = 0; b < nb; b++) {
            w.encoded(keyName, 2).encoded(dates[d]).encoded(sexBand[s * nb + b], 3).integer(table.count(r, d, sexes[s], b))
                .encoded(number).endRow();
          }
        }
      }
    }
    w.close();
    return sink.bytes;
  }
}
