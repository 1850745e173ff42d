// SPDX-License-Identifier: Apache-2.0
package zwk.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import zwk.model.region.Ags;
import zwk.model.region.Ars;

/**
 * The value contract of a generated (Immutables) type, checked by reflection over its withers, so
 * that one helper covers every type and a new attribute is covered without writing a test:
 *
 * <ul>
 *   <li>two independently built equal values are equal with equal hash codes; no public method
 *       names the package-private {@code *Def}; {@code builder().from(x).build()} equals {@code x};
 *   <li>every wither returns a changed copy that is unequal to the original, carries the new value,
 *       and leaves the original unchanged;
 *   <li>a {@code null} for a mandatory attribute fails with a {@link NullPointerException} whose
 *       message contains the attribute name (wither; builder {@code add}/{@code put} for
 *       collections); {@code null} for an optional attribute means "absent";
 *   <li>returned lists and maps are unmodifiable.
 * </ul>
 */
final class ValueContract {
  private ValueContract() {}

  private enum Kind { SCALAR, OPTIONAL, LIST, MAP }

  /**
   * Checks the contract for the type the supplier builds.
   *
   * @param coupled attributes that cannot change alone because an invariant ties them to another
   *     attribute (each has its own invariant test); they are still checked for null handling
   */
  static void check(Supplier<?> sample, Set<String> coupled) throws Exception {
    Object a = sample.get();
    Object b = sample.get();
    Class<?> type = a.getClass();
    String name = type.getSimpleName();
    assertNotSame(a, b);
    assertEquals(a, b, name + ": two equal values");
    assertEquals(a.hashCode(), b.hashCode(), name + ": hash codes of equal values");
    assertNotEquals(null, a);
    assertNotEquals(a, new Object());
    assertTrue(a.toString().startsWith(name + "{"), name + ": toString names the type: " + a);

    assertPublicApiNamesNoDef(type);
    for (Class<?> nested : type.getClasses()) {
      assertPublicApiNamesNoDef(nested);
    }
    Object rebuilt = fromBuilder(a);
    assertNotSame(a, rebuilt);
    assertEquals(a, rebuilt, name + ": builder().from(x).build()");
    assertEquals(a.hashCode(), rebuilt.hashCode());

    Map<String, List<Method>> withers = withers(type);
    assertTrue(!withers.isEmpty(), name + " has withers");
    for (Map.Entry<String, List<Method>> e : withers.entrySet()) {
      String attr = e.getKey();
      Method accessor = type.getMethod(attr);
      Type returnType = accessor.getGenericReturnType();
      Kind kind = kindOf(accessor.getReturnType());
      Method wither = pickWither(e.getValue(), kind, accessor.getReturnType());
      Object before = accessor.invoke(a);
      if (!coupled.contains(attr)) {
        checkWither(a, b, attr, accessor, wither, kind, returnType, before);
      }
      checkNulls(a, attr, accessor, e.getValue(), kind);
      checkUnmodifiable(a, attr, before, kind);
    }
  }

  private static void checkWither(Object a, Object b, String attr, Method accessor, Method wither, Kind kind,
      Type returnType, Object before) throws Exception {
    String where = a.getClass().getSimpleName() + "." + attr;
    List<String> rejected = new ArrayList<>();
    for (Object candidate : candidates(kind, returnType, before)) {
      Object changed;
      try {
        changed = wither.invoke(a, candidate);
      } catch (InvocationTargetException ex) {
        if (ex.getCause() instanceof IllegalArgumentException) {
          rejected.add(String.valueOf(candidate) + " (" + ex.getCause().getMessage() + ")");
          continue;
        }
        throw ex;
      }
      assertNotSame(a, changed, where + ": wither returns a copy");
      assertNotEquals(a, changed, where + ": changed copy differs from the original");
      assertEquals(candidate, accessor.invoke(changed), where + ": the copy carries the new value");
      assertEquals(before, accessor.invoke(a), where + ": the original keeps its value");
      assertEquals(b, a, where + ": the original is unchanged");
      return;
    }
    fail(where + ": no candidate value was accepted: " + rejected);
  }

