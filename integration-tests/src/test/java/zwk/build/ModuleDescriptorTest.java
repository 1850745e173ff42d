// SPDX-License-Identifier: Apache-2.0
package zwk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the module descriptors against the code that other changes add: every package of a
 * library module is either exported by its {@code module-info.java} or one of the few internal
 * packages named here, and every package (also in zwk-testkit and zwk-cli) is {@code @NullMarked}
 * (docs/design.md, "The public API and its guard"). A new package without an export fails here.
 */
class ModuleDescriptorTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Library modules with a module-info, and their internal (not exported) packages. */
  private static final Map<String, Set<String>> INTERNAL = Map.of(
      "zwk-model", Set.of("zwk.model.internal"),
      "zwk-profile", Set.of(),
      "zwk-strategy", Set.of("zwk.strategy.rules", "zwk.strategy.constraint"),
      "zwk-io", Set.of(),
      "zwk-report", Set.of());

  private static Set<String> packages(String module) throws IOException {
    Path src = ROOT.resolve(module).resolve("src/main/java");
    try (Stream<Path> files = Files.walk(src)) {
      return files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("module-info.java"))
          .map(p -> src.relativize(p.getParent()).toString().replace('/', '.').replace('\\', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void everyPackageOfALibraryModuleIsExportedOrNamedInternal() throws IOException {
    Pattern exports = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    for (Map.Entry<String, Set<String>> e : INTERNAL.entrySet()) {
      String info = Files.readString(ROOT.resolve(e.getKey()).resolve("src/main/java/module-info.java"));
      Set<String> exported = new TreeSet<>();
      Matcher m = exports.matcher(info);
      while (m.find()) {
        exported.add(m.group(1));
      }
      Set<String> expected = new TreeSet<>(packages(e.getKey()));
      expected.removeAll(e.getValue());
      assertEquals(expected, exported, e.getKey() + ": module-info.java must export every API package");
    }
  }

  @Test
  void everyPackageIsNullMarked() throws IOException {
    for (String module : List.of("zwk-model", "zwk-profile", "zwk-strategy", "zwk-io", "zwk-report", "zwk-testkit",
        "zwk-cli")) {
      for (String pkg : packages(module)) {
        Path info = ROOT.resolve(module).resolve("src/main/java").resolve(pkg.replace('.', '/')).resolve("package-info.java");
        assertTrue(Files.exists(info), module + ": " + pkg + " has no package-info.java");
        assertTrue(Files.readString(info).contains("@NullMarked"), module + ": " + pkg + " is not @NullMarked");
      }
    }
  }
}
