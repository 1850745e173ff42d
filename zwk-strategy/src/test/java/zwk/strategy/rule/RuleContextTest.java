// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import zwk.model.catalogue.Department;
import zwk.model.profile.ExistingMeasure;
import zwk.model.sample.SampleStrategies;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Tool;
import zwk.model.toolbox.ToolKind;

/**
 * The context's name lookups: titles and names written by hand from {@code SampleStrategies.barleben()},
 * and the id where a record is unknown or its name is blank.
 */
class RuleContextTest {

  private static RuleContext context(MunicipalStrategy s) {
    return RuleContext.of(s, java.time.LocalDate.of(2024, 6, 30), Map.of());
  }

  @Test
  void namesAndTitlesOfKnownRecords() {
    MunicipalStrategy s = SampleStrategies.barleben()
        .withTools(Tool.builder().id("kinderstadtplan").title("Kinderstadtplan").kind(ToolKind.CONCEPT).build());
    RuleContext ctx = context(s);
    assertEquals("Bau- und Ordnungsamt", ctx.departmentName("bauamt"));
    assertEquals("Seniorenbeirat Barleben", ctx.actorName("seniorenbeirat"));
    assertEquals("Kinderstadtplan", ctx.toolTitle("kinderstadtplan"));
    assertEquals("Rufbus am Abend und am Wochenende", ctx.ideaText("i1"));
    assertEquals("Rufbus für Abend und Wochenende", ctx.measureTitle("m-rufbus"));
    assertEquals("Seniorentreff im Bürgerhaus", ctx.inventoryTitle("inv-seniorentreff"));
    assertEquals("Alle Ortsteile sind ohne Auto erreichbar", ctx.goalTitle("g-1"));
    assertTrue(ctx.departmentIds().contains("bauamt"));
    assertTrue(ctx.inventoryIds().contains("inv-seniorentreff"));
  }

  @Test
  void unknownIdsAndBlankNamesFallBackToTheId() {
    MunicipalStrategy s = SampleStrategies.barleben()
        .withDepartments(Department.builder().id("bauamt").name("  ").build());
    s = s.withProfile(s.profile().get().withInventory(ExistingMeasure.builder().id("inv-x").title("").build()));
    RuleContext ctx = context(s);
    assertEquals("bauamt", ctx.departmentName("bauamt"));
    assertEquals("kaemmerei", ctx.departmentName("kaemmerei"));
    assertEquals("inv-x", ctx.inventoryTitle("inv-x"));
    // Plan measures and inventory entries are looked up separately.
    assertEquals("inv-x", ctx.measureTitle("inv-x"));
    assertEquals("m-rufbus", ctx.inventoryTitle("m-rufbus"));
    assertEquals("nobody", ctx.actorName("nobody"));
    assertEquals("no-tool", ctx.toolTitle("no-tool"));
    assertEquals("i99", ctx.ideaText("i99"));
    assertEquals("g-99", ctx.goalTitle("g-99"));
    assertEquals("x", RuleContext.titleOrId(null, "x"));
    assertEquals("Titel", RuleContext.titleOrId("Titel", "x"));
  }
}
