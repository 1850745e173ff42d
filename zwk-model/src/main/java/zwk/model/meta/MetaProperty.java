// SPDX-License-Identifier: Apache-2.0
package zwk.model.meta;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One attribute of a model type as the metamodel describes it: name (the accessor's), kind, element
 * type, and how to get it from a value and set it on a builder. Built by the generated metamodel
 * classes only.
 *
 * @param <T> the value type, e.g. {@code Measure}
 * @param <B> its builder
 */
public final class MetaProperty<T, B> {
  /** How an attribute holds its value. */
  public enum Kind {
    /** A mandatory single value. */
    REQUIRED,
    /** An {@code Optional<V>}; {@link #valueType()} is {@code V}. */
    OPTIONAL,
    /** A single value with a model default ({@code @Value.Default}): always set on a built value. */
    DEFAULTED,
    /** A {@code List<V>}; {@link #valueType()} is {@code V}. */
    LIST,
    /** A {@code Map<K, V>}; {@link #keyType()} is {@code K}, {@link #valueType()} is {@code V}. */
    MAP
  }

  private final String name;
  private final Kind kind;
  private final Class<?> keyType;
  private final Class<?> valueType;
  private final Function<T, ?> getter;
  private final BiConsumer<B, ?> setter;

  MetaProperty(String name, Kind kind, Class<?> keyType, Class<?> valueType, Function<T, ?> getter,
      BiConsumer<B, ?> setter) {
    this.name = name;
    this.kind = kind;
    this.keyType = keyType;
    this.valueType = valueType;
    this.getter = getter;
    this.setter = setter;
  }

  /** The accessor name, e.g. {@code leadDepartmentId}; also the JSON property name. */
  public String name() {
    return name;
  }

  /** The kind. */
  public Kind kind() {
    return kind;
  }

  /** The key type of a {@link Kind#MAP}, else empty. */
  public Optional<Class<?>> keyType() {
    return Optional.ofNullable(keyType);
  }

  /** The element type: the value, the {@code Optional}'s or list's element, the map's value (primitives boxed). */
  public Class<?> valueType() {
    return valueType;
  }

  /**
   * The accessor: returns {@code V} (required, defaulted), {@code Optional<V>}, {@code List<V>} or
   * {@code Map<K, V>}, by {@link #kind()}. Typed by the caller, which knows the kind.
   */
  @SuppressWarnings("unchecked")
  public <R> Function<T, R> getter() {
    return (Function<T, R>) getter;
  }

  /** The builder setter; takes {@code V}, {@code List<V>} or {@code Map<K, V>} by {@link #kind()}. */
  @SuppressWarnings("unchecked")
  public <R> BiConsumer<B, R> setter() {
    return (BiConsumer<B, R>) setter;
  }

  /** {@code name: KIND<type>}. */
  @Override
  public String toString() {
    return name + ": " + kind + "<" + (keyType == null ? "" : keyType.getSimpleName() + ", ") + valueType.getSimpleName() + ">";
  }
}
