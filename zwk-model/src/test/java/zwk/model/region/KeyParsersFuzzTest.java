// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import zwk.model.catalogue.ActionFields;
import zwk.model.catalogue.ActorType;
import zwk.model.catalogue.TargetGroup;
import zwk.model.participation.ParticipationFormat;
import zwk.model.stage.StrategyStage;
import zwk.model.statistics.Sex;

/**
 * Fuzz tests of the model's text parsers. In {@code mvn verify} they run in regression mode over the
 * seeds in {@code src/test/resources/zwk/model/region/KeyParsersFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} they fuzz. Only the documented {@link IllegalArgumentException} may escape,
 * its message must start with the field, and an accepted key must be canonical and stable.
 */
class KeyParsersFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void parseKeys(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      Ags ags = Ags.parse(text);
      assertEquals(ags, Ags.of(ags.code()), "parsed AGS is canonical");
      assertEquals(ags, Ags.parse(ags.code()));
      assertTrue(ags.code().equals("DG") || ags.code().chars().allMatch(c -> c >= '0' && c <= '9'), ags.code());
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().startsWith("ags: "), e.getMessage());
      assertTrue(e.getMessage().length() < 200, "echo is cut: " + e.getMessage().length());
    }
    try {
      Ars ars = Ars.parse(text);
      assertEquals(ars, Ars.of(ars.code()), "parsed ARS is canonical");
      if (ars.hasAgs()) {
        assertTrue(ars.toAgs().isWithin(Ags.of(ars.code().substring(0, 2))));
      }
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().startsWith("ars: "), e.getMessage());
    }
    // The strict factories accept only canonical text and keep it as it is.
    if (Ags.isValid(text)) {
      assertEquals(text, Ags.of(text).code());
    }
    if (Ars.isValid(text)) {
      assertEquals(text, Ars.of(text).code());
    }
  }

  @FuzzTest(maxDuration = "60s")
  void parseLabels(byte[] input) throws Exception {
    String text = new String(input, StandardCharsets.UTF_8);
    ActionFields.parse(text);
    for (Class<?> type : List.of(ActorType.class, TargetGroup.class, ParticipationFormat.class, StrategyStage.class,
        MunicipalityType.class, FederalState.class, RegionLevel.class, Sex.class)) {
      Method parse = type.getMethod("parse", String.class);
      try {
        assertEquals(type, parse.invoke(null, text).getClass());
      } catch (java.lang.reflect.InvocationTargetException e) {
        assertTrue(e.getCause() instanceof IllegalArgumentException, type + ": " + e.getCause());
      }
    }
  }
}
