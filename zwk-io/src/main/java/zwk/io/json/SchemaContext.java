// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Collects the {@code $defs} of a JSON Schema while codecs describe themselves. */
final class SchemaContext {
  final ObjectNode defs = JsonNodeFactory.instance.objectNode();

  /** Adds a {@code $ref} to the object codec's definition, creating the definition on first use. */
  void ref(ObjectNode target, ObjectCodec<?, ?> codec) {
    if (!defs.has(codec.typeName())) {
      ObjectNode def = JsonNodeFactory.instance.objectNode();
      defs.set(codec.typeName(), def);
      codec.objectSchema(def, this, null);
    }
    target.put("$ref", "#/$defs/" + codec.typeName());
  }
}
