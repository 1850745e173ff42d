// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import java.util.List;
import java.util.Locale;

/**
 * The indicators beside their reference values as an inline SVG bar chart: one block per indicator
 * with its own scale (ratios, ages and shares are not comparable), the municipality's bar first and
 * in colour, the reference regions after it in grey.
 */
final class IndicatorChartSvg {
  static final String REGION_COLOUR = "#1b7f5b";
  private static final String[] REFERENCE_COLOURS = {"#8c8c8c", "#b0b0b0", "#cfcfcf"};

  private static final int WIDTH = 1000;
  private static final int NAME_COLUMN = 260;
  private static final int BAR_AREA = 600;
  private static final int BAR = 16;
  private static final int GAP = 4;
  private static final int HEADING = 22;
  private static final int BLOCK_GAP = 12;

  private IndicatorChartSvg() {}

  static String render(List<IndicatorRow> rows, String regionName, ReportFormat fmt) {
    int height = 8;
    for (IndicatorRow r : rows) {
      height += HEADING + (1 + r.references().size()) * (BAR + GAP) + BLOCK_GAP;
    }
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"indicators\" role=\"img\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\">");
    sb.append("<title>").append(Html.text(fmt.label("indicators"))).append("</title>");
    double y = 8;
    for (IndicatorRow r : rows) {
      String heading = r.name() + r.unit().map(u -> " (" + u + ")").orElse("") + rank(r, fmt);
      PyramidSvg.text(sb, 0, y + 15, "start", "head", heading);
      y += HEADING;
      // one scale per indicator, from min(0, values) to max(0, values): negative values (a shrinking
      // population) extend to the left of the zero line
      double min = Math.min(0, r.value().orElse(0));
      double max = Math.max(0, r.value().orElse(0));
      for (IndicatorRow.Reference ref : r.references()) {
        min = Math.min(min, ref.value());
        max = Math.max(max, ref.value());
      }
      Scale scale = new Scale(min, max == min ? min + 1 : max);
      if (r.value().isPresent()) {
        bar(sb, y, regionName, r.value().getAsDouble(), scale, REGION_COLOUR, fmt);
      } else {
        PyramidSvg.text(sb, NAME_COLUMN - 8, y + 12, "end", "name", regionName);
        PyramidSvg.text(sb, NAME_COLUMN, y + 12, "start", "na",
            fmt.label("notComputable") + r.notComputableReason().map(s -> ": " + s).orElse(""));
      }
      y += BAR + GAP;
      for (int i = 0; i < r.references().size(); i++) {
        IndicatorRow.Reference ref = r.references().get(i);
        bar(sb, y, ref.name(), ref.value(), scale, REFERENCE_COLOURS[Math.min(i, REFERENCE_COLOURS.length - 1)], fmt);
        y += BAR + GAP;
      }
      y += BLOCK_GAP;
    }
    sb.append("</svg>");
    return sb.toString();
  }

  /** {@code " · Perzentil 92 (Kreise)"}, or empty without a percentile. */
  static String rank(IndicatorRow r, ReportFormat fmt) {
    if (r.percentile().isEmpty()) {
      return "";
    }
    return " · " + fmt.label("percentile") + " " + Math.round(r.percentile().getAsDouble())
        + r.peerGroup().map(g -> " (" + g + ")").orElse("");
  }

  private static void bar(StringBuilder sb, double y, String name, double value, Scale scale, String colour,
      ReportFormat fmt) {
    double zero = scale.x(0);
    double end = scale.x(value);
    PyramidSvg.text(sb, NAME_COLUMN - 8, y + 12, "end", "name", name);
    sb.append(String.format(Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %s</title></rect>",
        Math.min(zero, end), y, Math.abs(end - zero), BAR, colour, Html.text(name), fmt.decimal(value)));
    PyramidSvg.text(sb, Math.max(zero, end) + 6, y + 12, "start", "value", fmt.decimal(value));
  }

  /** Maps values of one indicator to x positions in the bar area. */
  private static final class Scale {
    private final double min;
    private final double max;

    Scale(double min, double max) {
      this.min = min;
      this.max = max;
    }

    double x(double v) {
      return NAME_COLUMN + BAR_AREA * (v - min) / (max - min);
    }
  }
}
