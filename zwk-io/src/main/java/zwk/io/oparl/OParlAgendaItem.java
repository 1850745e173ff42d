// SPDX-License-Identifier: Apache-2.0
package zwk.io.oparl;

import java.util.Optional;

/**
 * An OParl {@code AgendaItem} (<em>Tagesordnungspunkt</em>).
 *
 * @param id the id URL
 * @param type the type URL
 * @param meeting the meeting's id URL
 * @param number the item number, e.g. "10.1"
 * @param name the item's name
 * @param consultation the consultation's id URL
 * @param result the result, e.g. "Geändert beschlossen"
 */
public record OParlAgendaItem(String id, String type, Optional<String> meeting, Optional<String> number,
    Optional<String> name, Optional<String> consultation, Optional<String> result) implements OParlObject {}
