package zwk.model.catalogue;

import zwk.model.common.Labelled;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

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
public abstract class ActionFieldDef implements Labelled {

  /** Stable id (slug), e.g. {@code "health-care"}. */
  abstract String id();

  /** German label, e.g. {@code "Gesundheit und Pflege"}. */
  @Override
  public abstract String germanLabel();

  /** English label, e.g. {@code "Health and care"}; falls back to the German label. */
  @Override
  @Value.Default
  public String englishLabel() {
    return germanLabel();
  }

  /** Whether the field belongs to the standard catalogue rather than a municipality's own. */
  @Value.Default
  boolean standard() {
    return false;
  }

  @Value.Check
  void check() {
    if (id().length() > 64 || !id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("id: expected a slug of lower-case letters, digits and hyphens"
          + " (at most 64 characters), got '" + (id().length() > 64 ? id().substring(0, 61) + "..." : id()) + "'");
    }
    if (germanLabel().isBlank()) {
      throw new IllegalArgumentException("germanLabel: expected a non-blank label for '" + id() + "', got ''");
    }
  }
}
