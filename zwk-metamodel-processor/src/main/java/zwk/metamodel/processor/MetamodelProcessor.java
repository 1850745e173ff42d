// SPDX-License-Identifier: Apache-2.0
package zwk.metamodel.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Writes the metamodel of a module: for every {@code @Value.Immutable} abstract type {@code FooDef}
 * (zwk's style: the generated value type is {@code Foo} in the same package), every attribute in
 * declaration order with its name, kind (required, optional, defaulted, list, map), element type,
 * accessor and builder setter, as one Java class {@code -Azwk.metamodel=<qualified class name>}
 * (no option: nothing is written).
 *
 * <p>Attributes are the abstract accessors and the {@code @Value.Default} methods; derived, lazy
 * and check methods and other helpers are not. The generated code calls the public generated types
 * only (accessors and builder methods, no reflection), so it works when the {@code *Def} classes
 * are package-private and the packages are modules.
 */
@SupportedAnnotationTypes("org.immutables.value.Value.Immutable")
@SupportedOptions(MetamodelProcessor.OPTION)
public final class MetamodelProcessor extends AbstractProcessor {
  static final String OPTION = "zwk.metamodel";
  private static final String VALUE = "org.immutables.value.Value.";
  /** Qualified names of the *Def types, sorted: an order independent of the compiler's file order. */
  private final java.util.SortedSet<String> defs = new java.util.TreeSet<>();
  private final Set<String> methods = new java.util.HashSet<>();
  private boolean written;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    String target = processingEnv.getOptions().get(OPTION);
    if (target == null || written) {
      return false;
    }
    TypeElement immutable = processingEnv.getElementUtils().getTypeElement(VALUE + "Immutable");
    for (Element e : round.getElementsAnnotatedWith(immutable)) {
      if (e.getKind() == ElementKind.CLASS || e.getKind() == ElementKind.INTERFACE) {
        defs.add(((TypeElement) e).getQualifiedName().toString());
      }
    }
    // The generated value types (Foo for FooDef) appear in the round after Immutables wrote them;
    // only then are attribute types such as Optional<Budget> resolved, so wait for them.
    boolean ready = !defs.isEmpty();
    for (String d : defs) {
      ready &= processingEnv.getElementUtils().getTypeElement(d.substring(0, d.length() - 3)) != null;
    }
    if (defs.isEmpty() || !ready && !round.processingOver()) {
      return false;
    }
    List<TypeElement> types = new ArrayList<>();
    for (String d : defs) {
      types.add(processingEnv.getElementUtils().getTypeElement(d));
    }
    StringBuilder body = new StringBuilder();
    List<String> factories = new ArrayList<>();
    for (TypeElement t : types) {
      String m = type(t, body);
      if (m != null) {
        factories.add(m);
      }
    }
    write(target, body, factories);
    written = true;
    return false;
  }

  /** Appends the factory method of one type; returns its name, or null after an error. */
  private String type(TypeElement def, StringBuilder out) {
    String simple = def.getSimpleName().toString();
    if (!simple.endsWith("Def")) {
      error(def, "zwk metamodel: expected an abstract type named *Def (zwk's Immutables style), got " + simple);
      return null;
    }
    String pkg = ((PackageElement) enclosingPackage(def)).getQualifiedName().toString();
    String value = pkg + "." + simple.substring(0, simple.length() - 3);
    String builder = value + ".Builder";
    String method = "of" + simple.substring(0, simple.length() - 3);
    while (!methods.add(method)) {
      method += "_";
    }
    StringBuilder props = new StringBuilder();
    for (Element e : def.getEnclosedElements()) {
      if (e.getKind() != ElementKind.METHOD) {
        continue;
      }
      ExecutableElement m = (ExecutableElement) e;
      if (!isAttribute(m)) {
        continue;
      }
      String name = m.getSimpleName().toString();
      String line = property(m, name, value);
      if (line == null) {
        return null;
      }
      props.append(line);
    }
    out.append("\n  private static MetaType<").append(value).append(", ").append(builder).append("> ").append(method)
        .append("() {\n    MetaType.Builder<").append(value).append(", ").append(builder).append("> t = MetaType.builder(")
        .append(value).append(".class, ").append(value).append("::builder, ").append(builder).append("::build);\n")
        .append(props).append("    return t.build();\n  }\n");
    return method;
  }

  private String property(ExecutableElement m, String name, String value) {
    TypeMirror r = m.getReturnType();
    String get = ", v -> v." + name + "(), (b, x) -> b." + name + "(x));\n";
    if (has(m, "Default")) {
      return "    t.defaulted(\"" + name + "\", " + cls(m, r) + get;
    }
    String erased = erasedName(r);
    switch (erased) {
      case "java.util.Optional":
        return "    t.optional(\"" + name + "\", " + arg(m, r, 0) + get;
      case "java.util.List":
        return "    t.list(\"" + name + "\", " + arg(m, r, 0) + get;
      case "java.util.Map":
        return "    t.map(\"" + name + "\", " + arg(m, r, 0) + ", " + arg(m, r, 1) + get;
      case "java.util.Set":
      case "java.util.OptionalInt":
      case "java.util.OptionalLong":
      case "java.util.OptionalDouble":
        error(m, "zwk metamodel: attribute type " + erased + " is not supported; use List, Map or Optional<T>");
        return null;
      default:
        return "    t.required(\"" + name + "\", " + cls(m, r) + get;
    }
  }

  private static boolean isAttribute(ExecutableElement m) {
    Set<Modifier> mods = m.getModifiers();
    if (mods.contains(Modifier.STATIC) || mods.contains(Modifier.PRIVATE) || !m.getParameters().isEmpty()
        || m.getReturnType().getKind() == TypeKind.VOID || !m.getTypeParameters().isEmpty()) {
      return false;
    }
    if (has(m, "Derived") || has(m, "Lazy") || has(m, "Check")) {
      return false;
    }
    return mods.contains(Modifier.ABSTRACT) || has(m, "Default");
  }

  private static boolean has(Element e, String annotation) {
    for (AnnotationMirror a : e.getAnnotationMirrors()) {
      if (a.getAnnotationType().toString().equals(VALUE + annotation)) {
        return true;
      }
    }
    return false;
  }

  private String arg(ExecutableElement m, TypeMirror container, int i) {
    List<? extends TypeMirror> args = ((DeclaredType) container).getTypeArguments();
    if (args.size() <= i) {
      error(m, "zwk metamodel: raw type " + container + " is not supported");
      return "Object.class";
    }
    return cls(m, args.get(i));
  }

  /** The class literal of a non-generic type (primitives boxed). */
  private String cls(ExecutableElement m, TypeMirror t) {
    if (t.getKind().isPrimitive()) {
      return processingEnv.getTypeUtils().boxedClass((PrimitiveType) t).getQualifiedName() + ".class";
    }
    if (t.getKind() != TypeKind.DECLARED) {
      error(m, "zwk metamodel: attribute element type " + t + " is not supported");
      return "Object.class";
    }
    if (!((DeclaredType) t).getTypeArguments().isEmpty()) {
      error(m, "zwk metamodel: nested generic type " + t + " is not supported; give the element its own model type");
      return "Object.class";
    }
    return erasedName(t) + ".class";
  }

  private String erasedName(TypeMirror t) {
    if (t.getKind() != TypeKind.DECLARED) {
      return t.toString();
    }
    String n = ((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName().toString();
    // Generated value types (Foo for FooDef) may not exist yet in this round; the name is what matters.
    return n.isEmpty() ? processingEnv.getTypeUtils().erasure(t).toString() : n;
  }

  private static Element enclosingPackage(Element e) {
    Element p = e;
    while (p.getKind() != ElementKind.PACKAGE) {
      p = p.getEnclosingElement();
    }
    return p;
  }

  private void error(Element e, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, e);
  }

  private void write(String target, StringBuilder body, List<String> factories) {
    int dot = target.lastIndexOf('.');
    String pkg = target.substring(0, dot);
    String simple = target.substring(dot + 1);
    StringBuilder src = new StringBuilder();
    src.append("package ").append(pkg).append(";\n\n")
        .append("import java.util.List;\nimport zwk.model.meta.MetaType;\n\n")
        // No @javax.annotation.processing.Generated: it would make the module require java.compiler.
        .append("/** The metamodel of this module, generated by zwk's MetamodelProcessor from the *Def types. Do not edit. */\n")
        .append("public final class ").append(simple).append(" {\n")
        .append("  private static final List<MetaType<?, ?>> TYPES = List.of(");
    for (int i = 0; i < factories.size(); i++) {
      src.append(i == 0 ? "\n      " : ",\n      ").append(factories.get(i)).append("()");
    }
    src.append(");\n\n  private ").append(simple).append("() {}\n\n")
        .append("  /** Every model type of this module, by qualified name, each with its attributes in declaration order. */\n")
        .append("  public static List<MetaType<?, ?>> types() {\n    return TYPES;\n  }\n")
        .append(body).append("}\n");
    try (Writer w = processingEnv.getFiler().createSourceFile(target).openWriter()) {
      w.write(src.toString());
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "zwk metamodel: cannot write " + target + ": " + e);
    }
  }
}
