package zwk.examples.report;

import java.util.List;
import java.util.Locale;

/**
 * The population pyramid as inline SVG: men to the left, women to the right, the oldest band at the
 * top, one shared scale for both sexes. Every bar carries a {@code <title>} with its exact count.
 */
final class PyramidSvg {
  static final String MALE_COLOUR = "#2f6db5";
  static final String FEMALE_COLOUR = "#d9603b";

  private static final int WIDTH = 560;
  private static final int LABEL_COLUMN = 64;
  private static final int HALF = (WIDTH - LABEL_COLUMN) / 2 - 8;
  private static final int TOP = 28;
  private static final int BOTTOM = 30;

  private PyramidSvg() {}

  static String render(List<PyramidRow> rows, ReportFormat fmt) {
    int n = Math.max(1, rows.size());
    double rowHeight = Math.max(3, Math.min(22, 460.0 / n));
    int height = (int) Math.ceil(TOP + n * rowHeight + BOTTOM);
    long max = 1;
    for (PyramidRow r : rows) {
      max = Math.max(max, Math.max(r.male(), r.female()));
    }
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
    int labelEvery = rowHeight >= 10 ? 1 : (int) Math.ceil(10 / rowHeight) <= 5 ? 5 : 10;
    for (int i = 0; i < rows.size(); i++) {
      PyramidRow r = rows.get(rows.size() - 1 - i); // oldest at the top
      double y = TOP + i * rowHeight;
      double barHeight = Math.max(1, rowHeight - (rowHeight >= 6 ? 2 : 0.5));
      double wm = HALF * (double) r.male() / max;
      double wf = HALF * (double) r.female() / max;
      sb.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %s</title></rect>",
          centreLeft - wm, y, wm, barHeight, MALE_COLOUR, Html.text(fmt.label("male")), Html.text(r.ageBand()),
          fmt.count(r.male())));
      sb.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %s</title></rect>",
          centreRight, y, wf, barHeight, FEMALE_COLOUR, Html.text(fmt.label("female")), Html.text(r.ageBand()),
          fmt.count(r.female())));
      int indexFromBottom = rows.size() - 1 - i;
      if (indexFromBottom % labelEvery == 0) {
        text(sb, centreLeft + LABEL_COLUMN / 2.0, y + barHeight / 2 + 4, "middle", "band", r.ageBand());
      }
    }
    double axisY = TOP + n * rowHeight + 4;
    sb.append(String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>", centreLeft - HALF, axisY,
        centreLeft, axisY));
    sb.append(String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>", centreRight, axisY,
        centreRight + HALF, axisY));
    text(sb, centreLeft - HALF, axisY + 16, "start", "tick", fmt.count(max));
    text(sb, centreLeft, axisY + 16, "end", "tick", "0");
    text(sb, centreRight, axisY + 16, "start", "tick", "0");
    text(sb, centreRight + HALF, axisY + 16, "end", "tick", fmt.count(max));
    sb.append("</svg>");
    return sb.toString();
  }

  static void text(StringBuilder sb, double x, double y, String anchor, String cssClass, String content) {
    sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">", x, y,
        anchor, cssClass)).append(Html.text(content)).append("</text>");
  }
}
