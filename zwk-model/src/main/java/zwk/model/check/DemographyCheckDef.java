// SPDX-License-Identifier: Apache-2.0
package zwk.model.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.council.CouncilPaper;

/**
 * A Demografie-Check of a council proposal or measure (<em>Demografie-Check</em>): which age groups
 * it affects, and whether its effects on future generations, its follow-up costs and its
 * accessibility were considered. An absent assessment means "not considered"; the validator reports
 * that.
 *
 * <p>Invariant: follow-up costs are not negative.
 */
@Value.Immutable
@ZwkStyle
abstract class DemographyCheckDef {

  /** What was checked, e.g. a council proposal number or measure title. */
  abstract String subject();

  /** Date of the check. */
  abstract Optional<LocalDate> date();

  /** Age groups affected. */
  abstract List<AgeGroup> affectedAgeGroups();

  /** Assessment of effects on future generations (<em>Generationengerechtigkeit</em>). */
  abstract Optional<String> futureGenerationsAssessment();

  /** Assessment of follow-up costs (<em>Folgekosten</em>). */
  abstract Optional<String> followUpCostsAssessment();

  /** Expected follow-up costs in euro per year, where estimated. */
  abstract Optional<BigDecimal> followUpCostsEurPerYear();

  /** Assessment of accessibility (<em>Barrierefreiheit</em>). */
  abstract Optional<String> accessibilityAssessment();

  /** The council paper (<em>Drucksache</em>) that was checked, when the check is of a council proposal. */
  abstract Optional<CouncilPaper> councilPaper();

  /**
   * Starts a Demografie-Check of a council paper: subject = the paper's reference and name (or its
   * URL when it has neither), date = the paper's date, the paper referenced; the assessments are
   * left open for the person doing the check.
   */
  public static DemographyCheck startedFrom(CouncilPaper paper) {
    String subject = (paper.reference().map(r -> r + " ").orElse("") + paper.name().orElse("")).strip();
    return DemographyCheck.builder().subject(subject.isEmpty() ? paper.url().orElse("") : subject)
        .date(paper.date()).councilPaper(paper).build();
  }

  @Value.Check
  void check() {
    if (followUpCostsEurPerYear().isPresent() && followUpCostsEurPerYear().get().signum() < 0) {
      throw new IllegalArgumentException("followUpCostsEurPerYear: expected >= 0, got "
          + followUpCostsEurPerYear().get().toPlainString());
    }
  }
}
