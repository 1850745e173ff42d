// SPDX-License-Identifier: Apache-2.0
package zwk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import zwk.io.samples.Samples;
import zwk.io.table.CsvImportOptions;
import zwk.io.table.MeasureTable;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.StrategyValidator;
import zwk.strategy.ValidationReport;

/**
 * A small consumer on the module path: it is compiled as module {@code acme.consumer} against the
 * zwk modules' {@code module-info}s and run with {@code java --module-path … -m}, the way a vendor
 * on JPMS uses zwk. What it prints (sample read through zwk.io's encapsulated resources, the
 * validator with Hibernate Validator reading constraints through the {@code opens}, localized
 * messages from the modules' bundles, a typed diagnostic, the Jackson module found by
 * {@code findAndAddModules()} through {@code provides}) must equal what the same calls give here on
 * the class path. A second consumer that imports an internal package must not compile.
 */
class JpmsConsumerTest {

  /** The run-time modules of the consumer: the zwk libraries and their dependencies. */
  private static final Pattern MODULE_PATH = Pattern.compile(
      ".*(zwk-(model|profile|strategy|io|report)[/\\\\]target[/\\\\]classes"
          + "|zwk-(model|profile|strategy|io|report)-[^/\\\\]*\\.jar"
          + "|jakarta\\.validation-api|hibernate-validator|jboss-logging|classmate"
          + "|jackson-(core|databind|annotations)|fastcsv|fastexcel-reader|jsoup|aalto-xml|stax2-api|commons-compress|commons-io|commons-codec|commons-lang3).*");

  private static final String MAIN = String.join("\n",
      "package acme.consumer;",
      "import java.io.ByteArrayInputStream;",
      "import java.nio.charset.StandardCharsets;",
      "import java.util.Locale;",
      "import tools.jackson.databind.json.JsonMapper;",
      "import zwk.io.samples.Samples;",
      "import zwk.io.table.CsvImportOptions;",
      "import zwk.io.table.MeasureTable;",
      "import zwk.model.strategy.MunicipalStrategy;",
      "import zwk.strategy.StrategyValidator;",
      "import zwk.strategy.ValidationReport;",
      "public final class Main {",
      "  public static void main(String[] args) throws Exception {",
      "    MunicipalStrategy s = Samples.barlebenStrategy();",
      "    ValidationReport r = StrategyValidator.builder().locale(Locale.GERMAN)",
      "        .referenceDate(java.time.LocalDate.of(2024, 6, 30)).build().validate(s);",
      "    System.out.println(\"findings \" + r.findings().size());",
      "    r.findings().forEach(f -> System.out.println(f.ruleId() + \" \" + f.message()));",
      "    var plan = s.plan().orElseThrow();",
      "    var blank = s.withPlan(plan.withMeasures(plan.measures().get(0).withTitle(\" \")));",
      "    StrategyValidator.builder().locale(Locale.ENGLISH).build().validate(blank).findings().stream()",
      "        .filter(f -> f.ruleId().equals(\"ZWK-FIELD-001\"))",
      "        .forEach(f -> System.out.println(f.path() + \" \" + f.message()));",
      "    var csv = \"id,title,Farbe\\n m-1,Rufbus,rot\\n\".replace(\"\\n \", \"\\n\");",
      "    var imported = MeasureTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),",
      "        \"m.csv\", CsvImportOptions.defaults());",
      "    imported.warnings().forEach(w -> System.out.println(w.code() + \" \" + w.message(Locale.GERMAN)));",
      "    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();",
      "    System.out.println(\"json \" + mapper.writeValueAsString(s.municipality().ags().orElseThrow()));",
      "    System.out.println(\"exported rules \" + StrategyValidator.class.getModule().isExported(\"zwk.strategy.rules\"));",
      "  }",
      "}",
      "");

