// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden outputs of {@code zwk population} and {@code zwk indicators} on every file of the shared
 * official data (resources {@code golden/}): standard output byte for byte, the exit code, and
 * standard error with the data directory written as {@code $DATA} and the timing-dependent progress
 * lines left out. The golden files were written by {@code golden/make-golden.sh} with the jar built
 * from the code before the streaming reader of issue 10, so they are an independent record of the
 * results that must not change; a case changes only where an issue asks for it (listed in the
 * closing note of that issue).
 */
class GoldenOutputTest {
  private static final Pattern PROGRESS = Pattern.compile(".* …$|.*: [0-9]+\\.[0-9] s$");

  record Case(String id, List<String> args) {
    @Override
    public String toString() {
      return id;
    }
  }

  static Stream<Case> cases() throws IOException {
    String dir = CliRun.data("genesis/12411-0018_kreise_2019.csv").getParent().getParent().toString();
    List<Case> cases = new ArrayList<>();
    for (String line : resource("cases.txt").lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\|", 2);
      List<String> args = new ArrayList<>();
      for (String a : parts[1].trim().split(" +")) {
        args.add(a.replace("$DATA", dir));
      }
      cases.add(new Case(parts[0], args));
    }
    assertTrue(cases.size() >= 20, "expected the golden cases, got " + cases.size());
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputIsByteIdenticalToTheGoldenFile(Case c) throws IOException {
    String dir = CliRun.data("genesis/12411-0018_kreise_2019.csv").getParent().getParent().toString();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(o, e, c.args().toArray(String[]::new));
    }
    StringBuilder stderr = new StringBuilder();
    for (String l : err.toString(StandardCharsets.UTF_8).replace(dir, "$DATA").split("\n", -1)) {
      if (!l.isEmpty() && !PROGRESS.matcher(l).matches()) {
        stderr.append(l).append('\n');
      }
    }
    assertEquals(resource(c.id() + ".err"), stderr.toString(), c.id() + ": stderr");
    assertEquals(Integer.parseInt(resource(c.id() + ".rc").strip()), code, c.id() + ": exit code");
    byte[] expected = bytes(c.id() + ".out");
    byte[] actual = out.toByteArray();
    if (!java.util.Arrays.equals(expected, actual)) {
      // name the first differing line before failing on the bytes
      List<String> e = new String(expected, StandardCharsets.UTF_8).lines().toList();
      List<String> a = new String(actual, StandardCharsets.UTF_8).lines().toList();
      for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
        assertEquals(e.get(i), a.get(i), c.id() + ": stdout line " + (i + 1));
      }
      assertEquals(e.size(), a.size(), c.id() + ": stdout lines");
    }
    assertArrayEquals(expected, actual, c.id() + ": stdout bytes");
  }

  static Stream<Case> populationCases() throws IOException {
    return cases().filter(c -> c.args().get(0).equals("population"));
  }

  /**
   * {@code population} formats its rows in parts on {@code --threads} threads (default: the
   * processors): one thread, and more threads than parts or than processors, give the golden bytes.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("populationCases")
  void populationIsTheGoldenFileWhateverTheThreadCount(Case c) throws IOException {
    byte[] expected = bytes(c.id() + ".out");
    int rc = Integer.parseInt(resource(c.id() + ".rc").strip());
    for (String threads : List.of("1", "2", "5")) {
      List<String> args = new ArrayList<>(c.args());
      args.add("--threads");
      args.add(threads);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code;
      try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
          PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
        code = Main.run(o, e, args.toArray(String[]::new));
      }
      assertEquals(rc, code, c.id() + " --threads " + threads + ": exit code");
      assertArrayEquals(expected, out.toByteArray(), c.id() + " --threads " + threads + ": stdout bytes");
    }
  }

  private static String resource(String name) throws IOException {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = GoldenOutputTest.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new AssertionError("golden file missing: " + name);
      }
      return in.readAllBytes();
    }
  }
}
