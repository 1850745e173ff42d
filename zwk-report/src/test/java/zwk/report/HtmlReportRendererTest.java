// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportRendererTest {

  static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document d, String ns, String tag) {
    NodeList nl = d.getElementsByTagNameNS(ns, tag);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      out.add(nl.item(i).getTextContent());
    }
    return out;
  }

  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  @Test
  void pageIsWellFormedXhtmlWithTwoSvgs() throws Exception {
    String html = new HtmlReportRenderer(Locale.GERMAN).render(SampleReports.sample("Starker Standort"));
    Document d = parse(html);
    assertEquals("html", d.getDocumentElement().getLocalName());
    assertEquals(XHTML, d.getDocumentElement().getNamespaceURI());
    assertEquals(2, d.getElementsByTagNameNS(SVG, "svg").getLength());
    assertTrue(texts(d, XHTML, "title").get(0).contains("Kommunalprofil Barleben"));
  }

  @Test
  void selfContainedNoScriptsNoExternalResources() throws Exception {
    String html = new HtmlReportRenderer(Locale.GERMAN).render(SampleReports.sample("Starker Standort"));
    Document d = parse(html);
    assertEquals(0, d.getElementsByTagNameNS("*", "script").getLength());
    assertEquals(0, d.getElementsByTagNameNS("*", "link").getLength());
    assertEquals(0, d.getElementsByTagNameNS("*", "img").getLength());
    assertFalse(html.contains("http://") && html.replace("http://www.w3.org/", "").contains("http://"),
        "only namespace URIs may appear");
    assertFalse(html.contains("https://"));
  }

  @Test
  void pyramidHasOneBarPerSexAndBandWithExactCounts() throws Exception {
    Document d = parse(new HtmlReportRenderer(Locale.GERMAN).render(SampleReports.sample("x")));
    Element pyramid = (Element) d.getElementsByTagNameNS(SVG, "svg").item(0);
    assertEquals("pyramid", pyramid.getAttribute("class"));
    assertEquals(34, pyramid.getElementsByTagNameNS(SVG, "rect").getLength(), "17 bands x 2 sexes");
    List<String> titles = new ArrayList<>();
    NodeList nl = pyramid.getElementsByTagNameNS(SVG, "title");
    for (int i = 0; i < nl.getLength(); i++) {
      titles.add(nl.item(i).getTextContent());
    }
    // band 15-19 is i = 3: men 1,000 + 30 = 1,030, women 1,100 + 60 = 1,160 (German grouping)
    assertTrue(titles.contains("Männer 15-19: 1.030"), titles.toString());
    assertTrue(titles.contains("Frauen 15-19: 1.160"), titles.toString());
    assertTrue(titles.contains("Frauen 80+: 987"), titles.toString());
    // the scale is persons per year of age: widest is women 75-79 = (1,100 + 20*15) / 5 = 280
    // (80+ counts as 10 years: 987 / 10 = 98.7 is narrower)
    List<String> ticks = new ArrayList<>();
    NodeList tx = pyramid.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < tx.getLength(); i++) {
      ticks.add(tx.item(i).getTextContent());
    }
    assertTrue(ticks.contains("280"), ticks.toString());
  }

  @Test
  void indicatorsBesideReferencesRoundedToOneDecimal() throws Exception {
    Document d = parse(new HtmlReportRenderer(Locale.GERMAN).render(SampleReports.sample("x")));
    Element chart = (Element) d.getElementsByTagNameNS(SVG, "svg").item(1);
    assertEquals("indicators", chart.getAttribute("class"));
    String text = chart.getTextContent();
    // 31.46 -> 31,5 ; 38.24 -> 38,2 ; references as given
    assertTrue(text.contains("31,5"), text);
    assertTrue(text.contains("38,2"), text);
    assertTrue(text.contains("47,1"), text);
    assertTrue(text.contains("nicht berechenbar: offene Altersgruppe"), text);
    assertTrue(text.contains("Altenquotient (je 100) · Perzentil 13 (Gemeinden)"), "rank 12.6 rounds to 13: " + text);
    // bars: 2 indicators x (1 + 2 refs) + 1 indicator x (0 + 1 ref) = 7
    assertEquals(7, chart.getElementsByTagNameNS(SVG, "rect").getLength());
  }

  @Test
  void swotEntriesCarryTheirEvidence() throws Exception {
    Document d = parse(new HtmlReportRenderer(Locale.GERMAN).render(SampleReports.sample("Starker Standort")));
    String body = d.getDocumentElement().getTextContent();
    assertTrue(body.contains("Belege: Jugendquotient 31,5 (Sachsen-Anhalt 27,9, Deutschland 30,8)"), body);
    assertTrue(body.contains("abgeleitet durch Regel old-age-ratio-above-state"), body);
    assertTrue(body.contains("zurückgestellt: Landesprogramm abwarten"), body);
    assertTrue(body.contains("Handlungsfeld: Arbeit und Wirtschaft"), "catalogue label of work-economy");
    assertTrue(body.contains("Stärken") && body.contains("Schwächen") && body.contains("Chancen")
        && body.contains("Risiken"));
  }

  @Test
  void englishLabelsAndNumbers() throws Exception {
    Document d = parse(new HtmlReportRenderer(Locale.ENGLISH).render(SampleReports.sample("x")));
    String body = d.getDocumentElement().getTextContent();
    assertTrue(body.contains("Municipal profile Barleben"));
    assertTrue(body.contains("31.5") && body.contains("Strengths") && body.contains("2018-12-31"), body);
  }

  @Test
  void userTextIsEscaped() throws Exception {
    String evil = "<script>alert('x')</script> & \"quoted\" <img src=x onerror=alert(1)> \u0007";
    String html = new HtmlReportRenderer(Locale.GERMAN).render(SampleReports.sample(evil));
    Document d = parse(html);
    assertEquals(0, d.getElementsByTagNameNS("*", "script").getLength());
    assertEquals(0, d.getElementsByTagNameNS("*", "img").getLength());
    assertTrue(d.getDocumentElement().getTextContent()
        .contains("<script>alert('x')</script> & \"quoted\" <img src=x onerror=alert(1)> \uFFFD"));
  }

  @Test
  void escapingIsTotalForArbitraryText() {
    org.quicktheories.QuickTheory.qt().forAll(org.quicktheories.generators.SourceDSL.strings().allPossible()
        .ofLengthBetween(0, 40)).checkAssert(s -> {
          String e = Html.text(s);
          assertFalse(e.contains("<") || e.contains(">") || e.contains("\""));
          try {
            Document d = parse("<p xmlns=\"http://www.w3.org/1999/xhtml\" title=\"" + e + "\">" + e + "</p>");
            assertEquals(d.getDocumentElement().getTextContent().length(),
                d.getDocumentElement().getAttribute("title").length());
          } catch (Exception ex) {
            throw new AssertionError("not well-formed for " + s.codePoints().boxed().toList(), ex);
          }
        });
  }

  @Test
  void negativeValuesExtendLeftOfTheZeroLine() throws Exception {
    ProfileReport base = SampleReports.sample("x");
    IndicatorRow change = new IndicatorRow("population_change_5y", "Bevölkerungsentwicklung", java.util.Optional.of("%"),
        java.util.OptionalDouble.of(-3.0), java.util.Optional.empty(), List.of(new IndicatorRow.Reference("Deutschland", 1.0)));
    ProfileReport report = new ProfileReport(base.regionKey(), base.regionName(), base.referenceDate(), base.keyFigures(),
        base.pyramid(), List.of(change), base.swot(), base.source());
    Element chart = (Element) parse(new HtmlReportRenderer(Locale.GERMAN).render(report))
        .getElementsByTagNameNS(SVG, "svg").item(1);
    NodeList rects = chart.getElementsByTagNameNS(SVG, "rect");
    Element own = (Element) rects.item(0);
    Element ref = (Element) rects.item(1);
    double ownX = Double.parseDouble(own.getAttribute("x"));
    double ownW = Double.parseDouble(own.getAttribute("width"));
    double refX = Double.parseDouble(ref.getAttribute("x"));
    double refW = Double.parseDouble(ref.getAttribute("width"));
    // scale from -3 to +1: the zero line lies 3/4 into the bar area; -3 ends where +1 starts, 3 times as long
    assertEquals(ownX + ownW, refX, 0.11);
    assertEquals(3 * refW, ownW, 0.31);
    assertTrue(chart.getTextContent().contains("-3,0"), chart.getTextContent());
  }
}
