package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import zwk.model.sample.SampleStrategies;
import zwk.model.strategy.MunicipalStrategy;

class SmokeTest {
  @Test
  void barleben() throws Exception {
    MunicipalStrategy s = SampleStrategies.barleben();
    String json = ZwkJson.writeString(s);
    Files.writeString(Path.of("target/barleben.json"), json);
    assertEquals(s, ZwkJson.read(json, MunicipalStrategy.class));
  }
}
