// SPDX-License-Identifier: Apache-2.0
package zwk.io.oparl;

import java.util.Optional;

/**
 * An OParl {@code Consultation} (<em>Beratung</em>) of a paper in a meeting.
 *
 * @param id the id URL
 * @param type the type URL
 * @param paper the paper's id URL
 * @param meeting the meeting's id URL
 * @param agendaItem the agenda item's id URL
 * @param role e.g. "Beschlussfassung"
 * @param authoritative whether the decision is made in this consultation
 */
public record OParlConsultation(String id, String type, Optional<String> paper, Optional<String> meeting,
    Optional<String> agendaItem, Optional<String> role, Optional<Boolean> authoritative) implements OParlObject {}