  private static void checkNulls(Object a, String attr, Method accessor, List<Method> withers, Kind kind)
      throws Exception {
    String where = a.getClass().getSimpleName() + "." + attr;
    switch (kind) {
      case SCALAR: {
        Method w = withers.get(0);
        if (w.getParameterTypes()[0].isPrimitive()) {
          return;
        }
        InvocationTargetException ex = assertThrows(InvocationTargetException.class, () -> w.invoke(a, (Object) null));
        assertTrue(ex.getCause() instanceof NullPointerException, where + ": null gives " + ex.getCause());
        assertNotNull(ex.getCause().getMessage(), where + ": NPE message");
        assertTrue(ex.getCause().getMessage().contains(attr), where + ": NPE message names the attribute: "
            + ex.getCause().getMessage());
        return;
      }
      case OPTIONAL: {
        for (Method w : withers) {
          if (w.getParameterTypes()[0] != Optional.class) {
            Object cleared;
            try {
              cleared = w.invoke(a, (Object) null);
            } catch (InvocationTargetException ex) {
              // An invariant that requires this attribute here (value xor reason) may reject absence.
              assertTrue(ex.getCause() instanceof IllegalArgumentException, where + ": null gives " + ex.getCause());
              return;
            }
            assertEquals(Optional.empty(), accessor.invoke(cleared), where + ": null means absent");
            return;
          }
        }
        fail(where + ": no nullable wither");
        return;
      }
      case LIST: {
        Method add = builderMethod(a, "add", attr, 1);
        Object builder = a.getClass().getMethod("builder").invoke(null);
        InvocationTargetException ex = assertThrows(InvocationTargetException.class,
            () -> add.invoke(builder, (Object) null));
        assertTrue(ex.getCause() instanceof NullPointerException, where + ": null element gives " + ex.getCause());
        assertTrue(ex.getCause().getMessage().contains(attr), where + ": NPE message names the attribute: "
            + ex.getCause().getMessage());
        return;
      }
      default: {
        Method put = builderMethod(a, "put", attr, 2);
        Object builder = a.getClass().getMethod("builder").invoke(null);
        Object someValue = put.getParameterTypes()[1] == int.class ? (Object) 1 : "x";
        InvocationTargetException ex = assertThrows(InvocationTargetException.class,
            () -> put.invoke(builder, null, someValue));
        assertTrue(ex.getCause() instanceof NullPointerException, where + ": null key gives " + ex.getCause());
        assertTrue(ex.getCause().getMessage().contains(attr), where + ": NPE message names the attribute: "
            + ex.getCause().getMessage());
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void checkUnmodifiable(Object a, String attr, Object value, Kind kind) {
    String where = a.getClass().getSimpleName() + "." + attr;
    if (kind == Kind.LIST) {
      List list = (List) value;
      assertThrows(UnsupportedOperationException.class, () -> list.add(null), where + " is unmodifiable");
      if (!list.isEmpty()) {
        assertThrows(UnsupportedOperationException.class, () -> list.remove(0), where + " is unmodifiable");
      }
    } else if (kind == Kind.MAP) {
      Map map = (Map) value;
      assertThrows(UnsupportedOperationException.class, () -> map.put(null, null), where + " is unmodifiable");
      if (!map.isEmpty()) {
        assertThrows(UnsupportedOperationException.class, map::clear, where + " is unmodifiable");
      }
    }
  }

  /** Values different from {@code current} that the attribute may take, in order of preference. */
  private static List<Object> candidates(Kind kind, Type type, Object current) throws Exception {
    List<Object> out = new ArrayList<>();
    switch (kind) {
      case OPTIONAL: {
        Optional<?> cur = (Optional<?>) current;
        for (Object c : simpleOrModel(typeArg(type, 0), cur.orElse(null))) {
          out.add(Optional.of(c));
        }
        if (cur.isPresent()) {
          out.add(Optional.empty());
        }
        return out;
      }
      case LIST: {
        if (!((List<?>) current).isEmpty()) {
          out.add(List.of());
        }
        for (Object c : simpleOrModel(typeArg(type, 0), null)) {
          out.add(List.of(c));
        }
        return out;
      }
      case MAP: {
        if (!((Map<?, ?>) current).isEmpty()) {
          out.add(Map.of());
        }
        List<Object> keys = simpleOrModel(typeArg(type, 0), null);
        List<Object> values = simpleOrModel(typeArg(type, 1), null);
        out.add(Map.of(keys.get(0), values.get(0)));
        return out;
      }
      default:
        return simpleOrModel(type, current);
    }
  }

  /** Candidates for a plain attribute type: simple values, or a sample model value and a variant. */
  private static List<Object> simpleOrModel(Type type, Object current) throws Exception {
    Class<?> raw = raw(type);
    List<Object> out = simple(raw, current);
    if (out != null) {
      return out;
    }
    Supplier<?> sample = Samples.ALL.get(raw);
    if (sample == null) {
      throw new AssertionError("no sample for " + raw);
    }
    out = new ArrayList<>();
    Object s = sample.get();
    if (!s.equals(current)) {
      out.add(s);
    }
    out.add(variant(s));
    return out;
  }

  /** A copy of a model value with one simple attribute changed. */
  private static Object variant(Object value) throws Exception {
    for (Map.Entry<String, List<Method>> e : withers(value.getClass()).entrySet()) {
      Method accessor = value.getClass().getMethod(e.getKey());
      Kind kind = kindOf(accessor.getReturnType());
      Object current = accessor.invoke(value);
      List<Object> options = null;
      if (kind == Kind.SCALAR) {
        options = simple(accessor.getReturnType(), current);
      } else if (kind == Kind.OPTIONAL) {
        List<Object> inner = simple(raw(typeArg(accessor.getGenericReturnType(), 0)), ((Optional<?>) current).orElse(null));
        if (inner != null) {
          options = new ArrayList<>();
          for (Object o : inner) {
            options.add(Optional.of(o));
          }
        }
      }
      if (options != null) {
        for (Object c : options) {
          try {
            return pickWither(e.getValue(), kind, accessor.getReturnType()).invoke(value, c);
          } catch (InvocationTargetException ex) {
            // invariant rejected this candidate; try the next
          }
        }
      }
    }
    throw new AssertionError("no variant of " + value);
  }

  /** Candidates for simple types, or null when the type is a model type. */
  private static List<Object> simple(Class<?> raw, Object current) {
    List<Object> out = new ArrayList<>();
    if (raw == String.class) {
      String s = (String) current;
      if (s != null) {
        out.add(s + "x");
      }
      out.add("x");
      out.add("12345");
    } else if (raw == Integer.class || raw == int.class) {
      int i = current == null ? 0 : (Integer) current;
      out.add(i + 1);
      out.add(i - 1);
      out.add(1);
    } else if (raw == Long.class || raw == long.class) {
      long i = current == null ? 0 : (Long) current;
      out.add(i + 1);
      out.add(i - 1);
      out.add(1L);
    } else if (raw == Double.class || raw == double.class) {
      double d = current == null ? 0 : (Double) current;
      out.add(d + 1);
      out.add(d - 1);
      out.add(0.5);
    } else if (raw == Boolean.class || raw == boolean.class) {
      out.add(current == null || !((Boolean) current));
    } else if (raw == BigDecimal.class) {
      BigDecimal d = current == null ? BigDecimal.ZERO : (BigDecimal) current;
      out.add(d.add(BigDecimal.ONE));
      out.add(d.setScale(d.scale() + 1));
      out.add(BigDecimal.ONE);
    } else if (raw == LocalDate.class) {
      LocalDate d = current == null ? LocalDate.of(2022, 6, 11) : (LocalDate) current;
      out.add(d.plusDays(1));
      out.add(d.minusDays(1));
    } else if (raw.isEnum()) {
      out.addAll(List.of(raw.getEnumConstants()));
    } else if (raw == Ags.class) {
      out.addAll(List.of(Ags.of("01001000"), Ags.of("09162000"), Ags.of("15083040")));
    } else if (raw == Ars.class) {
      // Same Gemeinde as AGS 15083040 with another Gemeindeverband part, then a different one.
      out.addAll(List.of(Ars.of("150830099040"), Ars.of("010010000000")));
    } else if (raw == zwk.model.statistics.AgeBand.class) {
      out.addAll(List.of(zwk.model.statistics.AgeBand.of(0, 19), zwk.model.statistics.AgeBand.openFrom(65)));
    } else {
      return null;
    }
    out.removeIf(c -> c.equals(current));
    return out;
  }

  private static Kind kindOf(Class<?> raw) {
    if (raw == Optional.class) {
      return Kind.OPTIONAL;
    }
    if (raw == List.class) {
      return Kind.LIST;
    }
    if (raw == Map.class) {
      return Kind.MAP;
    }
    return Kind.SCALAR;
  }

  private static Method pickWither(List<Method> overloads, Kind kind, Class<?> attrType) {
    Class<?> wanted;
    switch (kind) {
      case OPTIONAL:
        wanted = Optional.class;
        break;
      case LIST:
        wanted = Iterable.class;
        break;
      case MAP:
        wanted = Map.class;
        break;
      default:
        wanted = attrType;
    }
    for (Method m : overloads) {
      if (m.getParameterTypes()[0] == wanted) {
        return m;
      }
    }
    throw new AssertionError("no wither taking " + wanted + " among " + overloads);
  }

  /** Withers by attribute name, sorted for stable failure output. */
  static Map<String, List<Method>> withers(Class<?> type) {
    Map<String, List<Method>> out = new TreeMap<>();
    for (Method m : type.getDeclaredMethods()) {
      if (m.getName().startsWith("with") && m.getName().length() > 4 && m.getParameterCount() == 1
          && Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
        String attr = Character.toLowerCase(m.getName().charAt(4)) + m.getName().substring(5);
        out.computeIfAbsent(attr, k -> new ArrayList<>()).add(m);
      }
    }
    return out;
  }

  private static Method builderMethod(Object value, String prefix, String attr, int params) throws Exception {
    Class<?> builderType = value.getClass().getMethod("builder").getReturnType();
    String cap = Character.toUpperCase(attr.charAt(0)) + attr.substring(1);
    // Immutables depluralizes: addGoalIds or addGoalId, addPriority for priorities.
    Set<String> names = new java.util.HashSet<>(List.of(prefix + cap, prefix + cap.replaceAll("s$", ""),
        prefix + cap.replaceAll("ies$", "y")));
    for (Method m : builderType.getMethods()) {
      if (names.contains(m.getName()) && m.getParameterCount() == params
          && !m.getParameterTypes()[0].isArray() && !Iterable.class.isAssignableFrom(m.getParameterTypes()[0])
          && !Map.Entry.class.isAssignableFrom(m.getParameterTypes()[0])) {
        return m;
      }
    }
    throw new AssertionError("no builder method " + prefix + cap + " on " + builderType);
  }

  private static Object fromBuilder(Object value) throws Exception {
    Object builder = value.getClass().getMethod("builder").invoke(null);
    for (Method m : builder.getClass().getMethods()) {
      if (m.getName().equals("from") && m.getParameterCount() == 1) {
        m.invoke(builder, value);
        return builder.getClass().getMethod("build").invoke(builder);
      }
    }
    throw new AssertionError("no Builder.from on " + value.getClass());
  }

  /**
   * The public API names only value types: no public method of the generated type (or its
   * builder) takes or returns its package-private {@code *Def}, so {@code copyOf(FooDef)} and
   * {@code from(FooDef)} stay out of the Javadoc.
   */
  private static void assertPublicApiNamesNoDef(Class<?> type) {
    for (Method m : type.getMethods()) {
      List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
      types.add(m.getReturnType());
      for (Class<?> t : types) {
        assertFalse(t.getSimpleName().endsWith("Def") && !Modifier.isPublic(t.getModifiers()),
            type.getName() + "." + m.getName() + " names the package-private " + t.getSimpleName());
      }
    }
    assertFalse(Modifier.isPublic(type.getSuperclass().getModifiers()) && type.getSuperclass().getSimpleName().endsWith("Def"),
        type.getName() + ": its Def is public");
  }

  private static Type typeArg(Type t, int i) {
    return ((ParameterizedType) t).getActualTypeArguments()[i];
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class) {
      return (Class<?>) t;
    }
    if (t instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) t).getRawType();
    }
    throw new AssertionError("unsupported attribute type " + t);
  }
}
