// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

/** The citation for definitions taken from Wegweiser Kommune. */
public final class WegweiserSource {
  /** Wegweiser Kommune (Bertelsmann Stiftung), Indikatorendefinitionen. */
  public static final String TEXT = "Wegweiser Kommune (Bertelsmann Stiftung), Indikatorendefinitionen";

  private WegweiserSource() {}
}
