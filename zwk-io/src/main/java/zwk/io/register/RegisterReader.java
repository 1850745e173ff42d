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
 *   <li>the fixed-width file {@code GV100AD_ddmmyy.ASC} ({@link Gv100AdReader}): no semicolon in the
 *       first record;</li>
 *   <li>the {@code Auszug_GV} spreadsheet saved as semicolon CSV ({@link GvCsvReader}), including the
 *       damage a spreadsheet does (lost leading zeros, blanks as thousands separators).</li>
 * </ul>
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
      throw new CsvFormatException(CsvFormatException.Kind.IO, file.toString(), 0, 0,
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
      BufferedInputStream bin = new BufferedInputStream(in, 4096);
      bin.mark(4096);
      byte[] head = bin.readNBytes(4096);
      bin.reset();
      boolean csv = false;
      for (byte b : head) {
        if (b == '\n' || b == '\r') {
          break;
        }
        if (b == ';') {
          csv = true;
          break;
        }
      }
      return csv ? GvCsvReader.read(bin, sourceName) : Gv100AdReader.read(bin, sourceName);
    } catch (IOException e) {
      throw new CsvFormatException(CsvFormatException.Kind.IO, sourceName, 0, 0,
          "expected a readable stream, got " + e, e);
    }
  }
}
