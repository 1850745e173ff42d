// SPDX-License-Identifier: Apache-2.0
package zwk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java source file of the repository starts with its SPDX licence identifier, so that a file
 * copied out of the project still says under which licence it stands (Apache-2.0; NOTICE carries
 * the attribution of the data).
 */
class SpdxHeaderTest {
  static final String HEADER = "// SPDX-License-Identifier: Apache-2.0";
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyJavaSourceCarriesTheSpdxIdentifier() throws IOException {
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(ROOT)) {
      sources = walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !ROOT.relativize(p).toString().contains("target"))
          .filter(p -> !ROOT.relativize(p).startsWith(".git"))
          .toList();
    }
    assertTrue(sources.size() > 100, "found only " + sources.size() + " Java files under " + ROOT);
    List<String> missing = sources.stream().filter(p -> !startsWithHeader(p)).map(p -> ROOT.relativize(p).toString())
        .sorted().toList();
    assertEquals(List.of(), missing, "Java files without '" + HEADER + "' as their first line");
  }

  private static boolean startsWithHeader(Path p) {
    try (Stream<String> lines = Files.lines(p)) {
      return lines.findFirst().map(l -> l.strip().equals(HEADER)).orElse(false);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
