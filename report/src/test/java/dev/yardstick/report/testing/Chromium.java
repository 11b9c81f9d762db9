package dev.yardstick.report.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Debian's headless Chromium on a file, bounded by a timeout, with a fresh profile per run.
 * Chromium is {@code /usr/bin/chromium}, or the executable named by the environment variable
 * {@code YARDSTICK_CHROMIUM} (for other systems).
 */
public final class Chromium {

  /** Where Debian's {@code chromium} package installs the browser. */
  public static final Path DEBIAN = Path.of("/usr/bin/chromium");

  /** How long one run may take before it is killed. */
  public static final long TIMEOUT_SECONDS = 60;

  /** What one run printed. */
  public record Run(int exitCode, String stdout, String stderr) {}

  private Chromium() {}

  /** The browser to run. */
  public static Path executable() {
    String override = System.getenv("YARDSTICK_CHROMIUM");
    return override == null || override.isBlank() ? DEBIAN : Path.of(override);
  }

  /**
   * Skips the calling test when Chromium is not installed, except on CI ({@code CI=true}), which
   * installs it: there a missing browser is a real error and fails the test.
   */
  public static Path require() {
    Path chromium = executable();
    boolean present = Files.isExecutable(chromium);
    String hint =
        "headless Chromium not found at " + chromium + ": install it with"
            + " 'sudo apt-get install -y chromium' (Debian/Ubuntu) or point YARDSTICK_CHROMIUM"
            + " at a Chromium or Chrome executable";
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI=true but " + hint);
    }
    Assumptions.assumeTrue(present, hint);
    return chromium;
  }

  /**
   * Runs Chromium on {@code page} with the extra arguments (the mode: {@code --dump-dom} or
   * {@code --screenshot=...}) and returns what it printed.
   *
   * @param work a folder for the profile and the captured output
   */
  public static Run run(Path chromium, Path page, Path work, String... mode)
      throws IOException, InterruptedException {
    Files.createDirectories(work);
    Path profile = Files.createTempDirectory(work, "profile-");
    Path out = Files.createTempFile(work, "stdout-", ".txt");
    Path err = Files.createTempFile(work, "stderr-", ".txt");
    List<String> command = new ArrayList<>(List.of(
        chromium.toString(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--enable-logging=stderr",
        "--v=0"));
    command.addAll(List.of(mode));
    command.add(page.toUri().toString());
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    process.getOutputStream().close();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
      }
    } finally {
      // the renderer and GPU processes are children: end them too, whatever happened
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
      deleteQuietly(profile);
    }
    Run run =
        new Run(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // a profile left in target/ is harmless; the next clean removes it
    }
  }
}
