// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.OutputStream;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.profile.projection.Cohorts;
import zwk.profile.projection.assumption.RegionalProjection;

/**
 * {@code zwk project --format json}: {@code {"assumptions", "startDate", "ages": [{"from","to"}…],
 * "regions": [{"key","name","years": [{"year","m": [...],"w": [...]}…]}…]}}, the counts by the bands of
 * {@code ages} in whole persons (rounded half up); the open band has no {@code "to"}.
 */
final class ProjectionJson {
  // the caller owns the stream (CommandOutput commits it after this returns)
  private static final JsonMapper MAPPER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private ProjectionJson() {}

  static void write(RegionalProjection p, String assumptions, Function<String, String> names, OutputStream out) {
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("assumptions", assumptions);
      g.writeStringProperty("startDate", p.startDate().toString());
      g.writeName("ages");
      g.writeStartArray();
      Cohorts first = p.population(p.regions().get(0), 0);
      for (AgeBand b : first.bands().bands()) {
        g.writeStartObject();
        g.writeNumberProperty("from", b.from());
        if (b.to().isPresent()) {
          g.writeNumberProperty("to", b.to().getAsInt());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("regions");
      g.writeStartArray();
      for (String key : p.regions()) {
        g.writeStartObject();
        g.writeStringProperty("key", key);
        g.writeStringProperty("name", names.apply(key));
        g.writeName("years");
        g.writeStartArray();
        for (int k = 0; k <= p.years(); k++) {
          Cohorts c = p.population(key, k);
          g.writeStartObject();
          g.writeNumberProperty("year", p.startDate().getYear() + k);
          for (Sex s : new Sex[] {Sex.MALE, Sex.FEMALE}) {
            g.writeName(s.code());
            g.writeStartArray();
            for (int b = 0; b < c.size(); b++) {
              g.writeNumber(Math.round(c.count(s, b)));
            }
            g.writeEndArray();
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}
