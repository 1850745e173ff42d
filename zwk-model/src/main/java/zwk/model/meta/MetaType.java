// SPDX-License-Identifier: Apache-2.0
package zwk.model.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One model type as the metamodel describes it: the public value type, its builder, and its
 * attributes in declaration order (the canonical order of every format). The metamodel is written at
 * build time by {@code zwk-metamodel-processor} from the Immutables {@code *Def} types (classes
 * {@code zwk.model.meta.ModelMetamodel}, {@code zwk.strategy.meta.StrategyMetamodel}); zwk-io derives
 * its JSON bindings, JSON Schemas and the flat-table checks from it, zwk-testkit its coverage check.
 *
 * @param <T> the value type, e.g. {@code Measure}
 * @param <B> its builder
 */
public final class MetaType<T, B> {
  private final Class<T> type;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<MetaProperty<T, B>> properties;

  private MetaType(Class<T> type, Supplier<B> newBuilder, Function<B, T> build, List<MetaProperty<T, B>> properties) {
    this.type = type;
    this.newBuilder = newBuilder;
    this.build = build;
    this.properties = List.copyOf(properties);
  }

  /** Starts a description (used by the generated metamodel classes). */
  public static <T, B> Builder<T, B> builder(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
    return new Builder<>(type, newBuilder, build);
  }

  /** The public value type. */
  public Class<T> type() {
    return type;
  }

  /** A new, empty builder of the type. */
  public Supplier<B> newBuilder() {
    return newBuilder;
  }

  /** Builds the value (the model's invariants are checked here). */
  public Function<B, T> build() {
    return build;
  }

  /** The attributes in declaration order. */
  public List<MetaProperty<T, B>> properties() {
    return properties;
  }

  /** The attribute with that accessor name. */
  public Optional<MetaProperty<T, B>> property(String name) {
    return properties.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The type's simple name. */
  @Override
  public String toString() {
    return type.getSimpleName();
  }

  /** Adds the attributes in declaration order. */
  public static final class Builder<T, B> {
    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<MetaProperty<T, B>> properties = new ArrayList<>();

    private Builder(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
      this.type = type;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** A mandatory attribute. */
    public <V> Builder<T, B> required(String name, Class<V> valueType, Function<T, V> get, BiConsumer<B, V> set) {
      return add(new MetaProperty<>(name, MetaProperty.Kind.REQUIRED, null, valueType, get, set));
    }

    /** An attribute with a model default. */
    public <V> Builder<T, B> defaulted(String name, Class<V> valueType, Function<T, V> get, BiConsumer<B, V> set) {
      return add(new MetaProperty<>(name, MetaProperty.Kind.DEFAULTED, null, valueType, get, set));
    }

    /** An {@code Optional} attribute. */
    public <V> Builder<T, B> optional(String name, Class<V> valueType, Function<T, Optional<V>> get,
        BiConsumer<B, V> set) {
      return add(new MetaProperty<>(name, MetaProperty.Kind.OPTIONAL, null, valueType, get, set));
    }

    /** A list attribute. */
    public <V> Builder<T, B> list(String name, Class<V> valueType, Function<T, List<V>> get,
        BiConsumer<B, List<V>> set) {
      return add(new MetaProperty<>(name, MetaProperty.Kind.LIST, null, valueType, get, set));
    }

    /** A map attribute. */
    public <K, V> Builder<T, B> map(String name, Class<K> keyType, Class<V> valueType, Function<T, Map<K, V>> get,
        BiConsumer<B, Map<K, V>> set) {
      return add(new MetaProperty<>(name, MetaProperty.Kind.MAP, keyType, valueType, get, set));
    }

    private Builder<T, B> add(MetaProperty<T, B> p) {
      properties.add(p);
      return this;
    }

    /** The description. */
    public MetaType<T, B> build() {
      return new MetaType<>(type, newBuilder, build, properties);
    }
  }
}
