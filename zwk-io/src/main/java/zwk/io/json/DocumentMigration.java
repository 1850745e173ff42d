// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * One explicit step that turns a document of version {@code n} into version {@code n + 1} of the
 * same format, on the JSON tree, before it is bound to the model. A reader applies the steps one
 * after the other from the document's version up to the current one.
 */
@FunctionalInterface
public interface DocumentMigration {

  /**
   * Migrates the document in place or returns a new one; {@code "format"} and {@code "version"}
   * are set by the caller afterwards.
   *
   * @param document the document of the older version
   * @return the document of the next version
   */
  ObjectNode migrate(ObjectNode document);
}
