// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rule;

/**
 * Builds JSON pointers (RFC 6901) into the {@code zwk.strategy} document: property names are the
 * model's accessor names, list elements their index, e.g. {@code /plan/measures/3/leadDepartmentId}.
 */
public final class JsonPointer {
  private JsonPointer() {}

  /** The pointer made of the given tokens; strings are escaped ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
  public static String of(Object... tokens) {
    StringBuilder b = new StringBuilder();
    for (Object t : tokens) {
      b.append('/').append(escape(String.valueOf(t)));
    }
    return b.toString();
  }

  /** Escapes one reference token. */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
