package dev.yardstick.samples.cli;

import dev.yardstick.core.Yardstick;
import dev.yardstick.core.domain.InvalidInputException;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.PeriodType;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.evaluation.BatchResult;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.core.evaluation.Outcome;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.json.YardstickJson;
import dev.yardstick.json.YardstickJsonException;
import dev.yardstick.json.csv.CsvImport;
import dev.yardstick.json.csv.CsvImportException;
import dev.yardstick.json.csv.ErrorPolicy;
import dev.yardstick.json.csv.MeasurementCsv;
import dev.yardstick.json.csv.RejectedRow;
import dev.yardstick.samples.output.Fmt;
import dev.yardstick.tracking.aggregation.IncompletePolicy;
import dev.yardstick.tracking.aggregation.PeriodAggregator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Evaluates the measurements of a CSV file against a scorecard JSON for one period, prints the
 * evaluations as a table and optionally writes the HTML report.
 *
 * <pre>{@code
 * evaluate --scorecard card.json --measurements data.csv --period 2026-Q3 [--report out.html]
 * }</pre>
 *
 * <p>The scorecard is a {@code yardstick/1} scorecard document (as {@code YardstickJson} writes
 * it). The CSV has the columns {@code subject}, {@code indicator}, {@code period}, {@code value}
 * and optionally {@code numerator} and {@code denominator}; every subject in it is evaluated.
 * Rows of the period itself are used as they are; monthly rows inside the period are rolled up
 * with the indicators' aggregations (a rate as a ratio of sums), and every month must be there.
 *
 * <p>Exit codes: {@value #OK} every subject evaluated; {@value #NOT_EVALUATED} some subjects
 * could not be evaluated (each reason on stderr); {@value #USAGE} usage error (unknown or missing
 * option, a period that does not parse); {@value #BAD_INPUT} bad input: a file that cannot be
 * read, a scorecard that is not valid (the JSON path of the problem on stderr), a CSV row that is
 * not valid (its line and column on stderr), or measurements that do not fit the scorecard or the
 * period; {@value #INTERNAL} internal error.
 *
 * <pre>{@code
 * int code = new CommandLine(new EvaluateCommand()).execute(args);
 * }</pre>
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    version = "yardstick evaluate 0.1.0",
    sortOptions = false,
    description = "Evaluates the measurements of a CSV file against a scorecard JSON for one period.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every subject evaluated",
      "1:internal error",
      "2:usage error: unknown or missing option, bad --period",
      "3:bad input: unreadable file, invalid scorecard JSON (JSON path shown) or CSV"
          + " (line and column shown), measurements that do not fit",
      "4:some subjects could not be evaluated (reasons shown)"
    })
public final class EvaluateCommand implements Callable<Integer> {

  /** Every subject was evaluated. */
  public static final int OK = 0;

  /** An unexpected error (picocli's {@code ExitCode.SOFTWARE}). */
  public static final int INTERNAL = 1;

  /** Usage error (picocli's {@code ExitCode.USAGE}). */
  public static final int USAGE = 2;

  /** A file could not be read or its content is not valid. */
  public static final int BAD_INPUT = 3;

  /** The input was valid but some subjects could not be evaluated. */
  public static final int NOT_EVALUATED = 4;

  @Option(names = "--scorecard", required = true, paramLabel = "card.json",
      description = "the scorecard, a yardstick/1 JSON document")
  private @Nullable Path scorecard;

  @Option(names = "--measurements", required = true, paramLabel = "data.csv",
      description = "the measurements: subject,indicator,period,value[,numerator,denominator]")
  private @Nullable Path measurements;

  @Option(names = "--period", required = true, paramLabel = "period",
      converter = PeriodConverter.class,
      description = "the period to evaluate: 2026-07, 2026-Q3, 2026-H2 or 2026")
  private @Nullable Period period;

  @Option(names = "--report", paramLabel = "out.html",
      description = "also write the HTML report to this file")
  private @Nullable Path report;

  @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
      description = "the language of the report: en (default) or zh")
  private String lang = "en";

  @Spec private @Nullable CommandSpec spec;

  /** Runs the command on the arguments and exits with its code when it is not 0. */
  public static void main(String[] args) {
    int code = commandLine().execute(args);
    if (code != OK) {
      System.exit(code);
    }
  }

  /** The command line with the exit-code mapping of this command. */
  public static CommandLine commandLine() {
    return new CommandLine(new EvaluateCommand());
  }

  @Override
  public Integer call() {
    CommandSpec s = java.util.Objects.requireNonNull(spec, "spec");
    PrintWriter out = s.commandLine().getOut();
    PrintWriter err = s.commandLine().getErr();
    Path cardFile = java.util.Objects.requireNonNull(scorecard, "scorecard");
    Path csvFile = java.util.Objects.requireNonNull(measurements, "measurements");
    Period p = java.util.Objects.requireNonNull(period, "period");
    if (!lang.equals("en") && !lang.equals("zh")) {
      throw new CommandLine.ParameterException(s.commandLine(),
          "Invalid value for option '--lang': '" + lang + "' (use en or zh)");
    }
    Scorecard card;
    List<Measurement> rows;
    try {
      card = readScorecard(cardFile);
      rows = readMeasurements(csvFile);
    } catch (BadInput e) {
      err.println(e.getMessage());
      err.flush();
      return BAD_INPUT;
    }
    List<Measurement> inPeriod;
    try {
      inPeriod = fit(card, rows, p, csvFile);
    } catch (BadInput e) {
      err.println(e.getMessage());
      err.flush();
      return BAD_INPUT;
    }
    List<Subject> subjects = subjects(rows, card);
    BatchResult batch =
        Yardstick.evaluateAll(subjects).in(p).against(card).parallelism(2).with(inPeriod);
    out.print(table(card, batch));
    out.flush();
    for (Outcome.Failed f : batch.failures()) {
      err.println("not evaluated: " + f.subject().id() + ": " + f.reason());
    }
    err.flush();
    Path reportFile = report;
    if (reportFile != null) {
      try {
        CliReport.write(card, batch, reportFile, Locale.forLanguageTag(lang));
      } catch (IOException e) {
        err.println("cannot write the report " + reportFile + ": " + e.getMessage());
        err.flush();
        return BAD_INPUT;
      }
      out.println("report written to " + reportFile);
      out.flush();
    }
    return batch.failures().isEmpty() ? OK : NOT_EVALUATED;
  }

  /** A problem with an input file, its message naming the file and the place. */
  static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  private static String text(Path file) throws BadInput {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInput(file + ": no such file");
    } catch (IOException e) {
      throw new BadInput(file + ": cannot be read: " + e.getMessage());
    }
  }

  static Scorecard readScorecard(Path file) throws BadInput {
    String json = text(file);
    try {
      return YardstickJson.standard().readScorecard(json);
    } catch (YardstickJsonException e) {
      throw new BadInput(file + ": invalid scorecard at JSON path " + e.path() + ": " + e.problem());
    } catch (IllegalArgumentException e) {
      throw new BadInput(file + ": invalid scorecard: " + e.getMessage());
    }
  }

  static List<Measurement> readMeasurements(Path file) throws BadInput {
    CsvImport result;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      result = MeasurementCsv.standard().read(in, ErrorPolicy.COLLECT);
    } catch (NoSuchFileException e) {
      throw new BadInput(file + ": no such file");
    } catch (CsvImportException e) {
      throw new BadInput(file + ": " + e.getMessage());
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new BadInput(file + ": cannot be read: " + e.getMessage());
    }
    if (!result.rejected().isEmpty()) {
      StringBuilder sb = new StringBuilder();
      for (RejectedRow row : result.rejected()) {
        if (sb.length() > 0) {
          sb.append(System.lineSeparator());
        }
        sb.append(file).append(": ").append(row.message());
      }
      throw new BadInput(sb.toString());
    }
    return result.accepted();
  }

  /**
   * The measurements of the period: its own rows, plus its monthly rows rolled up.
   *
   * @throws BadInput for a row of another period, an indicator not on the scorecard, a subject
   *     with both monthly and period rows of one indicator, or a missing month
   */
  static List<Measurement> fit(Scorecard card, List<Measurement> rows, Period period, Path file)
      throws BadInput {
    List<Measurement> direct = new ArrayList<>();
    List<Measurement> monthly = new ArrayList<>();
    for (Measurement m : rows) {
      if (card.item(m.indicatorId()).isEmpty()) {
        throw new BadInput(file + ": the row of subject '" + m.subjectId() + "', indicator '"
            + m.indicatorId() + "', period " + m.period() + ": indicator '" + m.indicatorId()
            + "' is not on scorecard '" + card.id() + "' (its items: " + itemIds(card) + ")");
      }
      if (m.period().equals(period)) {
        direct.add(m);
      } else if (m.period().type() == PeriodType.MONTH && period.type() != PeriodType.MONTH
          && period.contains(m.period())) {
        monthly.add(m);
      } else {
        throw new BadInput(file + ": the row of subject '" + m.subjectId() + "', indicator '"
            + m.indicatorId() + "', period " + m.period() + ": the period is not " + period
            + (period.type() == PeriodType.MONTH ? "" : " nor one of its months"));
      }
    }
    if (monthly.isEmpty()) {
      return direct;
    }
    List<Measurement> rolled;
    try {
      rolled = PeriodAggregator.of(card).incomplete(IncompletePolicy.FAIL).aggregate(monthly, period)
          .measurements();
    } catch (InvalidInputException e) {
      throw new BadInput(file + ": monthly rows cannot be rolled up to " + period + ": " + e.getMessage());
    }
    for (Measurement r : rolled) {
      for (Measurement d : direct) {
        if (d.subjectId().equals(r.subjectId()) && d.indicatorId().equals(r.indicatorId())) {
          throw new BadInput(file + ": subject '" + r.subjectId() + "', indicator '" + r.indicatorId()
              + "' has both a row for " + period + " and monthly rows");
        }
      }
    }
    List<Measurement> all = new ArrayList<>(direct);
    all.addAll(rolled);
    return all;
  }

  private static String itemIds(Scorecard card) {
    List<String> ids = new ArrayList<>();
    for (Item i : card.items()) {
      ids.add(i.indicatorId());
    }
    return String.join(", ", ids);
  }

  /** Every subject of the CSV, in order of first appearance, with the scorecard's id as role. */
  static List<Subject> subjects(List<Measurement> rows, Scorecard card) {
    Map<String, Subject> subjects = new LinkedHashMap<>();
    for (Measurement m : rows) {
      subjects.computeIfAbsent(m.subjectId(),
          id -> new Subject(id, id, Subject.Kind.EMPLOYEE, card.id(), null));
    }
    return List.copyOf(subjects.values());
  }

  /** The evaluations as a table: one row per subject, one column per item's score. */
  static String table(Scorecard card, BatchResult batch) {
    StringBuilder sb = new StringBuilder();
    sb.append("Scorecard ").append(card.id()).append(" v").append(card.version()).append(" (")
        .append(card.name()).append(") · ").append(batch.period()).append(" · ")
        .append(batch.evaluations().size()).append(" of ").append(batch.size())
        .append(" subjects evaluated").append('\n');
    List<Item> items = card.items();
    int idWidth = 8;
    for (Outcome o : batch.outcomes()) {
      idWidth = Math.max(idWidth, o.subject().id().length() + 2);
    }
    StringBuilder head = new StringBuilder(Fmt.pad("subject", idWidth) + Fmt.right("total", 8));
    for (Item i : items) {
      head.append("  ").append(i.indicatorId());
    }
    sb.append(head).append('\n');
    for (Outcome o : batch.outcomes()) {
      StringBuilder row = new StringBuilder(Fmt.pad(o.subject().id(), idWidth));
      if (o instanceof Outcome.Failed) {
        row.append(Fmt.right("–", 8)).append("  not evaluated (see stderr)");
      } else {
        Evaluation e = ((Outcome.Evaluated) o).evaluation();
        row.append(Fmt.right(e.total().toPlainString(), 8));
        for (Item i : items) {
          ItemResult r = e.item(i.indicatorId()).orElseThrow();
          String score = r.isExcluded() ? "excluded" : r.score().toPlainString()
              + (r.isCapped() ? "^" : r.isFloored() ? "_" : "");
          row.append("  ").append(Fmt.right(score, i.indicatorId().length()));
        }
      }
      sb.append(row).append('\n');
    }
    sb.append("(^ capped, _ floored)").append('\n');
    return sb.toString();
  }

  /** Parses {@code --period}; a bad period is a usage error naming the value. */
  static final class PeriodConverter implements CommandLine.ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      try {
        return Period.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a period (2026-07, 2026-Q3, 2026-H2 or 2026): " + e.getMessage());
      }
    }
  }
}
