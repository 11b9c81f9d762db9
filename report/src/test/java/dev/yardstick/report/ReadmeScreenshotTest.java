package dev.yardstick.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.report.testing.Chromium;
import dev.yardstick.report.testing.Samples;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the README's screenshot: the sample company's report in Chinese (left) and English
 * (right). Runs only when asked, from the repository root:
 *
 * <pre>
 * ./mvnw -q -B -pl report verify -Dtest=ReadmeScreenshotTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dyardstick.screenshot=$PWD/docs/report.png
 * </pre>
 */
class ReadmeScreenshotTest {

  static final int WIDTH = 1060;
  static final int HEIGHT = 2300;

  @Test
  @EnabledIfSystemProperty(named = "yardstick.screenshot", matches = ".+")
  void the_readme_screenshot_shows_the_report_in_chinese_and_english() throws Exception {
    // GIVEN the sample company in both languages
    Path chromium = Chromium.require();
    Path work = Path.of("target", "readme-screenshot").toAbsolutePath();
    Files.createDirectories(work);

    // WHEN each is rendered and photographed
    BufferedImage zh = shoot(chromium, work, Samples.ZH, "zh");
    BufferedImage en = shoot(chromium, work, Samples.EN, "en");

    // THEN the two sit side by side in one PNG of reasonable size
    BufferedImage both = new BufferedImage(2 * WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = both.createGraphics();
    g.drawImage(zh, 0, 0, null);
    g.drawImage(en, WIDTH, 0, null);
    g.dispose();
    Path target = Path.of(System.getProperty("yardstick.screenshot"));
    Files.createDirectories(target.toAbsolutePath().getParent());
    ImageIO.write(both, "png", target.toFile());
    assertThat(Files.size(target)).isBetween(20_000L, 400_000L);
  }

  private static BufferedImage shoot(Path chromium, Path work, Locale locale, String name)
      throws Exception {
    Path page = work.resolve("report-" + name + ".html");
    HtmlReport.writeTo(Samples.showcase(locale), page);
    Path png = work.resolve("report-" + name + ".png");
    Files.deleteIfExists(png);
    Chromium.run(chromium, page, work, "--screenshot=" + png, "--window-size=" + WIDTH + "," + HEIGHT,
        "--hide-scrollbars");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    return image;
  }
}
