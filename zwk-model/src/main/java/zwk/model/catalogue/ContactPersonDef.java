// SPDX-License-Identifier: Apache-2.0
package zwk.model.catalogue;

import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * A contact person (<em>Ansprechperson</em>). Personal data: every attribute is optional, nothing
 * in zwk requires it, and {@link #toString()} never shows it, so that it cannot end up in logs.
 */
@Value.Immutable
@ZwkStyle
abstract class ContactPersonDef {

  /** Name. */
  abstract Optional<String> name();

  /** Role or function, e.g. {@code "Demografiebeauftragte"}. */
  abstract Optional<String> role();

  /** E-mail address. */
  abstract Optional<String> email();

  /** Telephone number. */
  abstract Optional<String> phone();

  /** Redacted: personal data stays out of logs. */
  @Override
  public String toString() {
    return "ContactPerson{" + role().map(r -> "role=" + r + ", ").orElse("") + "personal data redacted}";
  }
}
