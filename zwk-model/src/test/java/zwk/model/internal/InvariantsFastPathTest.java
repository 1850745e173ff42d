// SPDX-License-Identifier: Apache-2.0
package zwk.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The fast paths of {@link Invariants} against the code they replace, kept here as the reference:
 * the hash-set loop of {@code uniqueIds} (every list size, on both sides of {@link Invariants#SMALL})
 * and the regular expressions of {@code slug} and {@code fiveDigits}.
 */
class InvariantsFastPathTest {

  /** The former {@code uniqueIds}: its message, or null when the ids are unique. */
  private static String reference(String field, List<String> items) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String key = items.get(i);
      if (!seen.add(key)) {
        return field + "[" + i + "]: expected a unique id, got duplicate '" + key + "'";
      }
    }
    return null;
  }

  private static String actual(String field, List<String> items) {
    try {
      Invariants.uniqueIds(field, items, Function.identity());
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** Strings over {@code alphabet}, of length 0 to {@code max}. */
  private static Gen<String> strings(String alphabet, int max) {
    return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, max)
        .map(l -> l.stream().map(i -> String.valueOf(alphabet.charAt(i))).collect(Collectors.joining()));
  }

  @Test
  void uniqueIdsReportsWhatTheHashSetLoopReported() {
    // ids from a small alphabet, so that duplicates are common, in lists up to 3x the small-list bound
    qt().withExamples(2000).forAll(lists().of(strings("ab", 3)).ofSizeBetween(0, 3 * Invariants.SMALL))
        .checkAssert(items -> assertEquals(reference("measures", items), actual("measures", items)));
  }

  @Test
  void uniqueIdsExamples() {
    assertEquals(null, actual("f", List.of()));
    assertEquals(null, actual("f", List.of("a")));
    assertEquals("f[1]: expected a unique id, got duplicate 'a'", actual("f", List.of("a", "a")));
    assertEquals("f[3]: expected a unique id, got duplicate 'b'", actual("f", List.of("a", "b", "c", "b", "a")));
    List<String> large = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "3");
    assertEquals("f[10]: expected a unique id, got duplicate '3'", actual("f", large));
  }

  @Test
  void slugIsTheRegularExpression() {
    Pattern slug = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    qt().withExamples(5000).forAll(strings("az09-A_ ä", 8))
        .checkAssert(s -> assertEquals(slug.matcher(s).matches(), Invariants.slug(s), s));
    assertTrue(Invariants.slug("demografie-2030"));
    assertFalse(Invariants.slug("-a"));
    assertFalse(Invariants.slug("a-"));
    assertFalse(Invariants.slug("a--b"));
    assertFalse(Invariants.slug(""));
    assertFalse(Invariants.slug("Abc"));
  }

  @Test
  void fiveDigitsIsTheRegularExpression() {
    Pattern five = Pattern.compile("[0-9]{5}");
    qt().withExamples(3000).forAll(strings("0159a ١", 7))
        .checkAssert(s -> assertEquals(five.matcher(s).matches(), Invariants.fiveDigits(s), s));
    assertTrue(Invariants.fiveDigits("39179"));
    assertFalse(Invariants.fiveDigits("3917"));
    assertFalse(Invariants.fiveDigits("391790"));
    assertFalse(Invariants.fiveDigits("3917a"));
  }
}
