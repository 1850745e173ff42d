// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.io.csv.CsvTableWriter;
import zwk.model.catalogue.TargetGroup;
import zwk.model.region.Ags;
import zwk.model.region.MunicipalityType;
import zwk.model.toolbox.Effort;
import zwk.model.toolbox.SizeClass;
import zwk.model.toolbox.Tool;
import zwk.model.toolbox.ToolKind;
import zwk.model.toolbox.Toolbox;
import zwk.model.toolbox.Transferability;

/**
 * The toolbox table (<em>Werkzeugkoffer</em>): one row per {@link Tool}, every field of the tool.
 *
 * <p>Columns (English id / German header): {@code id}/ID, {@code title}/Titel, {@code kind}/Art,
 * {@code problem}/Problemstellung, {@code description}/Beschreibung, {@code origin_ags}/AGS Herkunft,
 * {@code origin_name}/Herkunftskommune, {@code action_fields}/Handlungsfelder,
 * {@code keywords}/Schlagworte, {@code target_groups}/Zielgruppen, {@code suitable_sizes}/Gemeindegrößen,
 * {@code suitable_types}/Gemeindetypen, {@code effort}/Aufwand, {@code transferability}/Übertragbarkeit,
 * {@code url}/URL, {@code sources}/Quellen. Lists use {@link ListCodec} ({@code a|b}); enums are written by name and read by
 * name or German or English label; sources use {@link SourceCodec}.
 */
public final class ToolTable {
  /** The columns in export order. */
  public static final List<Column> COLUMNS = List.of(
      Column.required("id", "ID", "Kennung"),
      Column.required("title", "Titel", "Name"),
      Column.required("kind", "Art", "Typ"),
      Column.optional("problem", "Problemstellung", "Problem"),
      Column.optional("description", "Beschreibung"),
      Column.optional("origin_ags", "AGS Herkunft", "Herkunft AGS"),
      Column.optional("origin_name", "Herkunftskommune", "Herkunft"),
      Column.optional("action_fields", "Handlungsfelder", "Handlungsfeld"),
      Column.optional("keywords", "Schlagworte", "Stichworte"),
      Column.optional("target_groups", "Zielgruppen"),
      Column.optional("suitable_sizes", "Gemeindegrößen", "Größenklassen"),
      Column.optional("suitable_types", "Gemeindetypen"),
      Column.optional("effort", "Aufwand"),
      Column.optional("transferability", "Übertragbarkeit"),
      Column.optional("url", "URL", "Link"),
      Column.optional("sources", "Quellen", "Quelle"));

  private ToolTable() {}

  /** Writes the tools of a toolbox. */
  public static void write(Toolbox toolbox, OutputStream out, CsvExportProfile profile) {
    write(toolbox.tools(), out, profile);
  }

  /** Writes tools. */
  public static void write(List<Tool> tools, OutputStream out, CsvExportProfile profile) {
    try (CsvTableWriter w = new CsvTableWriter(out, profile)) {
      List<String> header = new ArrayList<>();
      for (Column c : COLUMNS) {
        header.add(c.header(profile.locale()));
      }
      w.header(header);
      for (Tool t : tools) {
        w.row(List.of(
            CsvCell.text(t.id()),
            CsvCell.text(t.title()),
            CsvCell.raw(t.kind().name()),
            CsvCell.text(t.problem().orElse(null)),
            CsvCell.text(t.description().orElse(null)),
            CsvCell.raw(t.originAgs().map(Ags::code).orElse(null)),
            CsvCell.text(t.originName().orElse(null)),
            CsvCell.text(ListCodec.join(t.actionFieldIds())),
            CsvCell.text(ListCodec.join(t.keywords())),
            CsvCell.raw(names(t.targetGroups())),
            CsvCell.raw(names(t.suitableSizes())),
            CsvCell.raw(names(t.suitableTypes())),
            CsvCell.raw(t.effort().map(Enum::name).orElse(null)),
            CsvCell.raw(t.transferability().map(Enum::name).orElse(null)),
            CsvCell.text(t.url().orElse(null)),
            CsvCell.text(t.sources().isEmpty() ? null : SourceCodec.join(t.sources()))));
      }
    }
  }

  static String names(List<? extends Enum<?>> values) {
    List<String> n = new ArrayList<>();
    for (Enum<?> e : values) {
      n.add(e.name());
    }
    return n.isEmpty() ? null : ListCodec.join(n);
  }

  /**
   * Reads tools; a row whose id was already taken by an earlier row is rejected.
   *
   * @throws zwk.io.csv.CsvFormatException for malformed CSV
   * @throws CsvImportException in all-or-nothing mode when a row is rejected
   */
  public static ImportResult<Tool> read(InputStream in, String source, CsvImportOptions options) {
    Set<String> ids = new HashSet<>();
    return CsvTableReader.read(in, source, options, COLUMNS, false, h -> v -> {
      Tool t = map(v);
      if (!ids.add(t.id())) {
        throw v.rejectCell("id", "an id not used by an earlier row");
      }
      return t;
    });
  }

  /** Reads a toolbox (all-or-nothing unless the options say otherwise). */
  public static Toolbox readToolbox(InputStream in, String source, CsvImportOptions options) {
    return Toolbox.builder().tools(read(in, source, options).rows()).build();
  }

  private static Tool map(RowValues v) {
    Tool.Builder b = Tool.builder()
        .id(v.text("id"))
        .title(v.text("title"))
        .kind(v.optEnum("kind", ToolKind.values()).orElseThrow(() -> v.rejectCell("kind", "a tool kind")))
        .problem(v.optText("problem"))
        .description(v.optText("description"))
        .originName(v.optText("origin_name"))
        .actionFieldIds(v.list("action_fields"))
        .keywords(v.list("keywords"))
        .targetGroups(v.enumList("target_groups", TargetGroup.values()))
        .suitableSizes(v.enumList("suitable_sizes", SizeClass.values()))
        .suitableTypes(v.enumList("suitable_types", MunicipalityType.values()))
        .effort(v.optEnum("effort", Effort.values()))
        .transferability(v.optEnum("transferability", Transferability.values()))
        .url(v.optText("url"));
    Optional<String> sources = v.optText("sources");
    if (sources.isPresent()) {
      try {
        b.sources(SourceCodec.split(sources.get()));
      } catch (IllegalArgumentException e) {
        throw v.rejectCell("sources", "sources as title=…|url=… items (" + e.getMessage() + ")");
      }
    }
    Optional<String> ags = v.optText("origin_ags");
    if (ags.isPresent()) {
      try {
        b.originAgs(Ags.parse(ags.get()));
      } catch (IllegalArgumentException e) {
        throw v.rejectCell("origin_ags", "an AGS");
      }
    }
    return b.build();
  }
}
