// SPDX-License-Identifier: Apache-2.0
package zwk.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of zwk (docs/design.md rule 3).
 *
 * <p>An abstract definition {@code FooDef} generates the public value type {@code Foo} with {@code Foo.builder()}, {@code Foo.Builder.from(Foo)}, {@code foo.withBar(..)}; users never
 * see an {@code Immutable*} prefix. The {@code *Def} types are package-private, so the public API
 * (and the Javadoc) names only the value types; Immutables then keeps {@code copyOf(FooDef)}
 * package-private too, and a {@code Foo} is already immutable, so nobody outside needs it. Collections are JDK unmodifiable copies, so the model has no
 * run-time dependency besides {@code jakarta.validation-api}. A {@code null} argument fails with a
 * {@link NullPointerException} whose message is the attribute name (for a collection element added
 * through the builder: {@code "<attribute> element"}; a collection wither only says
 * {@code "element"}); a {@code null} for an optional attribute means absent.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    depluralize = true,
    optionalAcceptNullable = true,
    privateNoargConstructor = false,
    allowedClasspathAnnotations = {java.lang.Override.class})
public @interface ZwkStyle {}
