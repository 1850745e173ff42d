// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checked-in {@code GeneratedReaders.java} is what {@link ReaderGenerator} writes for the current
 * metamodel, and every bound model type is read by its generated reader. An attribute added to a
 * model type (e.g. {@code reviewProbe()} on {@code MeasureDef}) changes the type's signature: its reader
 * is no longer attached (the generic loop reads it, nothing is lost) and both tests fail until the file
 * is generated again ({@code -Dzwk.generateReaders=true}).
 */
class GeneratedReadersTest {

  @Test
  void generatedFileIsWhatTheGeneratorWrites() throws Exception {
    String expected = ReaderGenerator.generate();
    ReaderGenerator.writeIfAsked(expected);
    String actual = Files.readString(ReaderGenerator.TARGET, StandardCharsets.UTF_8);
    assertEquals(expected, actual, "GeneratedReaders.java is stale: run this test with -Dzwk.generateReaders=true");
  }

  @Test
  void everyBoundTypeIsReadByItsGeneratedReader() {
    List<String> generic = new ArrayList<>();
    for (ObjectCodec<?, ?> c : ModelCodecs.ALL) {
      if (!c.generated()) {
        generic.add(c.typeName());
      }
    }
    assertTrue(generic.isEmpty(), "read without a generated reader (regenerate GeneratedReaders.java): " + generic);
  }
}
