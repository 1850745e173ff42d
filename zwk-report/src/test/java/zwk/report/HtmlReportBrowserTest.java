// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Renders the report in a real browser (headless Chromium) and checks that the page was drawn: a
 * PNG of the window size, not blank, with the pyramid's and the chart's colours in it. Skipped with
 * a message where Chromium is not installed ({@code apt-get install chromium}), except in CI
 * ({@code CI=true}, set by the CI runner): {@code .ci/run} installs Chromium, so a missing browser
 * there is a failure, not a skip.
 */
class HtmlReportBrowserTest {

  @Test
  void rendersInHeadlessChromium() throws Exception {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      assertTrue(ChromiumRender.available(),
          "CI=true but /usr/bin/chromium is missing: .ci/run must install it (the browser test may not skip in CI)");
    }
    assumeTrue(ChromiumRender.available(),
        "SKIPPED: /usr/bin/chromium not installed (apt-get install chromium); browser rendering not checked");
    Path dir = Path.of("target", "report-browser-test");
    Files.createDirectories(dir);
    Path html = dir.resolve("profile.html").toAbsolutePath();
    Path png = dir.resolve("profile.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Files.writeString(html, new HtmlReportRenderer(Locale.GERMAN).render(SampleReports.sample("Starker Standort")),
        StandardCharsets.UTF_8);

    ChromiumRender.screenshot(html, png);

    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(ChromiumRender.WIDTH, img.getWidth());
    assertEquals(ChromiumRender.HEIGHT, img.getHeight());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        colours.add(img.getRGB(x, y) & 0xFFFFFF);
      }
    }
    assertTrue(colours.size() >= 8, "page looks blank: only " + colours.size() + " colours");
    assertTrue(colours.contains(Integer.parseInt(PyramidSvg.MALE_COLOUR.substring(1), 16)), "no male bars drawn");
    assertTrue(colours.contains(Integer.parseInt(PyramidSvg.FEMALE_COLOUR.substring(1), 16)), "no female bars drawn");
  }
}
