// SPDX-License-Identifier: Apache-2.0
package zwk.io.oparl;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An OParl {@code Meeting} (<em>Sitzung</em>) with its agenda.
 *
 * @param id the id URL
 * @param type the type URL
 * @param name the meeting's name
 * @param start the start
 * @param end the end
 * @param agendaItems the agenda items (embedded)
 */
public record OParlMeeting(String id, String type, Optional<String> name, Optional<OffsetDateTime> start,
    Optional<OffsetDateTime> end, List<OParlAgendaItem> agendaItems) implements OParlObject {}
