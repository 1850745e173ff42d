// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import java.util.List;
import java.util.Locale;

/**
 * The population pyramid as inline SVG: men to the left, women to the right, the oldest band at the
 * top, one shared scale for both sexes. Official tables use bands of unequal width (0–2, 3–5, 6–9 …
 * 65–74, 75+), so a bar's height is proportional to its band's width in years and its length to the
 * persons per year of age: the areas then compare like the counts. Every bar carries a
 * {@code <title>} with its exact count.
 */
final class PyramidSvg {
  static final String MALE_COLOUR = "#2f6db5";
  static final String FEMALE_COLOUR = "#d9603b";

  private static final int WIDTH = 560;
  private static final int LABEL_COLUMN = 64;
  private static final int HALF = (WIDTH - LABEL_COLUMN) / 2 - 8;
  private static final int TOP = 28;
  private static final int BOTTOM = 30;
  /** Width assumed for an open top band (e.g. 75+), in years. */
  static final int OPEN_BAND_YEARS = 10;

  private PyramidSvg() {}

  static String render(List<PyramidRow> rows, ReportFormat fmt) {
    int years = 0;
    double max = 1e-9;
    for (PyramidRow r : rows) {
      years += r.years();
      max = Math.max(max, Math.max(r.male(), r.female()) / (double) r.years());
    }
    double perYear = Math.max(2, Math.min(22, 460.0 / Math.max(1, years)));
    int height = (int) Math.ceil(TOP + years * perYear + BOTTOM);
    double centreLeft = 8 + HALF;
    double centreRight = centreLeft + LABEL_COLUMN;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pyramid\" role=\"img\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\">");
    sb.append("<title>").append(Html.text(fmt.label("pyramid"))).append("</title>");
    text(sb, centreLeft - HALF / 2.0, 18, "middle", "head", fmt.label("male"));
    text(sb, centreRight + HALF / 2.0, 18, "middle", "head", fmt.label("female"));
    text(sb, centreLeft + LABEL_COLUMN / 2.0, 18, "middle", "head", fmt.label("age"));
    double y = TOP;
    double lastLabelY = -100;
    for (int i = rows.size() - 1; i >= 0; i--) { // oldest at the top
      PyramidRow r = rows.get(i);
      double h = r.years() * perYear;
      double barHeight = Math.max(1, h - (h >= 6 ? 1.5 : 0.3));
      double wm = HALF * (r.male() / (double) r.years()) / max;
      double wf = HALF * (r.female() / (double) r.years()) / max;
      bar(sb, centreLeft - wm, y, wm, barHeight, MALE_COLOUR, fmt.label("male"), r, r.male(), fmt);
      bar(sb, centreRight, y, wf, barHeight, FEMALE_COLOUR, fmt.label("female"), r, r.female(), fmt);
      double labelY = y + barHeight / 2 + 4;
      if (labelY - lastLabelY >= 11 && (h >= 10 || r.band().from() % 5 == 0)) {
        text(sb, centreLeft + LABEL_COLUMN / 2.0, labelY, "middle", "band", r.label());
        lastLabelY = labelY;
      }
      y += h;
    }
    double axisY = y + 4;
    sb.append(String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>", centreLeft - HALF, axisY,
        centreLeft, axisY));
    sb.append(String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>", centreRight, axisY,
        centreRight + HALF, axisY));
    String maxLabel = fmt.count(Math.round(max));
    text(sb, centreLeft - HALF, axisY + 16, "start", "tick", maxLabel);
    text(sb, centreLeft, axisY + 16, "end", "tick", "0");
    text(sb, centreRight, axisY + 16, "start", "tick", "0");
    text(sb, centreRight + HALF, axisY + 16, "end", "tick", maxLabel);
    sb.append("</svg>");
    return sb.toString();
  }

  private static void bar(StringBuilder sb, double x, double y, double w, double h, String colour, String sex,
      PyramidRow r, long count, ReportFormat fmt) {
    sb.append(String.format(Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %s</title></rect>",
        x, y, w, h, colour, Html.text(sex), Html.text(r.label()), fmt.count(count)));
  }

  static void text(StringBuilder sb, double x, double y, String anchor, String cssClass, String content) {
    sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">", x, y,
        anchor, cssClass)).append(Html.text(content)).append("</text>");
  }
}
