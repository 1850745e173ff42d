// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Safe output (issue 11): an output that is an input is refused with exit 2 naming both, a failing
 * command leaves an existing output file unchanged and no partial or temporary file, and a failed
 * write to standard output ends with exit 4 and a message.
 */
class SafeOutputTest {

  /** The commands of the issue with their input copied to {@code dir}; {@code OUT} is replaced by the output. */
  private static List<String[]> commands(Path dir) throws IOException {
    Path json = SampleFiles.barleben(dir);
    Path kreise = Files.copy(CliRun.data(PopulationCommandTest.KREISE_2018), dir.resolve("kreise.csv"));
    Path register = Files.copy(CliRun.data(RegisterCommandTest.GV_ASC), dir.resolve("gv100ad.asc"));
    List<String[]> c = new ArrayList<>();
    c.add(new String[] {"validate", json.toString(), "--today", "2024-06-30", "--out"});
    c.add(new String[] {"population", kreise.toString(), "--out"});
    c.add(new String[] {"indicators", kreise.toString(), "--out"});
    c.add(new String[] {"register", register.toString(), "--out"});
    c.add(new String[] {"profile", "--population", kreise.toString(), "--key", "03153", "--out"});
    c.add(new String[] {"convert", json.toString()});
    return c;
  }

  private static String[] with(String[] cmd, Path out) {
    String[] a = java.util.Arrays.copyOf(cmd, cmd.length + 1);
    a[cmd.length] = out.toString();
    return a;
  }

  /** The input the output collides with: the first argument that names an existing file. */
  private static Path inputOf(String[] cmd) {
    return Stream.of(cmd).map(Path::of).filter(Files::isRegularFile).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"same path", "symbolic link", "hard link", "other spelling"})
  void outputThatIsAnInputIsRefusedAndTheInputKept(String how, @TempDir Path dir) throws Exception {
    for (String[] cmd : commands(dir)) {
      Path input = inputOf(cmd);
      byte[] before = Files.readAllBytes(input);
      Path out;
      switch (how) {
        case "symbolic link":
          out = Files.createSymbolicLink(dir.resolve("link-" + cmd[0] + ".json"), input);
          break;
        case "hard link":
          out = Files.createLink(dir.resolve("hard-" + cmd[0] + ".csv"), input);
          break;
        case "other spelling":
          out = dir.resolve("sub").resolve("..").resolve(input.getFileName());
          Files.createDirectories(dir.resolve("sub"));
          break;
        default:
          out = input;
      }
      CliRun r = CliRun.of(with(cmd, out));
      assertEquals(ExitCodes.BAD_INPUT, r.code(), cmd[0] + " " + how + ": " + r);
      assertTrue(r.err().contains(out.toString()) && r.err().contains(input.toString()),
          "names output and input: " + r.err());
      assertArrayEquals(before, Files.readAllBytes(input), cmd[0] + " " + how + ": input unchanged");
      assertEquals("", r.out());
    }
  }

  @Test
  void failingCommandLeavesTheOldFileAndNoOther(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"zwk.strategy\", \"version\": 1, ");
    Path out = Files.writeString(dir.resolve("out.txt"), "old content\n");
    for (String cmd : new String[] {"validate", "population", "indicators", "register"}) {
      CliRun r = CliRun.of(cmd, bad.toString(), "--out", out.toString());
      assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
      assertEquals("old content\n", Files.readString(out), cmd);
    }
    CliRun r = CliRun.of("convert", bad.toString(), dir.resolve("new.csv").toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("bad.json", "out.txt"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void outputThroughASymbolicLinkReplacesTheFileItPointsTo(@TempDir Path dir) throws Exception {
    Path json = SampleFiles.barleben(dir);
    Path real = Files.writeString(dir.resolve("report.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
    CliRun r = CliRun.of("validate", json.toString(), "--format", "json", "--today", "2024-06-30", "--out",
        link.toString());
    assertEquals(ExitCodes.FINDINGS, r.code(), r.toString());
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertTrue(Files.readString(real).startsWith("{"), "the file it points to holds the report");
  }

  /** A stream like {@code /dev/full}: every write fails. */
  private static final class FullDevice extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"population", "validate", "register", "demo"})
  void failedWriteToStdoutIsExit4WithAMessage(String command, @TempDir Path dir) throws Exception {
    String input = switch (command) {
      case "population" -> CliRun.data(PopulationCommandTest.KREISE_2018).toString();
      case "validate" -> SampleFiles.barleben(dir).toString();
      case "register" -> CliRun.data(RegisterCommandTest.GV_ASC).toString();
      default -> null;
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream out = new PrintStream(new FullDevice(), true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = input == null ? Main.run(out, e, command) : Main.run(out, e, command, input);
    }
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(ExitCodes.OUTPUT_FAILED, code, message);
    assertTrue(message.contains("zwk: Ergebnis konnte nicht geschrieben werden: stdout"), message);
  }
}
