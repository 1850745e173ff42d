// SPDX-License-Identifier: Apache-2.0
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Copy of ../shared/bench/FastcsvLimit.java (the issue-10 benchmark helpers, /work/shared/bench),
 * extended so that it writes the same columns as {@code zwk indicators} (all 35, in zwk's order and
 * formatting, columns that the 17 bands of this layout cannot give left empty as zwk leaves them):
 * share_80_plus, share_under_18, share_65_plus, greying_index, the ten functional age groups as
 * counts and shares, and the sex ratio. Original description follows.
 *
 * The "bare tokenizer" limit: FastCSV 4.4.0 reads a GENESIS-Online 12411-0018 style file
 * (ISO-8859-1, ';'; date;key;name;17 male bands;17 female bands), parses the 34 integer cells of each
 * data row ('-' = 0; a row with any other non-integer cell is skipped) and writes per row
 * key;name;date;population;youth_ratio;old_age_ratio;total_dependency_ratio;mean_age;median_age
 * with zwk's conventions (Destatis bounds, open band 75+ = 75..85, HALF_UP to one decimal, ISO date).
 * Usage: java -cp fastcsv-4.4.0.jar:. FastcsvIndicators IN OUT
 */
public final class FastcsvIndicators {
  static final double[] LO = {0, 3, 6, 10, 15, 18, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 75};
  static final double[] HI = {3, 6, 10, 15, 18, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 75, 85};

  static final String[] HEADER = {"key", "name", "date", "population", "youth_ratio", "old_age_ratio",
      "total_dependency_ratio", "share_80_plus", "mean_age", "median_age", "share_under_18", "share_65_plus",
      "greying_index", "age_group_0_2_count", "age_group_3_5_count", "age_group_6_9_count", "age_group_10_15_count",
      "age_group_16_18_count", "age_group_19_24_count", "age_group_25_44_count", "age_group_45_64_count",
      "age_group_65_79_count", "age_group_80_plus_count", "age_group_0_2_share", "age_group_3_5_share",
      "age_group_6_9_share", "age_group_10_15_share", "age_group_16_18_share", "age_group_19_24_share",
      "age_group_25_44_share", "age_group_45_64_share", "age_group_65_79_share", "age_group_80_plus_share",
      "sex_ratio"};

  static boolean isDate(String s) {
    if (s.length() != 10 || s.charAt(2) != '.' || s.charAt(5) != '.') return false;
    for (int i : new int[] {0, 1, 3, 4, 6, 7, 8, 9}) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  static String r1(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  public static void main(String[] args) throws Exception {
    long rows = 0, skipped = 0;
    long[] b = new long[17];
    try (CsvReader<CsvRecord> in = CsvReader.builder().fieldSeparator(';')
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(Path.of(args[0]), StandardCharsets.ISO_8859_1);
        CsvWriter out = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.LF)
            .build(Path.of(args[1]), StandardCharsets.UTF_8)) {
      out.writeRecord(HEADER);
      String[] o = new String[HEADER.length];
      long[] male = new long[17];
      outer:
      for (CsvRecord rec : in) {
        if (rec.getFieldCount() < 37 || !isDate(rec.getField(0))) continue;
        java.util.Arrays.fill(b, 0);
        java.util.Arrays.fill(male, 0);
        for (int c = 0; c < 34; c++) {
          String f = rec.getField(3 + c);
          long v;
          if (f.equals("-")) {
            v = 0;
          } else {
            v = 0;
            int n = f.length();
            if (n == 0) { skipped++; continue outer; }
            for (int i = 0; i < n; i++) {
              char ch = f.charAt(i);
              if (ch < '0' || ch > '9') { skipped++; continue outer; }
              v = v * 10 + (ch - '0');
            }
          }
          b[c % 17] += v;
          if (c < 17) male[c] += v;
        }
        long young = 0, mid = 0, old = 0, pop = 0;
        double weighted = 0;
        for (int i = 0; i < 17; i++) {
          if (i < 6) young += b[i]; else if (i < 15) mid += b[i]; else old += b[i];
          pop += b[i];
          weighted += (LO[i] + HI[i]) / 2 * b[i];
        }
        String d = rec.getField(0);
        o[0] = rec.getField(1);
        o[1] = rec.getField(2);
        o[2] = d.substring(6, 10) + '-' + d.substring(3, 5) + '-' + d.substring(0, 2);
        o[3] = Long.toString(pop);
        java.util.Arrays.fill(o, 3, o.length, "");
        o[3] = Long.toString(pop);
        if (mid > 0) {
          double jq = (double) young / mid * 100, aq = (double) old / mid * 100;
          // ratios as zwk computes them: (double) num / den * 100 (the operation order decides the last bit at a
          // rounding tie); the total dependency ratio from young + old, not jq + aq
          o[4] = r1(jq); o[5] = r1(aq); o[6] = r1((double) (young + old) / mid * 100);
        }
        // o[7] share_80_plus: no band starts at 80 (top band 75+): empty, as zwk
        if (pop > 0) {
          o[8] = r1(weighted / pop);
          double half = pop / 2.0;
          long cum = 0;
          for (int i = 0; i < 17; i++) {
            if (b[i] > 0 && cum + b[i] >= half) {
              o[9] = r1(LO[i] + (half - cum) / b[i] * (HI[i] - LO[i]));
              break;
            }
            cum += b[i];
          }
          long under18 = b[0] + b[1] + b[2] + b[3] + b[4];
          long from65 = b[15] + b[16];
          o[10] = r1((double) under18 / pop * 100);
          o[11] = r1((double) from65 / pop * 100);
        }
        // o[12] greying_index needs 80+ and 60-79: empty. Functional groups that the bands give:
        // 0-2, 3-5, 6-9, 25-44 (bands 25..44), 45-64 (bands 45..64); the others cut a band: empty.
        long g02 = b[0], g35 = b[1], g69 = b[2];
        long g2544 = b[7] + b[8] + b[9] + b[10];
        long g4564 = b[11] + b[12] + b[13] + b[14];
        o[13] = Long.toString(g02); o[14] = Long.toString(g35); o[15] = Long.toString(g69);
        o[19] = Long.toString(g2544); o[20] = Long.toString(g4564);
        if (pop > 0) {
          o[23] = r1((double) g02 / pop * 100); o[24] = r1((double) g35 / pop * 100); o[25] = r1((double) g69 / pop * 100);
          o[29] = r1((double) g2544 / pop * 100); o[30] = r1((double) g4564 / pop * 100);
        }
        long m = 0;
        for (int i = 0; i < 17; i++) m += male[i];
        long f = pop - m;
        if (f > 0) o[33] = r1((double) m / f * 100);
        out.writeRecord(o);
        rows++;
      }
    }
    System.err.println("rows " + rows + " skipped " + skipped);
  }
}
