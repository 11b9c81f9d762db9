package dev.yardstick.core.evaluation;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scoring.ColumnScorer;
import dev.yardstick.core.scoring.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The result of a table evaluation, in columns: for each row its outcome (evaluated, or failed
 * with its reason), total, flags and every item's score and bound, as numbers; the {@link
 * Evaluation} of a row, with its rounded decimals and explanations, is built when asked for.
 *
 * <pre>{@code
 * TableResult result = Yardstick.evaluate(table).against(card);
 * for (int r = 0; r < result.size(); r++) {
 *   if (result.isEvaluated(r)) {
 *     BigDecimal total = result.total(r);             // rounded as the scorecard says
 *     double gmvScore = result.rawScore(r, 0);        // the first item, full precision
 *   } else {
 *     log(result.outcome(r));                         // Outcome.Failed with its reason
 *   }
 * }
 * Evaluation one = result.evaluation(17);              // every item with its explanation
 * }</pre>
 *
 * <p>Every number equals, bit for bit, what {@code Yardstick.evaluateAll(...)} gives for the
 * same measurements, and {@link #evaluation(int)} is that evaluation. A row that could not be
 * evaluated has a total of 0, no flags and item scores of 0; its {@link #outcome(int)} says why.
 * Immutable after construction and safe to share between threads; the arrays are never exposed.
 */
public final class TableResult {

  private final MeasurementTable table;
  private final Scorecard card;
  private final Map<String, ? extends Map<String, Target>> targets;
  private final Map<String, Double> teamScores;
  private final Item[] items;
  private final double[] rawTotal;
  private final @Nullable BigDecimal[] total;
  private final double[][] scores;
  private final byte[][] bounds;
  private final byte[] flags;
  private final @Nullable Outcome[] exact;
  private final int failed;
  private final int oneByOne;
  private final boolean[] columnScored;

  TableResult(
      MeasurementTable table,
      Scorecard card,
      Map<String, ? extends Map<String, Target>> targets,
      Map<String, Double> teamScores,
      Item[] items,
      double[] rawTotal,
      @Nullable BigDecimal[] total,
      double[][] scores,
      byte[][] bounds,
      byte[] flags,
      @Nullable Outcome[] exact,
      boolean[] columnScored) {
    this.table = table;
    this.card = card;
    this.targets = targets;
    this.teamScores = teamScores;
    this.items = items;
    this.rawTotal = rawTotal;
    this.total = total;
    this.scores = scores;
    this.bounds = bounds;
    this.flags = flags;
    this.exact = exact;
    this.columnScored = columnScored;
    int count = 0;
    int slow = 0;
    for (Outcome o : exact) {
      if (o instanceof Outcome.Failed) {
        count++;
      }
      if (o != null) {
        slow++;
      }
    }
    this.failed = count;
    this.oneByOne = slow;
  }

  /** The period evaluated. */
  public Period period() {
    return table.period();
  }

  /** The scorecard. */
  public Scorecard scorecard() {
    return card;
  }

  /** The number of rows: one per subject of the table. */
  public int size() {
    return rawTotal.length;
  }

  /** The number of rows evaluated. */
  public int evaluatedCount() {
    return size() - failed;
  }

  /** The number of rows that failed. */
  public int failedCount() {
    return failed;
  }

  /**
   * How many rows were evaluated (or failed) one by one rather than in columns: rows with a
   * missing value, their own targets, a value a column scorer declined, or a failure. A
   * diagnostic for tuning; the numbers do not depend on it.
   */
  public int oneByOneCount() {
    return oneByOne;
  }

  /** The subject of row {@code r}. */
  public Subject subject(int r) {
    return table.subjects().get(r);
  }

  /** Whether row {@code r} was evaluated. */
  public boolean isEvaluated(int r) {
    return !(exact[r] instanceof Outcome.Failed);
  }

  /** The number of items: the scorecard's, in its order. */
  public int itemCount() {
    return items.length;
  }

  /**
   * Whether item {@code i}'s strategy offered a {@link ColumnScorer}, so that its values were
   * scored in columns; otherwise each value went through the strategy's {@code score} method. A
   * diagnostic for tuning; the numbers do not depend on it.
   */
  public boolean isColumnScored(int i) {
    return columnScored[i];
  }

  /** The indicator id of item {@code i}. */
  public String indicatorId(int i) {
    return items[i].indicatorId();
  }

  /**
   * The total of row {@code r} at full precision.
   *
   * @throws IllegalStateException if the row failed
   */
  public double rawTotal(int r) {
    requireEvaluated(r);
    return rawTotal[r];
  }

  /**
   * The total of row {@code r} rounded with the scorecard's rounding.
   *
   * @throws IllegalStateException if the row failed
   */
  public BigDecimal total(int r) {
    requireEvaluated(r);
    return Objects.requireNonNull(total[r], "total");
  }

  /**
   * The score of item {@code i} of row {@code r} at full precision; 0 for an item left out.
   *
   * @throws IllegalStateException if the row failed
   */
  public double rawScore(int r, int i) {
    requireEvaluated(r);
    return scores[i][r];
  }

  /**
   * Whether a cap or floor decided the score of item {@code i} of row {@code r}.
   *
   * @throws IllegalStateException if the row failed
   */
  public Score.Bound bound(int r, int i) {
    requireEvaluated(r);
    byte b = bounds[i][r];
    return b == ColumnScorer.CAPPED
        ? Score.Bound.CAPPED
        : b == ColumnScorer.FLOORED ? Score.Bound.FLOORED : Score.Bound.NONE;
  }

  /**
   * What affected the total of row {@code r}.
   *
   * @throws IllegalStateException if the row failed
   */
  public Set<EvaluationFlag> flags(int r) {
    requireEvaluated(r);
    EnumSet<EvaluationFlag> set = EnumSet.noneOf(EvaluationFlag.class);
    for (EvaluationFlag f : EvaluationFlag.values()) {
      if ((flags[r] & TableEvaluator.bit(f)) != 0) {
        set.add(f);
      }
    }
    return set;
  }

  /**
   * The outcome of row {@code r}: its evaluation (built now, see {@link #evaluation}) or its
   * failure with the reason.
   */
  public Outcome outcome(int r) {
    Outcome known = exact[r];
    return known != null ? known : TableEvaluator.evaluate(table, card, targets, teamScores, r);
  }

  /**
   * The full evaluation of row {@code r}, with rounded scores, flags and explanations, built when
   * asked for (and not kept): the same as {@code Yardstick.evaluate(subject)...} gives.
   *
   * @throws IllegalStateException if the row failed
   */
  public Evaluation evaluation(int r) {
    requireEvaluated(r);
    return ((Outcome.Evaluated) outcome(r)).evaluation();
  }

  /** Every row's outcome, in row order, as a batch result; builds every evaluation. */
  public BatchResult toBatchResult() {
    List<Outcome> outcomes = new ArrayList<>(size());
    for (int r = 0; r < size(); r++) {
      outcomes.add(outcome(r));
    }
    return new BatchResult(period(), outcomes);
  }

  /** The failures, in row order. */
  public List<Outcome.Failed> failures() {
    List<Outcome.Failed> list = new ArrayList<>(failed);
    for (Outcome o : exact) {
      if (o instanceof Outcome.Failed) {
        list.add((Outcome.Failed) o);
      }
    }
    return List.copyOf(list);
  }

  private void requireEvaluated(int r) {
    Outcome o = exact[r];
    if (o instanceof Outcome.Failed) {
      throw new IllegalStateException(
          "row " + r + " (subject '" + ((Outcome.Failed) o).subject().id()
              + "') was not evaluated: " + ((Outcome.Failed) o).reason());
    }
  }

  @Override
  public String toString() {
    return "TableResult[" + card.id() + " v" + card.version() + ", " + period() + ", " + size()
        + " rows, " + failed + " failed]";
  }
}
