package dev.yardstick.report;

import static dev.yardstick.report.testing.Dom.count;
import static dev.yardstick.report.testing.Dom.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.report.testing.Chromium;
import dev.yardstick.report.testing.Samples;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opens the sample company's report in headless Chromium (Debian's {@code chromium} package):
 * the browser builds the expected SVG elements, logs no console error and paints the charts.
 * Skipped when Chromium is missing, except on CI ({@code CI=true}), where it fails.
 */
class BrowserCheckTest {

  private static final Path WORK = Path.of("target", "browser-check").toAbsolutePath();

  private static Path page(String language) throws Exception {
    Files.createDirectories(WORK);
    Path page = WORK.resolve("report-" + language + ".html");
    HtmlReport.writeTo(Samples.company(Locale.forLanguageTag(language)), page);
    return page;
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "en"})
  void chromium_builds_every_chart_element_and_logs_no_console_error(String language)
      throws Exception {
    // GIVEN Chromium and the sample company's report: 6 people (3 × 5 + 3 × 3 items), 2 teams of
    // 4 grades, 3 pacing series with 2 + 3 + 1 warnings and 3 + 3 + 2 months with data
    Path chromium = Chromium.require();
    Path page = page(language);

    // WHEN Chromium loads it and prints its DOM
    Chromium.Run run = Chromium.run(chromium, page, WORK, "--dump-dom");

    // THEN it exited normally and the DOM it built has every chart and element
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    String dom = run.stdout();
    assertThat(dom).contains("<html lang=\"" + language + "\">");
    assertThat(count(dom, "<svg ")).isEqualTo(11);
    assertThat(find(dom, "svg", "chart", "person-scores")).hasSize(6);
    assertThat(find(dom, "svg", "chart", "grade-distribution")).hasSize(2);
    assertThat(find(dom, "svg", "chart", "pacing")).hasSize(3);
    assertThat(find(dom, "rect", "bar")).hasSize(24 + 16);
    assertThat(find(dom, "line", "target-line")).hasSize(24);
    assertThat(find(dom, "rect", "bar", "actual")).hasSize(8);
    assertThat(find(dom, "rect", "bar", "quota")).hasSize(8);
    assertThat(find(dom, "circle", "warning")).hasSize(6);
    assertThat(find(dom, "circle", "point")).hasSize(8);
    assertThat(find(dom, "polyline", "line", "expected")).hasSize(3);
    assertThat(find(dom, "section", "interview")).hasSize(3);
    // AND the browser logged no console message at all (the page has no script) and no error
    List<String> lines = run.stderr().lines().toList();
    assertThat(lines).noneMatch(l -> l.contains("CONSOLE")).noneMatch(l -> l.contains("Uncaught"));
  }

  @Test
  void the_console_check_sees_an_error_of_a_page_that_has_one() throws Exception {
    // GIVEN Chromium and a page whose script logs an error and then fails (a control: it shows
    // that the flags capture console messages, so the check above can fail)
    Path chromium = Chromium.require();
    Files.createDirectories(WORK);
    Path page = WORK.resolve("control.html");
    Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
        + "<script>console.error('control'); notDefined();</script></body></html>");

    // WHEN Chromium loads it
    Chromium.Run run = Chromium.run(chromium, page, WORK, "--dump-dom");

    // THEN its log has both the console line and the uncaught error
    assertThat(run.stderr()).contains("CONSOLE").contains("Uncaught ReferenceError");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "en"})
  void chromium_paints_the_charts_in_their_colours(String language) throws Exception {
    // GIVEN Chromium and the report
    Path chromium = Chromium.require();
    Path page = page(language);
    Path png = WORK.resolve("report-" + language + ".png");
    Files.deleteIfExists(png);

    // WHEN it takes a 1280 × 2000 screenshot
    Chromium.Run run = Chromium.run(chromium, page, WORK, "--screenshot=" + png,
        "--window-size=1280,2000");

    // THEN the PNG exists, decodes at that size and is far from blank
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(20_000);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(2000);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        colours.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    assertThat(colours).hasSizeGreaterThan(50);
    // AND whole bars were painted: a 12 × 12 legend swatch is 144 pixels, the blue bars of the
    // first team chart alone cover thousands (1 + 3 + 6 + 2 people × 30 px × 31.8 px ≈ 11000)
    assertThat(pixels(image, 0x1565c0)).isGreaterThan(5_000);
    // AND the green bars of the people's charts too (Li Wei's 5 bars alone are over 8000 px)
    assertThat(pixels(image, 0x2e7d32)).isGreaterThan(3_000);
  }

  private static int pixels(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int c = image.getRGB(x, y);
        if (close(c >> 16, rgb >> 16) && close(c >> 8, rgb >> 8) && close(c, rgb)) {
          n++;
        }
      }
    }
    return n;
  }

  private static boolean close(int a, int b) {
    return Math.abs((a & 0xff) - (b & 0xff)) <= 6;
  }
}
