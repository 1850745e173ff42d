// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Toolbox;
import zwk.profile.projection.assumption.ProjectionAssumptions;

/**
 * Fuzz tests of the reader. In {@code mvn verify} they run in regression mode over the inputs in
 * {@code src/test/resources/zwk/io/json/JsonFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes. The
 * only exception allowed to escape is the documented {@link ZwkFormatException} (and its subtypes).
 */
class JsonFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void readStrategy(byte[] data) {
    try {
      MunicipalStrategy s = ZwkJson.read(data, MunicipalStrategy.class);
      // Whatever was accepted must write and read back to the same value.
      if (!s.equals(ZwkJson.read(ZwkJson.writeBytes(s), MunicipalStrategy.class))) {
        throw new AssertionError("round trip changed the document");
      }
    } catch (ZwkFormatException expected) {
      // documented
    }
    try {
      ZwkJson.detectFormat(new ByteArrayInputStream(data));
    } catch (ZwkFormatException expected) {
      // documented
    }
    try (DocumentStream<MunicipalStrategy> stream = ZwkJson.stream(new ByteArrayInputStream(data), MunicipalStrategy.class)) {
      stream.forEachRemaining(x -> { });
    } catch (ZwkFormatException expected) {
      // documented
    }
  }

  @FuzzTest(maxDuration = "30s")
  void readProjectionAssumptions(byte[] data) {
    try {
      ProjectionAssumptions a = ZwkJson.read(data, ProjectionAssumptions.class);
      if (!a.equals(ZwkJson.read(ZwkJson.writeBytes(a), ProjectionAssumptions.class))) {
        throw new AssertionError("round trip changed the document");
      }
    } catch (ZwkFormatException expected) {
      // documented
    }
  }

  @FuzzTest(maxDuration = "30s")
  void readToolboxLenient(byte[] data) {
    try {
      ZwkJson.reader(ReadOptions.lenient()).readWithWarnings(new ByteArrayInputStream(data), Toolbox.class);
    } catch (ZwkFormatException expected) {
      // documented
    }
  }

  @FuzzTest(maxDuration = "30s")
  void readProgrammes(byte[] data) {
    try {
      zwk.model.programme.ProgrammeDirectory d = ZwkJson.read(data, zwk.model.programme.ProgrammeDirectory.class);
      if (!d.equals(ZwkJson.read(ZwkJson.writeBytes(d), zwk.model.programme.ProgrammeDirectory.class))) {
        throw new AssertionError("round trip changed the document");
      }
    } catch (ZwkFormatException expected) {
      // documented
    }
  }
}
