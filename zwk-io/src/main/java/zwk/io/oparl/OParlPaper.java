// SPDX-License-Identifier: Apache-2.0
package zwk.io.oparl;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import zwk.model.council.CouncilPaper;

/**
 * An OParl {@code Paper} (<em>Drucksache</em>): reference (Aktenzeichen), date, type, originators
 * and its consultations.
 *
 * @param id the id URL
 * @param type the type URL
 * @param body the body's id URL
 * @param name the paper's name (title)
 * @param reference the reference (<em>Aktenzeichen, Drucksachennummer</em>)
 * @param date the date
 * @param paperType the kind of paper, e.g. "Beschlussvorlage"
 * @param originatorPersons the originating persons (id URLs)
 * @param originatorOrganizations the originating organizations (id URLs)
 * @param consultations the consultations (embedded)
 */
public record OParlPaper(String id, String type, Optional<String> body, Optional<String> name,
    Optional<String> reference, Optional<LocalDate> date, Optional<String> paperType, List<String> originatorPersons,
    List<String> originatorOrganizations, List<OParlConsultation> consultations) implements OParlObject {

  /** The council-paper reference for a measure or Demografie-Check. */
  public CouncilPaper toCouncilPaper() {
    return CouncilPaper.builder().url(id).reference(reference.filter(s -> !s.isBlank()))
        .date(date).name(name.filter(s -> !s.isBlank())).paperType(paperType.filter(s -> !s.isBlank())).build();
  }
}