  private static String expectedOutput() {
    StringBuilder out = new StringBuilder();
    MunicipalStrategy s = Samples.barlebenStrategy();
    ValidationReport r = StrategyValidator.builder().locale(Locale.GERMAN)
        .referenceDate(java.time.LocalDate.of(2024, 6, 30)).build().validate(s);
    out.append("findings ").append(r.findings().size()).append('\n');
    r.findings().forEach(f -> out.append(f.ruleId()).append(' ').append(f.message()).append('\n'));
    var plan = s.plan().orElseThrow();
    var blank = s.withPlan(plan.withMeasures(plan.measures().get(0).withTitle(" ")));
    StrategyValidator.builder().locale(Locale.ENGLISH).build().validate(blank).findings().stream()
        .filter(f -> f.ruleId().equals("ZWK-FIELD-001"))
        .forEach(f -> out.append(f.path()).append(' ').append(f.message()).append('\n'));
    var imported = MeasureTable.read(new ByteArrayInputStream("id,title,Farbe\nm-1,Rufbus,rot\n".getBytes(StandardCharsets.UTF_8)),
        "m.csv", CsvImportOptions.defaults());
    imported.warnings().forEach(w -> out.append(w.code()).append(' ').append(w.message(Locale.GERMAN)).append('\n'));
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    out.append("json ").append(mapper.writeValueAsString(s.municipality().ags().orElseThrow())).append('\n');
    out.append("exported rules false\n");
    return out.toString();
  }

  private static String modulePath() {
    String mp = List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
        .filter(e -> MODULE_PATH.matcher(e).matches())
        .collect(Collectors.joining(File.pathSeparator));
    assertTrue(mp.contains("zwk-io"), "zwk-io on the test class path: " + System.getProperty("java.class.path"));
    return mp;
  }

  private static Path writeModule(Path root, String name, String moduleInfo, String mainSource) throws IOException {
    Path src = root.resolve("src").resolve(name);
    Files.createDirectories(src.resolve("acme/consumer"));
    Files.writeString(src.resolve("module-info.java"), moduleInfo);
    Files.writeString(src.resolve("acme/consumer/Main.java"), mainSource);
    return src;
  }

  private static int compile(Path src, Path out, String modulePath, StringWriter diagnostics) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("--release", "17", "--module-path", modulePath,
        "-d", out.toString(), src.resolve("module-info.java").toString(),
        src.resolve("acme/consumer/Main.java").toString()));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = javac.run(null, null, err, args.toArray(new String[0]));
    diagnostics.write(err.toString(StandardCharsets.UTF_8));
    return rc;
  }

  @Test
  void aConsumerOnTheModulePathGetsTheSameResultsAsOnTheClassPath(@TempDir Path tmp) throws Exception {
    String mp = modulePath();
    Path src = writeModule(tmp, "good",
        "module acme.consumer { requires zwk.io; }\n", MAIN);
    Path classes = tmp.resolve("out");
    StringWriter diag = new StringWriter();
    assertEquals(0, compile(src, classes, mp, diag), diag.toString());

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Duser.language=en", "-Dfile.encoding=UTF-8",
        "-Dstdout.encoding=UTF-8", "--module-path", classes + File.pathSeparator + mp,
        "-m", "acme.consumer/acme.consumer.Main")
        .redirectError(tmp.resolve("stderr.txt").toFile()).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "consumer did not finish");
    assertEquals(0, p.exitValue(), output + Files.readString(tmp.resolve("stderr.txt")));
    assertEquals(expectedOutput(), output.replace("\r\n", "\n"));
    assertTrue(output.contains("UNKNOWN_COLUMN Spalte 3 „Farbe“"), output);
    assertTrue(output.contains("json \"15083040\""), output);
    // Hibernate Validator read the @NotBlank on MeasureDef.title() through "opens zwk.model.plan"
    assertTrue(output.contains("/plan/measures/0/title "), output);
  }

  @Test
  void internalPackagesAreNotVisibleToAConsumer(@TempDir Path tmp) throws Exception {
    String mp = modulePath();
    for (String internal : List.of("zwk.model.internal.Invariants", "zwk.strategy.rules.Catalogue")) {
      Path src = writeModule(tmp, internal, "module acme.consumer { requires zwk.io; }\n",
          "package acme.consumer;\npublic final class Main {\n  Object o = " + internal + ".class;\n}\n");
      StringWriter diag = new StringWriter();
      assertFalse(compile(src, tmp.resolve("out-" + internal), mp, diag) == 0, internal + " compiled: " + diag);
      assertTrue(diag.toString().contains("is not visible") || diag.toString().contains("does not export"),
          diag.toString());
    }
  }
}
