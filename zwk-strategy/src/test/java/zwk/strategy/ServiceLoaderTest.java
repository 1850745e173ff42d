// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwk.model.sample.SampleStrategies;
import zwk.model.stage.StrategyStage;
import zwk.strategy.rule.Rule;

/**
 * The custom-rule SPI: a rule compiled in this test, packed into a jar with its
 * META-INF/services entry and its own message bundles, is found through a class loader passed to
 * the builder, and nowhere else.
 */
class ServiceLoaderTest {

  private static final String SOURCE = String.join("\n",
      "package acme;",
      "import java.util.Locale;",
      "import java.util.ResourceBundle;",
      "import zwk.model.stage.StrategyStage;",
      "import zwk.strategy.Severity;",
      "import zwk.strategy.rule.*;",
      "/** Reports a municipality without population figures. */",
      "public final class PopulationRule extends BaseRule {",
      "  public PopulationRule() { super(\"ACME-001\", Severity.INFO, StrategyStage.PROFILE, RuleParameter.of(\"acmeMinimum\", 1)); }",
      "  @Override public void check(RuleContext ctx, FindingSink out) {",
      "    if (ctx.strategy().municipality().population().orElse(0L) < ctx.intThreshold(\"acmeMinimum\")) {",
      "      out.at(\"/municipality/population\").param(\"name\", ctx.strategy().municipality().name()).emit();",
      "    }",
      "  }",
      "  @Override public ResourceBundle messages(Locale locale) {",
      "    return Messages.bundle(\"acme/messages\", locale, PopulationRule.class.getClassLoader());",
      "  }",
      "}");

  private static String location(Class<?> c) throws URISyntaxException {
    return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
  }

  private static Path buildJar(Path dir) throws Exception {
    Path src = dir.resolve("src/acme/PopulationRule.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, SOURCE);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String cp = location(Rule.class) + File.pathSeparator + location(StrategyStage.class);
    int rc = javac.run(null, null, null, "--release", "17", "-cp", cp, "-d", classes.toString(), src.toString());
    assertEquals(0, rc, "the test rule must compile");
    Path jar = dir.resolve("acme-rules.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      put(out, "acme/PopulationRule.class", Files.readAllBytes(classes.resolve("acme/PopulationRule.class")));
      put(out, "META-INF/services/zwk.strategy.rule.Rule", "acme.PopulationRule\n".getBytes(StandardCharsets.UTF_8));
      put(out, "acme/messages.properties",
          "ACME-001.message=Für {name} fehlt die Einwohnerzahl.\nACME-001.hint=Einwohnerzahl eintragen.\n"
              .getBytes(StandardCharsets.UTF_8));
      put(out, "acme/messages_en.properties",
          "ACME-001.message={name} has no population figure.\nACME-001.hint=Enter the population.\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    return jar;
  }

  private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new JarEntry(name));
    OutputStream o = out;
    o.write(bytes);
    out.closeEntry();
  }

  @Test
  void ruleFromATestJarIsPickedUp(@TempDir Path dir) throws Exception {
    Path jar = buildJar(dir);
    var strategy = SampleStrategies.barleben();
    strategy = strategy.withMunicipality(strategy.municipality().withPopulation(Optional.empty()));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ServiceLoaderTest.class.getClassLoader())) {
      StrategyValidator v = StrategyValidator.builder().referenceDate(Fixtures.TODAY).loadRules(loader).build();
      assertTrue(v.ruleSet().ids().contains("ACME-001"));
      assertEquals("ACME-001", v.ruleSet().rules().get(v.ruleSet().rules().size() - 1).id(), "custom rules come last");
      assertEquals(java.math.BigDecimal.ONE, v.ruleSet().thresholds().get("acmeMinimum"));
      ValidationReport de = v.validate(strategy);
      assertEquals(List.of("ACME-001 /municipality/population"), Fixtures.keys(de, "ACME-001"));
      assertEquals("Für Barleben fehlt die Einwohnerzahl.", de.findings("ACME-001").get(0).message());
      assertEquals(Severity.INFO, de.findings("ACME-001").get(0).severity());
      assertEquals("Barleben has no population figure.", v.validate(strategy, Locale.ENGLISH).findings("ACME-001").get(0).message());
      // Configurable like a catalogue rule.
      StrategyValidator off = StrategyValidator.builder().referenceDate(Fixtures.TODAY).loadRules(loader)
          .configure(zwk.strategy.rule.RuleSetConfig.builder().addDisabledRules("ACME-001").build()).build();
      assertEquals(List.of(), off.validate(strategy).findings("ACME-001"));
    }
    // Without the loader the rule does not exist.
    assertFalse(StrategyValidator.builder().loadRules(ServiceLoaderTest.class.getClassLoader()).build()
        .ruleSet().ids().contains("ACME-001"));
  }
}
