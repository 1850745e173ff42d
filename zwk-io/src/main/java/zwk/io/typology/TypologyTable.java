// SPDX-License-Identifier: Apache-2.0
package zwk.io.typology;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An official typology as read: a type number per region key, and the names of the types.
 *
 * @param source the file or stream it was read from
 * @param typeByKey type number by canonical region key (AGS, or the ARS of a Gemeindeverband)
 * @param names type name by number (numbers without a name in the file are absent)
 */
public record TypologyTable(String source, Map<String, Integer> typeByKey, Map<Integer, String> names) {

  /** Copies the maps (sorted by key and number). */
  public TypologyTable {
    Objects.requireNonNull(source, "source");
    typeByKey = java.util.Collections.unmodifiableMap(new TreeMap<>(typeByKey));
    names = java.util.Collections.unmodifiableMap(new TreeMap<>(names));
  }
}
