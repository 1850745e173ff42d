// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The plain JSON of {@code peers}, {@code types} and {@code recommend} (no zwk document type). */
final class CliJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private CliJson() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The node as UTF-8 bytes with a final line feed. */
  static byte[] bytes(ObjectNode node) {
    byte[] b = MAPPER.writeValueAsBytes(node);
    byte[] out = java.util.Arrays.copyOf(b, b.length + 1);
    out[b.length] = '\n';
    return out;
  }
}
