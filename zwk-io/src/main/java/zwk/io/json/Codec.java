// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads, writes and describes (as JSON Schema) one kind of JSON value. Implementations are
 * stateless and thread-safe.
 *
 * @param <T> the Java type
 */
interface Codec<T> {

  /**
   * Reads a value. The parser stands on the value's first token; afterwards it stands on the
   * value's last token. Never returns null.
   */
  T read(ReadContext c);

  /** Writes a value (never null). */
  void write(JsonGenerator g, T value);

  /** Adds the JSON Schema of the value to {@code target}; object types go to the definitions of {@code s}. */
  void schema(ObjectNode target, SchemaContext s);

  /** What a value of this kind looks like, for "expected …" in error messages. */
  String expected();
}
