// SPDX-License-Identifier: Apache-2.0
package zwk.io.programmes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import zwk.io.json.ZwkJson;
import zwk.model.programme.ProgrammeDirectory;

/**
 * The bundled programme data: a versioned {@code zwk.programmes} document on the class path
 * ({@code zwk/io/programmes/programmes.json}) with the programmes DWK, ZWK and the Zukunftsraum
 * Demografie (periods, funding, funded years) and the municipalities that public sources name as
 * their participants, with role, period, regional clusters and action fields. Every fact carries
 * its sources; the README beside the file lists them and what stayed empty.
 *
 * <p>Programme data is data, not code: new facts go into the document. Query it with
 * {@link ProgrammeDirectory} ({@code participants("zwk")}, {@code inCluster("zwk", "Süd")} …); pass
 * {@link ProgrammeDirectory#programmes()} to the strategy validator so that the funding rule reads
 * the caps and the funded span from it.
 */
public final class ProgrammeData {
  private ProgrammeData() {}

  /** Class-path resource of the bundled programme document. */
  public static final String RESOURCE = "zwk/io/programmes/programmes.json";

  /** Read once: the document is immutable and small (about 50 entries). */
  private static final class Holder {
    static final ProgrammeDirectory BUNDLED = ZwkJson.read(bytes(), ProgrammeDirectory.class);
  }

  /** The bundled programme directory, parsed once. */
  public static ProgrammeDirectory bundled() {
    return Holder.BUNDLED;
  }

  /** The raw bytes of the bundled document. */
  public static byte[] bytes() {
    try (InputStream in = ProgrammeData.class.getResourceAsStream("/" + RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource: expected " + RESOURCE + " on the class path, got nothing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
