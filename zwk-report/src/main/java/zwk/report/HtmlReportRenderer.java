// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import zwk.model.catalogue.ActionFields;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;

/**
 * Renders a {@link ProfileReport} as one self-contained HTML page: inline CSS and inline SVG, no
 * scripts, no external resources. The markup is XHTML-compatible (well-formed XML), and every piece
 * of text is escaped with {@link Html#text}.
 */
public final class HtmlReportRenderer {
  private static final String CSS = String.join("\n",
      "body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;color:#222;margin:0;background:#f4f4f1}",
      "main{max-width:1060px;margin:0 auto;padding:24px 32px;background:#fff}",
      "h1{font-size:26px;margin:0 0 4px 0}h2{font-size:19px;margin:28px 0 10px 0;border-bottom:2px solid #1b7f5b;"
          + "padding-bottom:4px}",
      ".sub{color:#555;margin:0 0 16px 0}",
      ".figures{display:flex;flex-wrap:wrap;gap:12px}",
      ".figure{border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:150px;background:#fafaf7}",
      ".figure .v{font-size:22px;font-weight:bold;color:#1b7f5b}.figure .l{font-size:13px;color:#555}",
      "svg text{font-family:'DejaVu Sans',Arial,sans-serif}",
      "svg .head{font-size:14px;font-weight:bold;fill:#222}svg .band{font-size:11px;fill:#333}",
      "svg .tick{font-size:11px;fill:#666}svg .name{font-size:12px;fill:#333}svg .value{font-size:12px;fill:#222}",
      "svg .na{font-size:12px;fill:#a33;font-style:italic}",
      ".note{font-size:13px;color:#555}",
      ".swot{display:grid;grid-template-columns:1fr 1fr;gap:12px}",
      ".quad{border-radius:6px;padding:10px 14px}.quad h3{margin:0 0 6px 0;font-size:16px}",
      ".strength{background:#e3f2ea}.weakness{background:#fbe9e4}.opportunity{background:#e5eef9}"
          + ".threat{background:#f6efd9}",
      ".quad ul{margin:0;padding-left:18px}.quad li{margin:4px 0}",
      ".ev{font-size:12px;color:#444}",
      "table.peers{border-collapse:collapse;font-size:13px}table.peers td,table.peers th{border-bottom:1px solid #ddd;"
          + "padding:4px 8px;text-align:left;vertical-align:top}",
      "footer{font-size:12px;color:#666;margin-top:28px;border-top:1px solid #ddd;padding-top:8px}");

  private final ReportFormat fmt;

  /** A renderer writing labels and numbers in {@code locale} (English for {@code en}, German otherwise). */
  public HtmlReportRenderer(Locale locale) {
    this.fmt = new ReportFormat(locale);
  }

  /** The whole page as a string (write it as UTF-8). */
  public String render(ProfileReport report) {
    StringBuilder sb = new StringBuilder(32_768);
    String lang = fmt.locale().getLanguage();
    String title = fmt.label("title") + " " + report.regionName();
    sb.append("<!DOCTYPE html>\n");
    sb.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang).append("\" xml:lang=\"")
        .append(lang).append("\">\n");
    sb.append("<head>\n<meta charset=\"UTF-8\"/>\n");
    sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    sb.append("<title>").append(Html.text(title)).append("</title>\n");
    sb.append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n");
    sb.append("<h1>").append(Html.text(title)).append("</h1>\n");
    sb.append("<p class=\"sub\">").append(Html.text(report.regionKey()));
    report.referenceDate().ifPresent(d -> sb.append(" · ").append(Html.text(fmt.label("asOf"))).append(' ')
        .append(Html.text(fmt.date(d))));
    sb.append("</p>\n");

