// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.util.Objects;

/**
 * Options of a {@link DocumentReader}: how to treat unknown properties, and the {@link JsonLimits}.
 * The default ({@link #strict()}) fails on an unknown property with its JSON pointer.
 */
public final class ReadOptions {

  /** What to do with a property the document type does not define. */
  public enum UnknownProperties {
    /** Fail with an {@link UnknownPropertyException} naming its JSON pointer (the default). */
    FAIL,
    /**
     * Read on, skip the property and report it as a {@link JsonWarning}; a {@code null} for an
     * optional property is read as absent and reported the same way. Nothing is dropped silently.
     */
    WARN
  }

  private static final ReadOptions STRICT = new ReadOptions(UnknownProperties.FAIL, JsonLimits.defaults());

  private final UnknownProperties unknownProperties;
  private final JsonLimits limits;

  private ReadOptions(UnknownProperties unknownProperties, JsonLimits limits) {
    this.unknownProperties = Objects.requireNonNull(unknownProperties, "unknownProperties");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Strict mode with default limits (the facade's default). */
  public static ReadOptions strict() {
    return STRICT;
  }

  /** Lenient mode with default limits: unknown properties become warnings. */
  public static ReadOptions lenient() {
    return STRICT.withUnknownProperties(UnknownProperties.WARN);
  }

  /** The treatment of unknown properties. */
  public UnknownProperties unknownProperties() {
    return unknownProperties;
  }

  /** The limits. */
  public JsonLimits limits() {
    return limits;
  }

  /** A copy with another treatment of unknown properties. */
  public ReadOptions withUnknownProperties(UnknownProperties value) {
    return new ReadOptions(value, limits);
  }

  /** A copy with other limits. */
  public ReadOptions withLimits(JsonLimits value) {
    return new ReadOptions(unknownProperties, value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadOptions && ((ReadOptions) o).unknownProperties == unknownProperties
        && ((ReadOptions) o).limits.equals(limits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unknownProperties, limits);
  }

  @Override
  public String toString() {
    return "ReadOptions{" + unknownProperties + ", " + limits + "}";
  }
}
