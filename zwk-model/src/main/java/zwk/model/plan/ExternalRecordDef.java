// SPDX-License-Identifier: Apache-2.0
package zwk.model.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * Where a measure came from in another system, kept so that nothing of the source is lost and the
 * measure can be written back in the source's own layout (e.g. a Decidim Accountability result):
 * the system, the record's public URL, related URLs (e.g. the participatory proposals the result
 * came from) and the source's fields by their original names (e.g. {@code title/ca},
 * {@code status/key}, {@code scope/id}) in source order.
 *
 * <p>Invariant: the system is not blank; field names are not blank.
 */
@Value.Immutable
@ZwkStyle
abstract class ExternalRecordDef {

  /** The source system, e.g. {@code decidim-accountability}. */
  abstract String system();

  /** The record's URL in the source system. */
  abstract Optional<String> url();

  /** Related URLs, e.g. Decidim's {@code proposal_urls}, in source order. */
  abstract List<String> relatedUrls();

  /** The source's fields by original name, in source order; empty values are left out. */
  abstract Map<String, String> fields();

  @Value.Check
  void check() {
    if (system().isBlank()) {
      throw new IllegalArgumentException("system: expected a non-blank name, got '" + system() + "'");
    }
    for (String name : fields().keySet()) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("fields: expected non-blank field names, got '" + name + "'");
      }
    }
  }
}
