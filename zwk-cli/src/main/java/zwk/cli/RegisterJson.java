// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.OutputStream;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import zwk.io.json.ZwkModule;
import zwk.model.region.Municipality;

/**
 * JSON of a list of municipalities (not a zwk document type, so written as a plain array with
 * zwk-io's {@link ZwkModule}: the same property names as inside a strategy document).
 */
final class RegisterJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new ZwkModule())
      .enable(SerializationFeature.INDENT_OUTPUT).build();

  private RegisterJson() {}

  /** Writes the municipalities as a JSON array; the stream is flushed, not closed. */
  static void write(List<Municipality> municipalities, OutputStream out) throws java.io.IOException {
    byte[] bytes = MAPPER.writerFor(MAPPER.getTypeFactory().constructCollectionType(List.class, Municipality.class))
        .writeValueAsBytes(municipalities);
    out.write(bytes);
    out.write('\n');
    out.flush();
  }
}
