// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import java.util.List;
import java.util.Locale;

/**
 * The projection as inline SVG: one line per age group, each as an index of its first year
 * ({@code = 100}), so that groups of very different size share one scale and the chart shows where
 * each is heading. The first year is the start population; every point carries a {@code <title>}
 * with the exact count.
 */
final class ProjectionChartSvg {
  private static final int WIDTH = 560;
  private static final int HEIGHT = 280;
  private static final int LEFT = 44;
  private static final int RIGHT = 130;
  private static final int TOP = 16;
  private static final int BOTTOM = 30;
  static final String[] COLOURS = {"#333333", "#2f9e44", "#2f6db5", "#d9603b", "#9c36b5"};
  static final String[] KEYS = {"projTotal", "projUnder20", "proj20to64", "proj65", "proj80"};

  private ProjectionChartSvg() {}

  static double value(ProjectionRow r, int series) {
    switch (series) {
      case 0:
        return r.total();
      case 1:
        return r.under20();
      case 2:
        return r.from20to64();
      case 3:
        return r.from65();
      default:
        return r.from80();
    }
  }

  static String render(List<ProjectionRow> rows, ReportFormat fmt) {
    double lo = 100;
    double hi = 100;
    for (ProjectionRow r : rows) {
      for (int s = 0; s < KEYS.length; s++) {
        double first = value(rows.get(0), s);
        if (first > 0 && !Double.isNaN(value(r, s))) {
          double ix = 100 * value(r, s) / first;
          lo = Math.min(lo, ix);
          hi = Math.max(hi, ix);
        }
      }
    }
    lo = Math.floor(lo / 10) * 10;
    hi = Math.ceil(hi / 10) * 10;
    if (hi - lo < 20) {
      hi = lo + 20;
    }
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    int n = rows.size();
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"projection\" role=\"img\" width=\"").append(WIDTH)
        .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\">\n<title>").append(Html.text(fmt.label("projection"))).append("</title>\n");
    for (double g = lo; g <= hi + 1e-9; g += 10) {
      double y = TOP + plotH * (hi - g) / (hi - lo);
      sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>", LEFT, y,
          LEFT + plotW, y, g == 100 ? "#888888" : "#e5e5e5"));
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%d</text>\n",
          LEFT - 4, y + 4, (int) g));
    }
    for (int i = 0; i < n; i++) {
      if (i == 0 || i == n - 1 || rows.get(i).year() % 5 == 0) {
        double x = LEFT + (n == 1 ? 0 : plotW * i / (double) (n - 1));
        sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d</text>\n", x,
            HEIGHT - 10, rows.get(i).year()));
      }
    }
    for (int s = 0; s < KEYS.length; s++) {
      double first = value(rows.get(0), s);
      int series = s;
      if (!(first > 0) || rows.stream().anyMatch(r -> Double.isNaN(value(r, series)))) {
        continue; // a group the bands cannot give (80+ of a 75+ table)
      }
      StringBuilder pts = new StringBuilder();
      StringBuilder dots = new StringBuilder();
      for (int i = 0; i < n; i++) {
        double x = LEFT + (n == 1 ? 0 : plotW * i / (double) (n - 1));
        double y = TOP + plotH * (hi - 100 * value(rows.get(i), s) / first) / (hi - lo);
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"><title>", x, y, COLOURS[s]))
            .append(Html.text(fmt.label(KEYS[s]) + " " + rows.get(i).year() + ": " + fmt.count(Math.round(value(rows.get(i), s)))))
            .append("</title></circle>");
      }
      sb.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(COLOURS[s]).append("\" points=\"")
          .append(pts.toString().strip()).append("\"/>\n").append(dots).append('\n');
      double ly = TOP + 14 + 18 * s;
      sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"12\" height=\"3\" fill=\"%s\"/>", LEFT + plotW + 10,
          ly - 4, COLOURS[s]));
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\">", LEFT + plotW + 26, ly))
          .append(Html.text(fmt.label(KEYS[s]))).append("</text>\n");
    }
    sb.append("</svg>");
    return sb.toString();
  }
}
