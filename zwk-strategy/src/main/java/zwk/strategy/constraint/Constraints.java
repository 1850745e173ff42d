// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.constraint;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import zwk.strategy.rule.JsonPointer;

/**
 * The one Hibernate Validator of zwk-strategy, bootstrapped once per JVM (thread-safe).
 *
 * <p>It uses {@link ParameterMessageInterpolator}, which resolves only {@code {param}} from the
 * constraint's attributes and never evaluates Expression Language, and
 * {@link AccessorPropertySelectionStrategy}, so that constraints on Immutables accessors count.
 * zwk renders its own messages from resource bundles; Hibernate Validator's message is not shown.
 */
public final class Constraints {
  private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())
      .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  private Constraints() {}

  /** The validator. */
  public static Validator validator() {
    return VALIDATOR;
  }

  /**
   * Validates an object and returns the violations sorted by JSON pointer (numeric tokens compared
   * as numbers), then constraint name: Hibernate Validator returns a set without order.
   */
  public static <T> List<ConstraintViolation<T>> violations(T object) {
    Set<ConstraintViolation<T>> set = VALIDATOR.validate(object);
    List<ConstraintViolation<T>> list = new ArrayList<>(set);
    list.sort(Comparator.<ConstraintViolation<T>, String>comparing(v -> pointer(v.getPropertyPath()), Constraints::comparePointers)
        .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getName())
        .thenComparing(ConstraintViolation::getMessageTemplate));
    return list;
  }

  /**
   * The JSON pointer of a property path: property names as they are, list indexes and map keys as
   * tokens, container-element nodes ({@code <list element>}) left out.
   */
  public static String pointer(Path path) {
    StringBuilder b = new StringBuilder();
    for (Path.Node n : path) {
      if (n.isInIterable()) {
        if (n.getIndex() != null) {
          b.append('/').append(n.getIndex());
        } else if (n.getKey() != null) {
          b.append('/').append(JsonPointer.escape(String.valueOf(n.getKey())));
        }
      }
      String name = n.getName();
      if (name != null && !name.startsWith("<") && n.getKind() != ElementKind.BEAN) {
        b.append('/').append(JsonPointer.escape(name));
      }
    }
    return b.toString();
  }

  /** Compares pointers token by token; numeric tokens as numbers. */
  public static int comparePointers(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c;
      if (isNumber(x[i]) && isNumber(y[i])) {
        c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.length() < 18 && s.chars().allMatch(Character::isDigit);
  }
}
