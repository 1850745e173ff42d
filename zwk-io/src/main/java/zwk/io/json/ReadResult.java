// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.util.List;
import java.util.Objects;

/**
 * A document read in lenient mode together with the {@link JsonWarning warnings} for what was
 * skipped.
 *
 * @param <T> the document type
 */
public final class ReadResult<T> {
  private final T value;
  private final List<JsonWarning> warnings;

  ReadResult(T value, List<JsonWarning> warnings) {
    this.value = Objects.requireNonNull(value, "value");
    this.warnings = List.copyOf(warnings);
  }

  /** The document. */
  public T value() {
    return value;
  }

  /** What was skipped, in document order; empty when nothing was. */
  public List<JsonWarning> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "ReadResult{" + value.getClass().getSimpleName() + ", " + warnings.size() + " warnings}";
  }
}
