// SPDX-License-Identifier: Apache-2.0
package zwk.report;

/** The report's sections on transfer: similar regions and recommended tools (after the SWOT). */
final class TransferSections {
  private TransferSections() {}

  static void render(StringBuilder sb, ProfileReport report, ReportFormat fmt) {
    if (!report.peers().isEmpty()) {
      sb.append("<section id=\"peers\">\n<h2>").append(Html.text(fmt.label("peers"))).append("</h2>\n");
      sb.append("<p class=\"note\">").append(Html.text(fmt.label("peersNote"))).append("</p>\n");
      sb.append("<table class=\"peers\"><tr><th>#</th><th>").append(Html.text(fmt.label("region"))).append("</th><th>")
          .append(Html.text(fmt.label("distance"))).append("</th><th>").append(Html.text(fmt.label("why"))).append("</th></tr>\n");
      for (PeerRow p : report.peers()) {
        sb.append("<tr><td>").append(p.rank()).append("</td><td>").append(Html.text(p.name())).append(" (")
            .append(Html.text(p.key())).append(")</td><td>").append(Html.text(fmt.decimal(p.distance()))).append("</td><td>")
            .append(Html.text(p.explanation())).append("</td></tr>\n");
      }
      sb.append("</table>\n</section>\n");
    }
    if (!report.recommendations().isEmpty()) {
      sb.append("<section id=\"recommendations\">\n<h2>").append(Html.text(fmt.label("recommendations"))).append("</h2>\n");
      sb.append("<p class=\"note\">").append(Html.text(fmt.label("recommendationsNote"))).append("</p>\n<ol>\n");
      for (RecommendationRow r : report.recommendations()) {
        sb.append("<li><strong>").append(Html.text(r.title())).append("</strong>");
        if (!r.origin().isEmpty()) {
          sb.append(" (").append(Html.text(r.origin())).append(')');
        }
        sb.append(" · ").append(Html.text(fmt.label("score"))).append(' ').append(Html.text(fmt.decimal(r.score())));
        sb.append("<br/><span class=\"ev\">").append(Html.text(String.join(" · ", r.reasons()))).append("</span></li>\n");
      }
      sb.append("</ol>\n</section>\n");
    }
  }
}
