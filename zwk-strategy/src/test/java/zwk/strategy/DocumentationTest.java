// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import zwk.strategy.rule.Rule;
import zwk.strategy.rule.RuleSet;

/** docs/rules.md and the message bundles cover every rule of the catalogue. */
class DocumentationTest {

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = DocumentationTest.class.getResourceAsStream("/zwk/strategy/" + name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void rulesMdListsEveryRuleWithSeverityAndEveryThresholdWithItsDefault() throws IOException {
    Path doc = Path.of(System.getProperty("user.dir")).resolve("../docs/rules.md");
    assertTrue(Files.exists(doc), "docs/rules.md must exist at " + doc.toAbsolutePath());
    String text = Files.readString(doc);
    RuleSet rs = RuleSet.standard();
    for (Rule r : rs.rules()) {
      assertTrue(text.contains("### " + r.id() + " · " + r.defaultSeverity().name()), r.id() + " heading with severity");
    }
    rs.thresholds().forEach((name, value) ->
        assertTrue(text.contains("| `" + name + "` | " + value.toPlainString() + " |"), name));
  }

  @Test
  void germanAndEnglishBundlesHaveTheSameKeysAndCoverEveryRule() throws IOException {
    Properties de = bundle("messages.properties");
    Properties en = bundle("messages_en.properties");
    assertEquals(new TreeSet<>(de.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    for (Rule r : RuleSet.standard().rules()) {
      boolean message = de.stringPropertyNames().stream().anyMatch(k -> k.startsWith(r.id() + ".") && k.endsWith(".message"));
      boolean hint = de.stringPropertyNames().stream().anyMatch(k -> k.startsWith(r.id() + ".") && k.endsWith(".hint"));
      assertTrue(message && hint, r.id());
    }
  }
}
