// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Whatever the arguments, the command line ends with 0, 1 or 2 and never with an internal error (3);
 * exit 2 always comes with a message on stderr. Arguments are drawn from commands, options, good
 * and bad values and real files (nothing that writes files: no --out, no convert).
 */
class ArgumentsPropertyTest {

  @Test
  void everyArgumentListEndsWithADocumentedExitCode(@TempDir Path dir) throws Exception {
    String kreise = CliRun.data(PopulationCommandTest.KREISE_2018).toString();
    String asc = CliRun.data(RegisterCommandTest.GV_ASC).toString();
    String barleben = SampleFiles.barleben(dir).toString();
    List<String> tokens = List.of("demo", "register", "population", "indicators", "validate", "profile", "help",
        "--lang", "en", "de", "fr", "--level", "kreis", "land", "deutschland", "gemeinde", "planet",
        "--bounds", "eurostat", "destatis", "--precision", "0", "3", "-1", "99", "--profile", "excel-de",
        "standard", "bogus", "--key", "03153", "15", "1", "150830040040", "--population", "--register",
        kreise, asc, barleben, "--format", "json", "csv", "text", "--today", "2024-06-30", "not-a-date",
        "--rules", "--date", "2018-12-31", "--nationality", "Deutsche", "--help", "-V", "", "x", "--");
    Gen<List<String>> args = lists().of(integers().between(0, tokens.size() - 1).map(tokens::get))
        .ofSizeBetween(0, 6);
    qt().withExamples(60).withShrinkCycles(20).forAll(args).checkAssert(list -> {
      List<String> a = new ArrayList<>(list);
      CliRun r = CliRun.of(a.toArray(new String[0]));
      if (r.code() < 0 || r.code() > 2) {
        throw new AssertionError("args " + a + " -> " + r);
      }
      if (r.code() == 2 && r.err().isBlank()) {
        throw new AssertionError("exit 2 without a message for " + a);
      }
    });
  }
}
