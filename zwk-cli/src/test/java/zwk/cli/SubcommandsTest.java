// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import picocli.CommandLine;

/**
 * Registering only the subcommands a run needs ({@link Subcommands#needed}) changes nothing a user
 * sees: the same exit code, stdout and stderr as with every subcommand registered.
 */
class SubcommandsTest {
  private static final List<String> NAMES = List.of("demo", "register", "population", "indicators", "validate",
      "convert", "profile", "oparl", "project", "peers", "types", "recommend", "fetch", "help");

  /** Runs with the given subcommands registered, as {@link Main#run} does with the needed ones. */
  private static CliRun run(List<Class<?>> subcommands, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = ZwkCommand.commandLine(o, e, subcommands, args).execute(args);
    }
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static List<String> names(List<Class<?>> commands) {
    return commands.stream().map(c -> c.getAnnotation(CommandLine.Command.class).name()).collect(Collectors.toList());
  }

  @Test
  void theTableHoldsEveryCommandOfTheUsageInOrder() {
    assertEquals(NAMES, names(Subcommands.all()));
    Subcommands.table().forEach((name, c) -> assertEquals(name, c.getAnnotation(CommandLine.Command.class).name()));
    CliRun r = CliRun.of("--help");
    int last = -1;
    for (String n : NAMES) {
      int at = r.out().indexOf("\n  " + n + " ");
      assertTrue(at > last, n + " listed after the previous command in\n" + r.out());
      last = at;
    }
  }

  @Test
  void aCommandNamedFirstGetsOnlyItself() {
    assertEquals(List.of("indicators"), names(Subcommands.needed("indicators", "x.csv")));
    assertEquals(List.of("population"), names(Subcommands.needed("--lang", "en", "population", "--help")));
    assertEquals(List.of("demo"), names(Subcommands.needed("--lang=en", "demo")));
    assertEquals(List.of("fetch"), names(Subcommands.needed("--lang", "fetch", "fetch")), "a --lang value is skipped");
  }

  @Test
  void aBareVersionGetsNone() {
    assertEquals(List.of(), Subcommands.needed("--version"));
    assertEquals(List.of(), Subcommands.needed("-V", "--lang", "en"));
  }

  @Test
  void everythingElseGetsAll() {
    for (String[] args : new String[][] {{}, {"--help"}, {"-h", "indicators"}, {"help", "indicators"},
        {"indicatorz"}, {"@args.txt"}, {"--version", "indicators"}, {"--lang"}, {"--", "demo"}, {"x", "demo"}}) {
      assertEquals(NAMES, names(Subcommands.needed(args)), String.join(" ", args));
    }
  }

  @Test
  void everyCommandsHelpIsTheSameAsWithAllRegistered() {
    for (String n : NAMES) {
      for (String lang : List.of("de", "en")) {
        String[] args = {"--lang", lang, n, "--help"};
        CliRun lazy = CliRun.of(args);
        CliRun full = run(Subcommands.all(), args);
        assertEquals(full.toString(), lazy.toString(), String.join(" ", args));
        assertTrue(lazy.out().startsWith("Usage: zwk " + n) || "help".equals(n), lazy.toString());
      }
    }
  }

  @Test
  void theBareVersionPathPrintsWhatPicocliPrints() {
    for (String v : List.of("--version", "-V")) {
      CliRun fast = CliRun.of(v);
      CliRun picocli = run(Subcommands.all(), v);
      assertEquals(picocli.toString(), fast.toString(), v);
      assertTrue(fast.out().startsWith("zwk "), fast.toString());
      assertTrue(VersionProvider.isBareVersionRequest(v));
    }
    assertTrue(!VersionProvider.isBareVersionRequest("--version", "--lang", "en"), "only the bare request");
    assertTrue(!VersionProvider.isBareVersionRequest("--versions"));
  }

  /** Removes the progress lines, whose durations differ from run to run. */
  private static String withoutProgress(String err) {
    return err.lines().filter(l -> !l.matches(".*: \\d+([.,]\\d+)? s$") && !l.endsWith(" …"))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void anyArgumentsGiveTheSameResultAsWithAllRegistered(@TempDir Path dir) throws Exception {
    String barleben = SampleFiles.barleben(dir).toString();
    String kreise = CliRun.data("genesis/12411-0018_kreise_2019.csv").toString();
    List<String> tokens = List.of("demo", "register", "population", "indicators", "validate", "profile", "help",
        "types", "peers", "recommend", "project", "--lang", "en", "de", "fr", "--level", "kreis", "land",
        "--precision", "2", "-1", "--key", "03153", "--format", "json", "csv", "--help", "-h", "-V", "--version",
        "", "x", "--", "--bogus", barleben, kreise);
    Gen<List<String>> args = lists().of(integers().between(0, tokens.size() - 1).map(tokens::get))
        .ofSizeBetween(0, 5);
    qt().withExamples(60).withShrinkCycles(20).forAll(args).checkAssert(list -> {
      String[] a = list.toArray(new String[0]);
      CliRun lazy = CliRun.of(a);
      CliRun full = run(Subcommands.all(), a);
      assertEquals(full.code(), lazy.code(), list + "\n" + full + "\n" + lazy);
      assertEquals(full.out(), lazy.out(), list.toString());
      assertEquals(withoutProgress(full.err()), withoutProgress(lazy.err()), list.toString());
    });
  }
}
