// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import zwk.model.catalogue.ActionFieldCatalogue;
import zwk.model.profile.MunicipalProfile;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Toolbox;
import zwk.testkit.ModelGenerators;

/**
 * For random valid documents of every type (generators from zwk-testkit, whose text includes
 * umlauts, ß, non-BMP characters, quotes, backslashes and control characters):
 * {@code read(write(x)).equals(x)} and {@code write(read(write(x)))} is byte-identical to
 * {@code write(x)}, through every source kind.
 */
class RoundTripPropertyTest {

  private static <T> void roundTrips(Gen<T> gen, Class<T> type) {
    qt().withExamples(150).forAll(gen).checkAssert(x -> {
      byte[] bytes = ZwkJson.writeBytes(x);
      String text = ZwkJson.writeString(x);
      assertArrayEquals(bytes, text.getBytes(StandardCharsets.UTF_8));
      T fromBytes = ZwkJson.read(bytes, type);
      assertEquals(x, fromBytes);
      assertEquals(x, ZwkJson.read(text, type));
      assertEquals(x, ZwkJson.read(new ByteArrayInputStream(bytes), type));
      assertEquals(x, ZwkJson.read(new StringReader(text), type));
      assertArrayEquals(bytes, ZwkJson.writeBytes(fromBytes));
    });
  }

  @Test
  void strategies() {
    roundTrips(ModelGenerators.strategies(), MunicipalStrategy.class);
  }

  @Test
  void toolboxes() {
    roundTrips(ModelGenerators.toolboxes(), Toolbox.class);
  }

  @Test
  void programmeDirectories() {
    roundTrips(ModelGenerators.programmeDirectories(), zwk.model.programme.ProgrammeDirectory.class);
  }

  @Test
  void profiles() {
    roundTrips(ModelGenerators.profiles(), MunicipalProfile.class);
  }

  @Test
  void catalogues() {
    roundTrips(ModelGenerators.catalogues(), ActionFieldCatalogue.class);
  }
}
