// SPDX-License-Identifier: Apache-2.0
package zwk.model.catalogue;

import java.util.Locale;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;
import zwk.model.common.Labelled;

/**
 * An action field (<em>Handlungsfeld</em>) of a demography strategy: health care, housing,
 * mobility, civic engagement … {@link ActionFields} holds the standard catalogue; a municipality may
 * add its own.
 *
 * <p>Invariants: the id is a slug ({@code [a-z0-9]+(-[a-z0-9]+)*}, at most 64 characters) and the
 * German label is not blank. Equality is by all attributes; look fields up by {@link #id()}.
 */
@Value.Immutable
@ZwkStyle
abstract class ActionFieldDef {

  /** Stable id (slug), e.g. {@code "health-care"}. */
  abstract String id();

  /** German label, e.g. {@code "Gesundheit und Pflege"}. */
  public abstract String germanLabel();

  /** English label, e.g. {@code "Health and care"}; falls back to the German label. */
  @Value.Default
  public String englishLabel() {
    return germanLabel();
  }

  /** Whether the field belongs to the standard catalogue rather than a municipality's own. */
  @Value.Default
  boolean standard() {
    return false;
  }

  /** The label in the given locale: English for language {@code en}, German otherwise. */
  public final String label(Locale locale) {
    return labels().label(locale);
  }

  /**
   * The two labels as a {@link Labelled} (for messages that show a label in the reader's language).
   * Not {@code implements Labelled}: a supertype with attributes would make Immutables publish
   * {@code Builder.from(ActionFieldDef)}.
   */
  public final Labelled labels() {
    return Labelled.of(germanLabel(), englishLabel());
  }

  @Value.Check
  void check() {
    if (id().length() > 64 || !Invariants.slug(id())) {
      throw new IllegalArgumentException("id: expected a slug of lower-case letters, digits and hyphens"
          + " (at most 64 characters), got '" + (id().length() > 64 ? id().substring(0, 61) + "..." : id()) + "'");
    }
    if (germanLabel().isBlank()) {
      throw new IllegalArgumentException("germanLabel: expected a non-blank label for '" + id() + "', got ''");
    }
  }
}
