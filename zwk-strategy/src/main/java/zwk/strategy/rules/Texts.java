// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

/** Quoting user text in findings. */
final class Texts {
  private Texts() {}

  /** The text cut to 64 characters (with an ellipsis), so a message stays readable. */
  static String cut(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "…";
  }
}
