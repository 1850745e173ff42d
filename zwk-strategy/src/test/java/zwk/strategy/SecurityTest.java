// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zwk.model.participation.IdeaStatus;
import zwk.model.strategy.MunicipalStrategy;

/**
 * docs/design.md rule 5 / CVE-2020-10693: user text in findings is data. Texts containing Expression
 * Language, MessageFormat placeholders and our own placeholder syntax appear verbatim; nothing is
 * evaluated.
 */
class SecurityTest {
  private static final String EL = "${1+1}";
  private static final String DEFERRED = "#{7*7}";
  private static final String GET_CLASS = "${''.getClass()}";
  private static final String FORMAT = "{0}";
  private static final String OWN = "{title}";
  private static final String ALL = "Bus " + EL + " " + DEFERRED + " " + GET_CLASS + " " + FORMAT + " " + OWN;

  @Test
  void hostileTitlesAndTextsAppearVerbatimAndUnevaluated() {
    MunicipalStrategy s = Fixtures.measure(Fixtures.complete(), 0, m -> m.withTitle(ALL).withLeadDepartmentId(Optional.empty()));
    s = Fixtures.event(s, 0, e -> e.withIdeas(Fixtures.set(e.ideas(), 3, e.ideas().get(3).withText(ALL)
        .withStatus(IdeaStatus.OPEN).withAnswer(Optional.empty()))));
    s = s.withMunicipality(s.municipality().withName(EL));
    for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
      ValidationReport r = Fixtures.validator().validate(s, locale);
      String lead = r.findings("ZWK-PLAN-001").get(0).message();
      String idea = r.findings("ZWK-IDEA-001").get(0).message();
      for (String m : List.of(lead, idea)) {
        assertTrue(m.contains(ALL), m);
        assertFalse(m.contains("Bus 2 "), m);
        assertFalse(m.contains("49"), m);
        assertFalse(m.contains("java.lang.String"), m);
      }
      assertEquals(ALL, r.findings("ZWK-PLAN-001").get(0).parameters().get("title"));
      // A non-blank hostile municipality name violates nothing and is not evaluated anywhere.
      assertEquals(List.of(), r.findings("ZWK-FIELD-001"));
    }
    assertEquals("Die Maßnahme „" + ALL + "“ hat keine Federführung.",
        Fixtures.validator().validate(s).findings("ZWK-PLAN-001").get(0).message());
  }

  @Test
  void hostileMeasureTitlesAndDepartmentNamesInParallelStructuresAppearVerbatim() {
    // An inventory entry parallel to m-rufbus (Bauamt, youth, mobility), led by a department whose
    // name is hostile; the entry's own title is hostile too.
    zwk.model.profile.ExistingMeasure bus = zwk.model.profile.ExistingMeasure.builder().id("inv-bus").title(ALL)
        .addActionFieldIds("mobility").addTargetGroups(zwk.model.catalogue.TargetGroup.YOUTH)
        .leadDepartmentId("evil").build();
    MunicipalStrategy s = Fixtures.profile(Fixtures.complete(), p -> p.withInventory(Fixtures.append(p.inventory(), bus)));
    s = s.withDepartments(Fixtures.append(s.departments(),
        zwk.model.catalogue.Department.builder().id("evil").name(ALL).build()));
    for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
      Finding f = Fixtures.validator().validate(s, locale).findings("ZWK-PAR-001").get(0);
      String quoted = locale == Locale.GERMAN ? "„" + ALL + "“" : "\"" + ALL + "\"";
      // Once as the title, once as the department name.
      assertEquals(2, f.message().split(java.util.regex.Pattern.quote(quoted), -1).length - 1, f.message());
      assertFalse(f.message().contains("Bus 2 "), f.message());
      assertFalse(f.message().contains("49"), f.message());
      assertFalse(f.message().contains("java.lang.String"), f.message());
      assertEquals(ALL, f.parameters().get("otherTitle"));
      assertEquals(ALL, f.parameters().get("otherLeadDepartmentName"));
    }
  }

  @Test
  void formatterDoesOneNonRecursivePass() {
    assertEquals("a ${x} {b} c", zwk.strategy.rule.Messages.format("a {v} c", java.util.Map.of("v", "${x} {b}", "b", "B")));
    assertEquals("{unknown} stays", zwk.strategy.rule.Messages.format("{unknown} stays", java.util.Map.of()));
    assertEquals("{ unclosed", zwk.strategy.rule.Messages.format("{ unclosed", java.util.Map.of()));
  }

  /** A bean whose constraint message template contains EL, as an attacker-controlled template would. */
  static final class Hostile {
    @jakarta.validation.constraints.NotBlank(message = "x ${1+1} ${''.getClass()} {0}")
    String name() {
      return "";
    }
  }

  @Test
  void hibernateValidatorNeverEvaluatesExpressionLanguage() {
    var violations = zwk.strategy.constraint.Constraints.validator().validate(new Hostile());
    assertEquals(1, violations.size());
    String message = violations.iterator().next().getMessage();
    assertFalse(message.contains("x 2"), message);
    assertFalse(message.contains("java.lang.String"), message);
    assertTrue(message.contains("${1+1}"), message);
  }

  @Test
  void toStringsCarryNoUserText() {
    ValidationReport r = Fixtures.validator().validate(
        Fixtures.measure(Fixtures.complete(), 0, m -> m.withTitle("Geheim").withLeadDepartmentId(Optional.empty())));
    assertFalse(r.toString().contains("Geheim"));
    assertFalse(r.findings().get(0).toString().contains("Geheim"));
  }
}
