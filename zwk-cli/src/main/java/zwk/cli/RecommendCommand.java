// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import zwk.io.csv.CsvCell;
import zwk.model.region.Ags;
import zwk.profile.recommend.Need;
import zwk.profile.recommend.ScorePart;
import zwk.profile.recommend.ToolRecommendation;

/**
 * {@code zwk recommend --population FILE --key KEY}: the tools of the Werkzeugkoffer ranked for the
 * weaknesses and threats of the region's Kommunalprofil, each with its score as a sum of named
 * parts and the reasons.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Empfiehlt Werkzeuge aus dem Werkzeugkoffer für die Schwächen und Risiken des Kommunalprofils.",
        "Recommends tools of the Werkzeugkoffer for the weaknesses and threats of the region's municipal profile:",
        "score = action field + target group + size + type + similarity of the tool's origin, each part with its reason.",
        "CSV: rank;tool_id;title;score;reasons."})
final class RecommendCommand extends BaseCommand {
  @Option(names = "--key", required = true, paramLabel = "AGS_OR_ARS", description = "Die Region / the region.")
  String key;

  @Option(names = "--toolbox", paramLabel = "FILE",
      description = "Werkzeugkoffer (zwk.toolbox JSON) / toolbox (default: the bundled one).")
  Path toolbox;

  @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "Höchstens N Werkzeuge / at most N tools (default 10).")
  int top;

  @Mixin
  ReportFormatOption format;

  @Mixin
  SimilarityOptions similarity;

  @Mixin
  CsvProfileOption profile;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws Exception {
    if (top < 1) {
      throw new CliInputException("--top: expected at least 1, got " + top);
    }
    Ags ags = ProfileCommand.parseKey(key);
    ComparisonSet set = ComparisonSet.read(similarity, Optional.of(ags), this);
    Recommendations r = Recommendations.of(set, ags, Recommendations.toolbox(toolbox), locale(), LocalDate.now());
    List<ToolRecommendation> list = r.tools.subList(0, Math.min(top, r.tools.size()));
    return format.write(this, output, os -> csv(os, list), os -> os.write(CliJson.bytes(json(set, ags, r, list))),
        os -> text(os, set, ags, r, list));
  }

  private void csv(OutputStream os, List<ToolRecommendation> list) {
    try (CsvOutput csv = CsvOutput.open(os, profile.value())) {
      csv.header(List.of("rank", "tool_id", "title", "score", "reasons"));
      for (ToolRecommendation t : list) {
        csv.row(List.of(CsvCell.raw(String.valueOf(t.rank())), CsvCell.text(t.tool().id()), CsvCell.text(t.tool().title()),
            CsvValues.decimal(t.score(), 2), CsvCell.text(csvReasons(t))));
      }
    }
  }

  /** The reasons joined with {@code " | "} (no separator inside the cell, so no quoting in semicolon CSV). */
  private String csvReasons(ToolRecommendation t) {
    return t.parts().stream().map(p -> p.reason(locale())).collect(java.util.stream.Collectors.joining(" | "));
  }

  private ObjectNode json(ComparisonSet set, Ags ags, Recommendations r, List<ToolRecommendation> list) {
    ObjectNode root = CliJson.object();
    root.put("key", ags.code());
    root.put("name", set.name(ags.code(), locale()));
    root.put("date", set.date.toString());
    set.sizeClass(ags.code()).ifPresent(s -> root.put("sizeClass", s.name()));
    set.type(ags.code()).ifPresent(t -> root.put("type", t.name()));
    ArrayNode needs = root.putArray("needs");
    for (Need n : r.needs.needs()) {
      ObjectNode o = needs.addObject();
      o.put("actionFieldId", n.actionFieldId());
      o.put("swotEntryId", n.entry().id());
      o.put("category", n.entry().category().name());
      o.put("text", "en".equals(locale().getLanguage()) ? n.entry().textEnglish().orElse(n.entry().text()) : n.entry().text());
    }
    ArrayNode groups = root.putArray("targetGroups");
    r.needs.targetGroups().stream().map(Enum::name).sorted().forEach(groups::add);
    root.set("recommendations", recommendations(list));
    return root;
  }

  /** The recommendations as a JSON array (also used by {@code profile}). */
  ArrayNode recommendations(List<ToolRecommendation> list) {
    return toJson(list, locale());
  }

  static ArrayNode toJson(List<ToolRecommendation> list, java.util.Locale locale) {
    ArrayNode a = CliJson.object().arrayNode();
    for (ToolRecommendation t : list) {
      ObjectNode o = a.addObject();
      o.put("rank", t.rank());
      o.put("toolId", t.tool().id());
      o.put("title", t.tool().title());
      t.tool().originName().ifPresent(n -> o.put("origin", n));
      o.put("score", t.score());
      ArrayNode parts = o.putArray("parts");
      for (ScorePart p : t.parts()) {
        ObjectNode x = parts.addObject();
        x.put("name", p.name());
        x.put("points", p.points());
        x.put("reason", p.reason(locale));
      }
    }
    return a;
  }

  private void text(OutputStream os, ComparisonSet set, Ags ags, Recommendations r, List<ToolRecommendation> list) {
    PrintStream out = new PrintStream(os, true, StandardCharsets.UTF_8);
    out.println(msg().get("recommend.head", ags.code(), set.name(ags.code(), locale()), r.needs.needs().size()));
    if (list.isEmpty()) {
      out.println(msg().get("recommend.none"));
    }
    for (ToolRecommendation t : list) {
      out.println(String.format(locale(), "%3d. %s (%s)  %.2f", t.rank(), t.tool().title(), t.tool().originName().orElse("-"),
          t.score()));
      for (ScorePart p : t.parts()) {
        out.println(String.format(locale(), "       %+.2f %s: %s", p.points(), p.name(), p.reason(locale())));
      }
    }
    out.flush();
  }
}
