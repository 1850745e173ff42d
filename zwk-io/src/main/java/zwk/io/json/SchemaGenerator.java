// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives the JSON Schema (2020-12) of a document format from its binding, so that the shipped
 * schema and the reader cannot drift apart (a test compares the shipped resource with this).
 */
final class SchemaGenerator {
  private SchemaGenerator() {}

  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** The schema of the format's current version. */
  static ObjectNode generate(DocumentFormat<?> f) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    ObjectNode root = n.objectNode();
    root.put("$schema", DIALECT);
    root.put("$id", "urn:zwk:schema:" + f.name() + ":" + f.version());
    root.put("title", f.name() + " version " + f.version() + " (" + f.type().getSimpleName() + ")");
    root.put("description", "A zwk document of format '" + f.name() + "': the properties of "
        + f.type().getSimpleName() + " at the top level, after \"format\" and \"version\". Property names are the"
        + " model's accessor names; absent optional values and empty lists are left out, never null.");
    ObjectNode header = n.objectNode();
    header.putObject(Documents.FORMAT).put("const", f.name());
    header.putObject(Documents.VERSION).put("const", f.version());
    SchemaContext s = new SchemaContext();
    f.codec().objectSchema(root, s, header);
    root.set("$defs", s.defs);
    return root;
  }
}
