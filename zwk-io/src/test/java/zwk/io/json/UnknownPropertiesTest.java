// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Toolbox;

/** Strict mode fails with the pointer of an unknown property; lenient mode reads on and reports it. */
class UnknownPropertiesTest {

  private static final String DOC = "{\"format\":\"zwk.strategy\",\"version\":1,\n"
      + "\"municipality\":{\"ags\":\"15083040\",\"name\":\"Barleben\"},\n"
      + "\"plan\":{\"measures\":[{\"id\":\"m1\",\"title\":\"Rufbus\"},\n"
      + "  {\"id\":\"m2\",\"title\":\"Dorfladen\",\"colour\":{\"r\":[1,2,3]},\"leadDepartmentId\":\"bauamt\"}]},\n"
      + "\"extra\":true,\"asOf\":null}";

  @Test
  void strictModeFailsWithThePointerAndLocation() {
    UnknownPropertyException e = assertThrows(UnknownPropertyException.class,
        () -> ZwkJson.read(DOC, MunicipalStrategy.class));
    assertEquals("/plan/measures/1/colour", e.pointer());
    assertEquals(4, e.line());
    assertEquals("'colour'", e.found());
    assertTrue(e.expected().contains("leadDepartmentId"), e.expected());
  }

  @Test
  void lenientModeReadsOnAndReportsEverySkippedProperty() {
    ReadResult<MunicipalStrategy> r = ZwkJson.reader(ReadOptions.lenient()).readWithWarnings(DOC, MunicipalStrategy.class);
    MunicipalStrategy s = r.value();
    assertEquals("bauamt", s.plan().get().measures().get(1).leadDepartmentId().get());
    assertTrue(s.asOf().isEmpty());
    List<JsonWarning> w = r.warnings();
    assertEquals(3, w.size(), w.toString());
    assertEquals("/plan/measures/1/colour", w.get(0).pointer());
    assertEquals(4, w.get(0).line());
    assertEquals("/extra", w.get(1).pointer());
    assertEquals("/asOf", w.get(2).pointer());
    assertTrue(w.get(2).message().contains("null"), w.get(2).message());
  }

  @Test
  void lenientReadWithoutWarningsIsRefusedSoThatNothingIsLostSilently() {
    DocumentReader lenient = ZwkJson.reader(ReadOptions.lenient());
    assertThrows(IllegalStateException.class, () -> lenient.read(DOC, MunicipalStrategy.class));
  }

  @Test
  void strictModeRejectsNullForAnOptionalProperty() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ZwkJson.read(
        "{\"format\":\"zwk.toolbox\",\"version\":1,\"name\":null}", Toolbox.class));
    assertEquals("/name", e.pointer());
  }
}
