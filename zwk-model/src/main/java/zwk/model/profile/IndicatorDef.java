// SPDX-License-Identifier: Apache-2.0
package zwk.model.profile;

import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * The definition of an indicator (<em>Kennzahl, Indikator</em>) as data: stable id, names, unit and
 * the written definition. The executable definitions live in zwk-profile; this type describes them
 * in documents.
 *
 * <p>Invariant: the id is a non-blank token without whitespace.
 */
@Value.Immutable
@ZwkStyle
abstract class IndicatorDef {

  /** Stable id, e.g. {@code "old_age_ratio"}. */
  abstract String id();

  /** German name, e.g. {@code "Altenquotient"}. */
  abstract String germanName();

  /** English name; falls back to the German name. */
  @Value.Default
  String englishName() {
    return germanName();
  }

  /** Unit, e.g. {@code "je 100"}, {@code "%"}, {@code "Jahre"}. */
  abstract Optional<String> unit();

  /** The definition in words: numerator, denominator, factor. */
  abstract Optional<String> definition();

  /** Source of the definition (Destatis, Wegweiser Kommune, Eurostat …). */
  abstract Optional<String> source();

  @Value.Check
  void check() {
    if (id().isBlank() || id().chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("id: expected a non-blank id without whitespace, got '" + id() + "'");
    }
  }
}
