// SPDX-License-Identifier: Apache-2.0
package zwk.io.register;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import zwk.io.csv.CsvFormatException;
import zwk.model.region.MunicipalityRegister;

/**
 * Reads the official municipality register (GV-ISys <em>Gemeindeverzeichnis</em>) in either of its
 * two forms and detects which one it is:
 *
 * <ul>
 *   <li>the fixed-width file {@code GV100AD_ddmmyy.ASC} ({@link Gv100AdReader}): its first record
 *       starts with a Satzart and an 8-digit Gebietsstand;</li>
 *   <li>the {@code Auszug_GV} spreadsheet saved as CSV ({@link GvCsvReader}), header line only or
 *       the whole sheet, {@code ;} or {@code ,}, including the damage a spreadsheet does (lost
 *       leading zeros, blanks as thousands separators);</li>
 *   <li>the official {@code Auszug_GV.xlsx} itself (read with fastexcel-reader, same checks as the
 *       CSV).</li>
 * </ul>
 *
 * <p>The form is detected from the content, never from the file name ({@link RegisterFormat}).
 * Empty input, other binary files (zip, jar, pdf, xls, gzip, other office files) and other text
 * are refused with a message that says what they are.
 */
public final class RegisterReader {
  private RegisterReader() {}

  /**
   * Reads a register file.
   *
   * @throws CsvFormatException located, when the file is neither form or a record is malformed
   */
  public static MunicipalityRegister read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new CsvFormatException(CsvFormatException.Kind.IO, file.toString(), 1, 1,
          "expected a readable file, got " + e, e);
    }
  }

  /**
   * Reads a register from a stream; {@code sourceName} names it in messages and may carry the
   * {@code ddmmyyyy_} date prefix of the CSV extract.
   *
   * @throws CsvFormatException located, when the content is neither form or a record is malformed
   */
  public static MunicipalityRegister read(InputStream in, String sourceName) {
    try {
      BufferedInputStream bin = new BufferedInputStream(in, 8192);
      bin.mark(8192);
      byte[] head = bin.readNBytes(8192);
      bin.reset();
      switch (RegisterFormat.detect(head)) {
        case XLSX:
          return XlsxRegisterReader.read(bin, sourceName);
        case GV100AD:
          return Gv100AdReader.read(bin, sourceName);
        case AUSZUG_CSV:
          return GvCsvReader.read(bin, sourceName);
        case EMPTY:
          throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, sourceName, 1, 1,
              "expected a municipality register (GV100AD or Auszug_GV), got " + (head.length == 0 ? "an empty file"
                  : "a file of blanks only"));
        default:
          throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, sourceName, 1, 1,
              "expected a municipality register (GV100AD, Auszug_GV as CSV or xlsx), got "
                  + RegisterFormat.describeOther(head));
      }
    } catch (IOException e) {
      throw new CsvFormatException(CsvFormatException.Kind.IO, sourceName, 1, 1,
          "expected a readable stream, got " + e, e);
    }
  }
}
