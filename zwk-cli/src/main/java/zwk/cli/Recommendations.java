// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import zwk.io.json.ZwkJson;
import zwk.io.samples.Samples;
import zwk.model.profile.MunicipalProfile;
import zwk.model.region.Ags;
import zwk.model.toolbox.Toolbox;
import zwk.profile.MunicipalProfileBuilder;
import zwk.profile.compare.ReferenceComparator;
import zwk.profile.recommend.Needs;
import zwk.profile.recommend.OriginSimilarity;
import zwk.profile.recommend.ToolRecommendation;
import zwk.profile.recommend.ToolRecommender;
import zwk.profile.swot.SwotRuleSet;

/**
 * The tool recommendation of one region, as {@code recommend} and {@code profile} compute it: the
 * Kommunalprofil's SWOT (default rules, against Land, Germany and all regions of the level), its
 * weaknesses and threats with the rules' target groups, the size class and type from the register,
 * and the similarity of the tools' origins in the comparison set.
 */
final class Recommendations {
  final MunicipalProfile profile;
  final Needs needs;
  final List<ToolRecommendation> tools;

  private Recommendations(MunicipalProfile profile, Needs needs, List<ToolRecommendation> tools) {
    this.profile = profile;
    this.needs = needs;
    this.tools = tools;
  }

  /** The toolbox: the file, or the bundled Werkzeugkoffer. */
  static Toolbox toolbox(Path file) {
    return file == null ? Samples.toolbox() : ZwkJson.read(file, Toolbox.class);
  }

  /** Builds the profile of {@code ags} and recommends. */
  static Recommendations of(ComparisonSet set, Ags ags, Toolbox toolbox, Locale locale, LocalDate asOf) {
    ReferenceComparator comparator = ReferenceComparator.deriving(set.input.table(), ags.level());
    MunicipalProfile p = new MunicipalProfileBuilder(comparator, ags.code(), set.date).regionName(set.name(ags.code(), locale))
        .asOf(asOf).locale(locale).build();
    return of(set, ags, p, toolbox);
  }

  /** Recommends for a profile that is already built. */
  static Recommendations of(ComparisonSet set, Ags ags, MunicipalProfile p, Toolbox toolbox) {
    Needs needs = Needs.fromSwot(ags.code(), p.swot(), SwotRuleSet.defaults(), set.sizeClass(ags.code()), set.type(ags.code()));
    List<ToolRecommendation> r = new ToolRecommender(toolbox, OriginSimilarity.of(set.model)).recommend(needs);
    return new Recommendations(p, needs, r);
  }
}
