// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import zwk.model.catalogue.ActionFieldCatalogue;
import zwk.model.meta.MetaProperty;
import zwk.model.meta.MetaType;
import zwk.model.meta.ModelMetamodel;
import zwk.model.profile.MunicipalProfile;
import zwk.model.programme.ProgrammeDirectory;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Toolbox;
import zwk.strategy.ValidationReport;
import zwk.strategy.meta.StrategyMetamodel;
import zwk.strategy.rule.RuleSetConfig;

/**
 * The JSON bindings of the model types, derived once from the metamodel ({@link ModelMetamodel},
 * {@link StrategyMetamodel}, written at build time from the {@code *Def} types): every attribute is a
 * property of the same name, in declaration order, bound by its kind (required, defaulted,
 * optional, list, map) and element type. Derived, auxiliary and lazy attributes are not in the
 * metamodel, so they are not written.
 *
 * <p>What the metamodel cannot say is the explicit override layer below: {@link #VALUE_OVERRIDES}
 * (attributes whose element type alone does not give the binding) and {@link #NOT_IN_JSON} (model
 * types that belong to no document, with the reason). A model type that is neither reachable from a
 * document nor listed there, or an attribute whose type has no binding, fails {@code
 * MetamodelCoverageTest}; an unknown element type fails here, when the class is initialised.
 */
final class ModelCodecs {
  private ModelCodecs() {}

  /** Override: attributes (as {@code Type.attribute}) bound by a codec other than their element type's. */
  static final Map<String, Codec<?>> VALUE_OVERRIDES = Map.of(
      // Map<String, Object>: finding parameters are strings, booleans, numbers or arrays of those.
      "Finding.parameters", ParameterCodec.INSTANCE);

  /** Override: model types that are no part of any JSON document, with the reason. */
  static final Map<String, String> NOT_IN_JSON = Map.of(
      "StatisticsRecord", "official statistics are read from GENESIS/CSV files, never stored as zwk JSON",
      "RegisterEntry", "GV-ISys register records are read from the official files only",
      "Maturity", "computed by the validator from a strategy, not exchanged",
      "StageMaturity", "part of Maturity",
      "Deduction", "part of Maturity",
      "DemographyCheckEvaluation", "computed by the validator from a Demografie-Check, not exchanged",
      "RuleParameter", "a rule's declared parameter (code); thresholds travel in RuleSetConfig");

  private static final Map<Class<?>, MetaType<?, ?>> META = new LinkedHashMap<>();
  private static final Map<Class<?>, ObjectCodec<?, ?>> CODECS = new LinkedHashMap<>();
  private static final Set<Class<?>> IN_PROGRESS = new LinkedHashSet<>();

  static {
    for (List<MetaType<?, ?>> types : List.of(ModelMetamodel.types(), StrategyMetamodel.types())) {
      for (MetaType<?, ?> t : types) {
        META.put(t.type(), t);
      }
    }
  }

  static final ObjectCodec<MunicipalStrategy, ?> STRATEGY = codec(MunicipalStrategy.class);
  static final ObjectCodec<Toolbox, ?> TOOLBOX = codec(Toolbox.class);
  static final ObjectCodec<MunicipalProfile, ?> PROFILE = codec(MunicipalProfile.class);
  static final ObjectCodec<ActionFieldCatalogue, ?> CATALOGUE = codec(ActionFieldCatalogue.class);
  static final ObjectCodec<ProgrammeDirectory, ?> PROGRAMME_DIRECTORY = codec(ProgrammeDirectory.class);
  static final ObjectCodec<ValidationReport, ?> REPORT = codec(ValidationReport.class);
  static final ObjectCodec<RuleSetConfig, ?> RULES = codec(RuleSetConfig.class);

  /** Every binding, i.e. every model type reachable from a document, in order of first use (for {@link ZwkModule}). */
  static final List<ObjectCodec<?, ?>> ALL = Collections.unmodifiableList(new ArrayList<>(CODECS.values()));

  /** Every type of the metamodel (for the coverage test). */
  static Map<Class<?>, MetaType<?, ?>> metamodel() {
    return Collections.unmodifiableMap(META);
  }