    if (!report.keyFigures().isEmpty()) {
      sb.append("<section id=\"key-figures\">\n<h2>").append(Html.text(fmt.label("keyFigures"))).append("</h2>\n");
      sb.append("<div class=\"figures\">\n");
      for (KeyFigure k : report.keyFigures()) {
        sb.append("<div class=\"figure\"><div class=\"v\">").append(Html.text(k.value()))
            .append("</div><div class=\"l\">").append(Html.text(k.label())).append("</div></div>\n");
      }
      sb.append("</div>\n</section>\n");
    }
    if (!report.pyramid().isEmpty()) {
      sb.append("<section id=\"pyramid\">\n<h2>").append(Html.text(fmt.label("pyramid"))).append("</h2>\n");
      sb.append("<p class=\"note\">").append(Html.text(fmt.label("pyramidNote"))).append("</p>\n");
      sb.append(PyramidSvg.render(report.pyramid(), fmt)).append("\n</section>\n");
    }
    if (!report.projection().isEmpty()) {
      sb.append("<section id=\"projection\">\n<h2>").append(Html.text(fmt.label("projection"))).append("</h2>\n");
      sb.append("<p class=\"note\">").append(Html.text(fmt.label("projectionNote")));
      report.projectionAssumptions().ifPresent(a -> sb.append(' ').append(Html.text(a)));
      sb.append("</p>\n").append(ProjectionChartSvg.render(report.projection(), fmt)).append("\n</section>\n");
    }
    if (!report.indicators().isEmpty()) {
      sb.append("<section id=\"indicators\">\n<h2>").append(Html.text(fmt.label("indicators"))).append("</h2>\n");
      sb.append("<p class=\"note\">").append(Html.text(fmt.label("indicatorsNote"))).append("</p>\n");
      sb.append(IndicatorChartSvg.render(report.indicators(), report.regionName(), fmt)).append("\n</section>\n");
    }
    swot(sb, report);
    TransferSections.render(sb, report, fmt);
    sb.append("<footer>");
    report.source().ifPresent(s -> sb.append(Html.text(s)).append("<br/>"));
    sb.append(Html.text(fmt.label("generated"))).append("</footer>\n");
    sb.append("</main>\n</body>\n</html>\n");
    return sb.toString();
  }

  private void swot(StringBuilder sb, ProfileReport report) {
    sb.append("<section id=\"swot\">\n<h2>").append(Html.text(fmt.label("swot"))).append("</h2>\n");
    if (report.swot().isEmpty()) {
      sb.append("<p class=\"note\">").append(Html.text(fmt.label("swotEmpty"))).append("</p>\n");
    }
    sb.append("<div class=\"swot\">\n");
    quadrant(sb, report, SwotCategory.STRENGTH, "strengths");
    quadrant(sb, report, SwotCategory.WEAKNESS, "weaknesses");
    quadrant(sb, report, SwotCategory.OPPORTUNITY, "opportunities");
    quadrant(sb, report, SwotCategory.THREAT, "threats");
    sb.append("</div>\n</section>\n");
  }

  private void quadrant(StringBuilder sb, ProfileReport report, SwotCategory category, String labelKey) {
    sb.append("<div class=\"quad ").append(category.name().toLowerCase(Locale.ROOT)).append("\"><h3>")
        .append(Html.text(fmt.label(labelKey))).append("</h3>\n");
    List<SwotEntry> entries = report.swot().stream().filter(e -> e.category() == category).toList();
    if (entries.isEmpty()) {
      sb.append("<p class=\"ev\">").append(Html.text(fmt.label("noEntries"))).append("</p>");
    } else {
      sb.append("<ul>\n");
      for (SwotEntry e : entries) {
        String text = "en".equals(fmt.locale().getLanguage()) ? e.textEnglish().orElse(e.text()) : e.text();
        sb.append("<li>").append(Html.text(text));
        evidence(sb, report, e);
        sb.append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    sb.append("</div>\n");
  }

  private void evidence(StringBuilder sb, ProfileReport report, SwotEntry e) {
    StringBuilder ev = new StringBuilder();
    for (String id : e.citedIndicatorIds()) {
      Optional<IndicatorRow> row = report.indicator(id);
      if (ev.length() > 0) {
        ev.append("; ");
      }
      if (row.isEmpty()) {
        ev.append(id);
        continue;
      }
      IndicatorRow r = row.get();
      ev.append(r.name()).append(' ');
      ev.append(r.value().isPresent() ? fmt.decimal(r.value().getAsDouble()) : fmt.label("notComputable"));
      if (!r.references().isEmpty()) {
        ev.append(" (");
        for (int i = 0; i < r.references().size(); i++) {
          IndicatorRow.Reference ref = r.references().get(i);
          ev.append(i == 0 ? "" : ", ").append(ref.name()).append(' ').append(fmt.decimal(ref.value()));
        }
        ev.append(')');
      }
      ev.append(IndicatorChartSvg.rank(r, fmt));
    }
    StringBuilder line = new StringBuilder();
    if (ev.length() > 0) {
      line.append(fmt.label("evidence")).append(": ").append(ev);
    }
    e.actionFieldId().ifPresent(a -> append(line, fmt.label("actionField") + ": "
        + ActionFields.byId(a).map(f -> f.label(fmt.locale())).orElse(a)));
    e.derivedByRule().ifPresent(r -> append(line, fmt.label("rule") + " " + r));
    e.deferralReason().ifPresent(d -> append(line, fmt.label("deferred") + ": " + d));
    if (line.length() > 0) {
      sb.append("<br/><span class=\"ev\">").append(Html.text(line.toString())).append("</span>");
    }
  }

  private static void append(StringBuilder line, String part) {
    line.append(line.length() > 0 ? " · " : "").append(part);
  }
}
