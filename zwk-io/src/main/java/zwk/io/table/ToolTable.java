// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.io.csv.CsvTableWriter;
import zwk.model.common.Source;
import zwk.model.toolbox.Tool;
import zwk.model.toolbox.Toolbox;

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
  /**
   * The override layer of the table; everything else is derived from the metamodel of {@link Tool}
   * ({@link TableLayout}).
   */
  static final TableLayout<Tool, ?> LAYOUT = TableLayout.of(Tool.class)
      .german("id", "ID", "Kennung")
      .german("title", "Titel", "Name")
      .german("kind", "Art", "Typ")
      .german("problem", "Problemstellung", "Problem")
      .german("description", "Beschreibung")
      .german("originAgs", "AGS Herkunft", "Herkunft AGS")
      .german("originName", "Herkunftskommune", "Herkunft")
      .renamed("actionFieldIds", "action_fields", "Handlungsfelder", "Handlungsfeld")
      .german("keywords", "Schlagworte", "Stichworte")
      .german("targetGroups", "Zielgruppen")
      .german("suitableSizes", "Gemeindegrößen", "Größenklassen")
      .german("suitableTypes", "Gemeindetypen")
      .german("effort", "Aufwand")
      .german("transferability", "Übertragbarkeit")
      .german("url", "URL", "Link")
      .german("sources", "Quellen", "Quelle")
      .codec("sources", CellCodecs.<List<Source>>single(
          (l, p) -> CsvCell.text(l.isEmpty() ? null : SourceCodec.join(l)),
          (v, id) -> Optional.of(v.optText(id).map(t -> {
            try {
              return SourceCodec.split(t);
            } catch (IllegalArgumentException e) {
              throw v.rejectCell(id, "sources as title=…|url=… items (" + e.getMessage() + ")");
            }
          }).orElse(List.of()))))
      .build();

  /** The columns in export order. */
  public static final List<Column> COLUMNS = LAYOUT.columns();

  private ToolTable() {}

  /** Writes the tools of a toolbox. */
  public static void write(Toolbox toolbox, OutputStream out, CsvExportProfile profile) {
    write(toolbox.tools(), out, profile);
  }

  /** Writes tools. */
  public static void write(List<Tool> tools, OutputStream out, CsvExportProfile profile) {
    try (CsvTableWriter w = new CsvTableWriter(out, profile)) {
      w.header(LAYOUT.header(profile));
      for (Tool t : tools) {
        w.row(LAYOUT.cells(t, profile));
      }
    }
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
      Tool t = build(LAYOUT, v);
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

  private static <B> Tool build(TableLayout<Tool, B> layout, RowValues v) {
    return layout.meta().build().apply(layout.read(v));
  }
}
