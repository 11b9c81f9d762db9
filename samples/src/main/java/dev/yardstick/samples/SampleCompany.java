package dev.yardstick.samples;

import dev.yardstick.samples.company.FactsGenerator;
import dev.yardstick.samples.company.QuarterRun;
import dev.yardstick.samples.company.SampleRun;
import dev.yardstick.samples.output.ConsoleSummary;
import dev.yardstick.samples.output.OutputFiles;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The main job: the sample e-commerce company evaluated end to end. Run it with {@code ./mvnw -q
 * compile exec:java -pl samples -am}.
 *
 * <p>It generates one quarter (2026-Q3) of raw facts for forty employees from a fixed seed,
 * tracks the months (warnings, anomaly check, A/B test), evaluates the quarter (KPI and OKR,
 * team links), calibrates the grades against the quota, proposes pay, promotion and training,
 * prints a summary and writes the results to the output folder.
 *
 * <p>Options: the output folder is {@value OutputFiles#DEFAULT_FOLDER} in the working directory,
 * or the first argument, or the system property {@code yardstick.output}; the seed is {@value
 * FactsGenerator#DEFAULT_SEED} unless the system property {@code yardstick.seed} says otherwise.
 *
 * <pre>{@code
 * ./mvnw -q compile exec:java -pl samples -am -Dexec.args="/tmp/q3"
 * }</pre>
 */
public final class SampleCompany {

  private SampleCompany() {}

  /** Runs the sample company's quarter, prints a summary and writes the output folder. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
      System.err.println("usage: SampleCompany [output-folder]   (default: "
          + OutputFiles.DEFAULT_FOLDER + ", or -Dyardstick.output=…)");
      System.exit(2);
    }
    Path folder = outputFolder(args);
    long seed = Long.getLong("yardstick.seed", FactsGenerator.DEFAULT_SEED);
    SampleRun run = QuarterRun.run(seed);
    out.print(ConsoleSummary.render(run));
    List<Path> written = OutputFiles.write(run, folder);
    out.println();
    out.println("Wrote " + written.size() + " files to " + folder.toAbsolutePath().normalize() + ":");
    long interviews = written.stream().filter(p -> p.startsWith("interviews")).count();
    for (Path p : written) {
      if (!p.startsWith("interviews")) {
        out.println("  " + p);
      }
    }
    out.println("  interviews/en/<id>.md, interviews/zh/<id>.md (" + interviews + " sheets)");
  }

  /** The output folder: the first argument, else {@code -Dyardstick.output}, else the default. */
  static Path outputFolder(String[] args) {
    if (args.length > 0 && !args[0].isBlank()) {
      return Path.of(args[0]);
    }
    return Path.of(System.getProperty("yardstick.output", OutputFiles.DEFAULT_FOLDER));
  }
}
