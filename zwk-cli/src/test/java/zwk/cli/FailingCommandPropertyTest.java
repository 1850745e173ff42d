// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For any failing command, no output file is created or changed (issue 11): every command that
 * writes a file, on inputs cut off at a random byte or with random bytes spliced in, with the
 * output absent, present, or the input itself (also through a symbolic link). When the exit code is
 * not 0 (and, for validate, not 1: findings are a success), the output must be byte-identical to
 * before (or still absent), the input unchanged, and no other file may have appeared in the
 * directory.
 */
class FailingCommandPropertyTest {

  private record Case(int command, int cut, int noise, int outputState) {}

  @Test
  void failingCommandsLeaveEveryFileAsItWas(@TempDir Path root) throws Exception {
    byte[] strategy = zwk.io.samples.Samples.bytes(zwk.io.samples.Samples.BARLEBEN_STRATEGY);
    byte[] kreise = Files.readAllBytes(CliRun.data(PopulationCommandTest.KREISE_2018));
    List<String> gvLines = Files.readAllLines(CliRun.data(RegisterCommandTest.GV_ASC), StandardCharsets.UTF_8);
    byte[] gv = (String.join("\r\n", gvLines.subList(0, 300)) + "\r\n").getBytes(StandardCharsets.UTF_8);
    // command name, input bytes, input file name, output file name
    Object[][] commands = {
        {"validate", strategy, "in.json", "out.txt"},
        {"population", kreise, "in.csv", "out.csv"},
        {"indicators", kreise, "in.csv", "out.csv"},
        {"register", gv, "in.asc", "out.json"},
        {"profile", kreise, "in.csv", "out.json"},
        {"convert", strategy, "in.json", "out.csv"}};
    int[] counter = {0};
    qt().withExamples(60).withShrinkCycles(10)
        .forAll(integers().between(0, commands.length - 1), integers().between(0, 100), integers().between(0, 3),
            integers().between(0, 3))
        .as(Case::new)
        .checkAssert(c -> {
          try {
            Path dir = Files.createDirectory(root.resolve("case" + counter[0]++));
            Object[] cmd = commands[c.command()];
            byte[] full = (byte[]) cmd[1];
            byte[] input = Arrays.copyOf(full, full.length * c.cut() / 100);
            if (c.noise() > 0 && input.length > 0) {
              // splice a few bytes that no format accepts in the middle (a NUL, an invalid UTF-8 byte, a quote)
              input[input.length / 2] = new byte[] {0, (byte) 0xC0, '"'}[c.noise() - 1];
            }
            Path in = Files.write(dir.resolve((String) cmd[2]), input);
            Path out;
            switch (c.outputState()) {
              case 0 -> out = dir.resolve((String) cmd[3]); // absent
              case 1 -> out = Files.writeString(dir.resolve((String) cmd[3]), "old output\n");
              case 2 -> out = in; // the input itself
              default -> out = Files.createSymbolicLink(dir.resolve((String) cmd[3]), in.getFileName());
            }
            byte[] outBefore = Files.exists(out) ? Files.readAllBytes(out) : null;
            List<String> filesBefore = names(dir);
            List<String> args = new ArrayList<>(List.of((String) cmd[0]));
            switch ((String) cmd[0]) {
              case "profile" -> args.addAll(List.of("--population", in.toString(), "--key", "03153", "--out",
                  out.toString()));
              case "convert" -> args.addAll(List.of(in.toString(), out.toString()));
              default -> args.addAll(List.of(in.toString(), "--out", out.toString()));
            }
            CliRun r = CliRun.of(args.toArray(new String[0]));
            boolean success = r.code() == 0 || (r.code() == 1 && cmd[0].equals("validate"));
            if (success) {
              if (c.outputState() >= 2) {
                throw new AssertionError("writing the input succeeded: " + args + " -> " + r);
              }
              return;
            }
            if (!Arrays.equals(input, Files.readAllBytes(in))) {
              throw new AssertionError("input changed: " + args + " -> " + r);
            }
            byte[] outAfter = Files.exists(out) ? Files.readAllBytes(out) : null;
            if (!Arrays.equals(outBefore, outAfter)) {
              throw new AssertionError("output " + (outBefore == null ? "created" : "changed") + ": " + args + " -> " + r);
            }
            if (!filesBefore.equals(names(dir))) {
              throw new AssertionError("files " + filesBefore + " became " + names(dir) + ": " + args + " -> " + r);
            }
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  private static List<String> names(Path dir) throws java.io.IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
