// SPDX-License-Identifier: Apache-2.0
package zwk.io.decidim;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML (Decidim's rich-text descriptions) to plain text: block elements ({@code p}, {@code div},
 * {@code li}, headings, {@code br}) become line breaks, entities are decoded, runs of white space
 * (including {@code &nbsp;}) become one space, and lines are trimmed. Text without {@code <} or
 * {@code &} is returned unchanged, so plain text survives exactly.
 *
 * <p>jsoup parses the HTML: an HTML5-conformant parser is the only reliable way to decode the full
 * set of named entities and to survive the broken markup that rich-text editors produce.
 */
public final class HtmlText {
  private HtmlText() {}

  /** The plain text of an HTML fragment. */
  public static String toText(String html) {
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return html;
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode) {
          out.append(((TextNode) node).getWholeText());
        } else if (node instanceof Element && ((Element) node).normalName().equals("br")) {
          out.append('\n');
        } else if (node instanceof Element && isBlock((Element) node)) {
          out.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element && isBlock((Element) node)) {
          out.append('\n');
        }
      }
    }, body);
    StringBuilder text = new StringBuilder();
    for (String line : out.toString().split("\n", -1)) {
      String l = line.replace('\u00a0', ' ').replaceAll("[ \\t\\r\\f]+", " ").strip();
      if (!l.isEmpty()) {
        if (text.length() > 0) {
          text.append('\n');
        }
        text.append(l);
      }
    }
    return text.toString();
  }

  /** Plain text as HTML paragraphs (one per line), escaped: what Decidim's editor stores. */
  public static String toHtml(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      out.append("<p>").append(org.jsoup.nodes.Entities.escape(line)).append("</p>");
    }
    return out.toString();
  }

  private static boolean isBlock(Element e) {
    switch (e.normalName()) {
      case "p":
      case "div":
      case "li":
      case "ul":
      case "ol":
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "blockquote":
      case "pre":
      case "tr":
      case "table":
        return true;
      default:
        return false;
    }
  }
}
