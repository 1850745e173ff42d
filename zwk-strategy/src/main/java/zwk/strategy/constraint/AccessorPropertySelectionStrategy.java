// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.constraint;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Makes Hibernate Validator read constraints on Immutables-style accessors ({@code name()}, not
 * {@code getName()}) (docs/design.md rule 4): every instance method without parameters that returns a
 * value is a property of the same name, except the methods of {@link Object} and the generated
 * helpers listed in {@link #EXCLUDED}.
 *
 * <p>Derived or lazy methods of generated classes ({@code key()}, {@code measuresById()} …) become
 * properties too; that is harmless, because Hibernate Validator calls a getter only to evaluate a
 * constraint or cascade, and those methods carry neither. Tests pin this down.
 */
final class AccessorPropertySelectionStrategy implements GetterPropertySelectionStrategy {

  /** No-argument methods that are never properties. */
  static final Set<String> EXCLUDED = Set.of("toString", "hashCode", "getClass", "clone", "finalize",
      "notify", "notifyAll", "wait", "builder", "build", "values", "ordinal", "name$", "toBuilder");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
        || executable.getReturnType() == Void.class || EXCLUDED.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
