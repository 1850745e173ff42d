// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled sample documents of zwk-io, copied into a test directory as files. */
final class SampleFiles {
  private SampleFiles() {}

  static Path barleben(Path dir) throws IOException {
    return Files.write(dir.resolve("barleben.json"), zwk.io.samples.Samples.bytes(zwk.io.samples.Samples.BARLEBEN_STRATEGY));
  }

  static Path toolbox(Path dir) throws IOException {
    return Files.write(dir.resolve("toolbox.json"), zwk.io.samples.Samples.bytes(zwk.io.samples.Samples.TOOLBOX));
  }
}
