// SPDX-License-Identifier: Apache-2.0
package zwk.model.toolbox;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.common.Source;
import zwk.model.internal.Invariants;
import zwk.model.catalogue.TargetGroup;
import zwk.model.region.Ags;
import zwk.model.region.MunicipalityType;

/**
 * A proven tool of the Werkzeugkoffer (<em>Werkzeug</em>): a concept, talk, video or best-practice
 * write-up that one municipality developed and others can adopt, e.g. the Kinderstadtplan of Coburg
 * or the Ehrenamtsstammtische of Spelle.
 */
@Value.Immutable
@ZwkStyle
abstract class ToolDef {

  /** Stable id (unique within a toolbox), e.g. {@code "kinderstadtplan-coburg"}. */
  abstract String id();

  /** Title. */
  @NotBlank
  abstract String title();

  /** Kind of tool. */
  abstract ToolKind kind();

  /** The problem the tool solves (<em>Problemstellung</em>). */
  abstract Optional<String> problem();

  /** Description of the tool and how it was used. */
  abstract Optional<String> description();

  /** AGS of the municipality the tool comes from. */
  abstract Optional<Ags> originAgs();

  /** Name of the municipality the tool comes from. */
  abstract Optional<String> originName();

  /** Action fields (ids) the tool serves. */
  abstract List<String> actionFieldIds();

  /** Keywords (<em>Schlagworte</em>). */
  abstract List<String> keywords();

  /** Target groups. */
  abstract List<TargetGroup> targetGroups();

  /** Municipality sizes the tool suits. */
  abstract List<SizeClass> suitableSizes();

  /** Municipality types the tool suits (empty: any). */
  abstract List<MunicipalityType> suitableTypes();

  /** Effort to adopt it. */
  abstract Optional<Effort> effort();

  /** How easily it transfers. */
  abstract Optional<Transferability> transferability();

  /** Where to find the material (web address). */
  abstract Optional<String> url();

  /**
   * The public sources that describe the tool and its origin (title, address, date); empty when
   * none is known. Facts that no source states are left empty rather than guessed.
   */
  abstract List<Source> sources();

  @Value.Check
  void check() {
    Invariants.nonBlankId("id", id());
  }
}