  /** The binding of a model type, derived on first use. */
  @SuppressWarnings("unchecked")
  static synchronized <T> ObjectCodec<T, ?> codec(Class<T> type) {
    ObjectCodec<?, ?> c = CODECS.get(type);
    if (c != null) {
      return (ObjectCodec<T, ?>) c;
    }
    MetaType<T, ?> meta = (MetaType<T, ?>) META.get(type);
    if (meta == null) {
      throw new IllegalStateException("no metamodel for " + type.getName());
    }
    if (!IN_PROGRESS.add(type)) {
      throw new IllegalStateException("cyclic model type " + type.getName() + " cannot be bound");
    }
    ObjectCodec<T, ?> derived = derive(meta);
    IN_PROGRESS.remove(type);
    CODECS.put(type, derived);
    return derived;
  }

  private static <T, B> ObjectCodec<T, B> derive(MetaType<T, B> t) {
    ObjectCodec.Builder<T, B> b = ObjectCodec.of(t.type(), t.newBuilder(), t.build());
    for (MetaProperty<T, B> p : t.properties()) {
      Codec<Object> codec = valueCodec(t, p);
      switch (p.kind()) {
        case REQUIRED:
          b.required(p.name(), codec, p.getter(), p.setter());
          break;
        case DEFAULTED:
          b.defaulted(p.name(), codec, p.getter(), p.setter());
          break;
        case OPTIONAL:
          b.<Object>optional(p.name(), codec, p.<Optional<Object>>getter(), p.setter());
          break;
        case LIST:
          // Immutables builders copy the items of a list (ListSettersCopyTest)
          b.<Object>copiedList(p.name(), codec, p.<List<Object>>getter(), p.setter());
          break;
        case MAP:
          map(b, t, p, codec);
          break;
        default:
          throw new IllegalStateException("unknown kind " + p.kind());
      }
    }
    return b.build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T, B> void map(ObjectCodec.Builder<T, B> b, MetaType<T, B> t, MetaProperty<T, B> p, Codec<Object> codec) {
    Class<?> key = p.keyType().orElseThrow();
    if (key == String.class) {
      b.<Object>stringMap(p.name(), codec, p.<Map<String, Object>>getter(), p.setter());
    } else if (key.isEnum()) {
      b.enumMap(p.name(), (Class) key, codec, p.getter(), p.setter());
    } else {
      throw unbound(t, p, "map keys of type " + key.getName());
    }
  }

  @SuppressWarnings("unchecked")
  private static Codec<Object> valueCodec(MetaType<?, ?> t, MetaProperty<?, ?> p) {
    Codec<?> override = VALUE_OVERRIDES.get(t + "." + p.name());
    return (Codec<Object>) (override != null ? override : codecOf(t, p, p.valueType()));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Codec<?> codecOf(MetaType<?, ?> t, MetaProperty<?, ?> p, Class<?> c) {
    if (c == String.class) {
      return Codecs.STRING;
    } else if (c == Integer.class) {
      return Codecs.INT;
    } else if (c == Long.class) {
      return Codecs.LONG;
    } else if (c == Double.class) {
      return Codecs.DOUBLE;
    } else if (c == Boolean.class) {
      return Codecs.BOOLEAN;
    } else if (c == BigDecimal.class) {
      return Codecs.DECIMAL;
    } else if (c == LocalDate.class) {
      return Codecs.DATE;
    } else if (c == Ags.class) {
      return Codecs.AGS;
    } else if (c == Ars.class) {
      return Codecs.ARS;
    } else if (c.isEnum()) {
      return Codecs.enumOf((Class) c);
    } else if (META.containsKey(c)) {
      return codec(c);
    }
    throw unbound(t, p, "values of type " + c.getName());
  }

  private static IllegalStateException unbound(MetaType<?, ?> t, MetaProperty<?, ?> p, String what) {
    return new IllegalStateException("no JSON binding for " + t + "." + p.name() + ": " + what
        + " (add a codec to zwk.io.json.Codecs and ModelCodecs, or an entry to ModelCodecs.VALUE_OVERRIDES)");
  }
}
