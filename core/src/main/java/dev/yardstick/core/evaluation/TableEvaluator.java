package dev.yardstick.core.evaluation;

import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.scorecard.Item;
import dev.yardstick.core.scorecard.Rounding;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.core.scorecard.Section;
import dev.yardstick.core.scoring.ColumnScorer;
import dev.yardstick.core.scoring.DecimalColumn;
import dev.yardstick.core.scoring.Score;
import dev.yardstick.core.scoring.ScoringInput;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The engine of table evaluation. Each chunk of rows is scored item by item (one column scorer
 * call per item and chunk), then totalled row by row with exactly the operations, in exactly the
 * order, of {@link Evaluator#evaluate} for a row with every item present, so that the doubles are
 * the same; any other row is handed to {@link Evaluator#evaluate} itself. Chunks write disjoint
 * ranges of the result arrays, so threads need no locks.
 */
final class TableEvaluator {

  private final MeasurementTable table;
  private final Scorecard card;
  private final Period period;
  private final List<Subject> subjects;
  private final Map<String, ? extends Map<String, Target>> targets;
  private final Map<String, Double> teamScores;

  private final Item[] items;
  private final @Nullable DecimalColumn[] columns;
  private final @Nullable ColumnScorer[] scorers;
  private final int[] sectionEnd;
  private final double[] itemWeight;
  private final double[] sectionItemWeights;
  private final double[] sectionShare;
  /** Whether a row with every item present can be totalled here (else every row goes exact). */
  private final boolean fast;
  private final boolean teamLinked;
  private final int baseFlags;

  // the result, filled chunk by chunk
  private final double[] rawTotal;
  /** The rounded totals, computed by the workers so that reading them is not a serial step. */
  private final @Nullable BigDecimal[] total;
  private final double[][] scores;
  private final byte[][] bounds;
  private final byte[] flags;
  private final @Nullable Outcome[] exact;

  TableEvaluator(
      MeasurementTable table,
      Scorecard card,
      Map<String, ? extends Map<String, Target>> targets,
      Map<String, Double> teamScores) {
    this.table = table;
    this.card = card;
    this.period = table.period();
    this.subjects = table.subjects();
    this.targets = targets;
    this.teamScores = teamScores;
    List<Item> list = card.items();
    int k = list.size();
    int n = table.size();
    items = list.toArray(new Item[0]);
    columns = new DecimalColumn[k];
    scorers = new ColumnScorer[k];
    itemWeight = new double[k];
    for (int i = 0; i < k; i++) {
      columns[i] = table.column(items[i].indicatorId()).orElse(null);
      scorers[i] = card.columnScorers().get(i).orElse(null);
      itemWeight[i] = items[i].weight();
    }
    // the weights of a row with every item present, summed as Evaluator sums them
    List<Section> sections = card.sections();
    int sc = sections.size();
    sectionEnd = new int[sc];
    sectionItemWeights = new double[sc];
    sectionShare = new double[sc];
    boolean ok = card.isValidFor(period);
    int flagBits = 0;
    double sectionWeightSum = 0;
    int first = 0;
    for (int s = 0; s < sc; s++) {
      int size = sections.get(s).items().size();
      double weights = 0;
      for (int i = first; i < first + size; i++) {
        weights += itemWeight[i];
      }
      if (weights > 0) {
        sectionWeightSum += sections.get(s).weight();
        if (weights < 100 - Section.WEIGHT_TOLERANCE) {
          flagBits |= bit(EvaluationFlag.RENORMALISED);
        }
      } else {
        ok = false; // a section that never counts: leave the bookkeeping to Evaluator
      }
      sectionItemWeights[s] = weights;
      first += size;
      sectionEnd[s] = first;
    }
    for (int s = 0; s < sc; s++) {
      sectionShare[s] = sections.get(s).weight() / sectionWeightSum;
    }
    fast = ok && sectionWeightSum > 0;
    teamLinked = card.teamLink().needsTeamScore();
    baseFlags = flagBits;
    rawTotal = new double[n];
    total = new BigDecimal[n];
    scores = new double[k][n];
    bounds = new byte[k][n];
    flags = new byte[n];
    exact = new Outcome[n];
  }

  static int bit(EvaluationFlag flag) {
    return 1 << flag.ordinal();
  }

  /** Evaluates rows {@code from} to {@code to - 1}. */
  void run(int from, int to) {
    int m = to - from;
    boolean[] one = new boolean[m]; // rows for the one-by-one engine
    if (!fast) {
      java.util.Arrays.fill(one, true);
    } else {
      for (int i = 0; i < items.length; i++) {
        scoreColumn(i, from, to, one);
      }
      totals(from, to, one);
    }
    for (int r = from; r < to; r++) {
      if (one[r - from]) {
        exact(r);
      }
    }
  }

  /**
   * Totals rows {@code from} to {@code to - 1} column by column. For each row the operations and
   * their order are those of {@link Evaluator} (per section: {@code weighted += weight × score}
   * item by item, {@code subtotal = weighted ÷ weights}, {@code individual += share × subtotal}),
   * so the doubles are the same; sweeping a column at a time only changes which row is served
   * first. Rows marked in {@code one} are computed too and then overwritten by {@link #exact}.
   */
  private void totals(int from, int to, boolean[] one) {
    int m = to - from;
    double[] individual = new double[m];
    double[] magnitude = new double[m]; // the same mean of |score|, for Exact's error bound
    double[] weighted = new double[m];
    double[] weightedMagnitude = new double[m];
    byte[] anyBound = new byte[m]; // bound codes or-ed over the items: 1 capped, 2 floored
    int i = 0;
    for (int s = 0; s < sectionEnd.length; s++) {
      java.util.Arrays.fill(weighted, 0.0);
      java.util.Arrays.fill(weightedMagnitude, 0.0);
      for (; i < sectionEnd[s]; i++) {
        double w = itemWeight[i];
        double[] sc = scores[i];
        byte[] b = bounds[i];
        // simple loops, which the JIT can vectorise, rather than one that mixes types
        for (int r = 0; r < m; r++) {
          weighted[r] += w * sc[from + r];
        }
        for (int r = 0; r < m; r++) {
          weightedMagnitude[r] += w * Math.abs(sc[from + r]);
        }
        for (int r = 0; r < m; r++) {
          anyBound[r] |= b[from + r];
        }
      }
      double weights = sectionItemWeights[s];
      double share = sectionShare[s];
      for (int r = 0; r < m; r++) {
        individual[r] += share * (weighted[r] / weights);
        magnitude[r] += share * (weightedMagnitude[r] / weights);
      }
    }
    boolean checkTargets = !targets.isEmpty();
    Rounding rounding = card.rounding();
    int itemCount = items.length;
    int sectionCount = sectionEnd.length;
    for (int r = 0; r < m; r++) {
      if (one[r]) {
        continue;
      }
      int row = from + r;
      double total = individual[r];
      TeamAdjustment adjustment = null;
      int flagBits = baseFlags | BOUND_BITS[anyBound[r] & 3];
      if (checkTargets || teamLinked) {
        Subject subject = subjects.get(row);
        if (checkTargets && targets.containsKey(subject.id())) {
          one[r] = true;
          continue;
        }
        if (teamLinked) {
          Double team = subject.teamId() == null ? null : teamScores.get(subject.teamId());
          try {
            adjustment = Evaluator.link(subject, card, total, team);
            if (adjustment == null) {
              one[r] = true;
              continue;
            }
            total = adjustment.linkedTotal();
          } catch (RuntimeException e) {
            one[r] = true; // the one-by-one engine records the failure with its reason
            continue;
          }
          flagBits |= bit(EvaluationFlag.TEAM_LINKED);
        }
      }
      if (!Double.isFinite(total)) {
        one[r] = true;
        continue;
      }
      BigDecimal rounded =
          Exact.roundFast(
              rounding,
              total,
              Evaluator.totalError(card, itemCount, sectionCount, adjustment, magnitude[r]));
      if (rounded == null) {
        one[r] = true; // near a rounding boundary: the one-by-one engine rounds it exactly
        continue;
      }
      rawTotal[row] = total;
      this.total[row] = rounded;
      flags[row] = (byte) flagBits;
    }
  }

  /** Evaluation flag bits by or-ed bound codes (capped 1, floored 2, both 3). */
  private static final int[] BOUND_BITS = {
    0,
    1 << EvaluationFlag.CAPPED.ordinal(),
    1 << EvaluationFlag.FLOORED.ordinal(),
    (1 << EvaluationFlag.CAPPED.ordinal()) | (1 << EvaluationFlag.FLOORED.ordinal())
  };

  private void scoreColumn(int i, int from, int to, boolean[] one) {
    DecimalColumn column = columns[i];
    if (column == null) {
      java.util.Arrays.fill(one, true);
      return;
    }
    double[] s = scores[i];
    ColumnScorer scorer = scorers[i];
    if (scorer != null) {
      try {
        scorer.score(column, from, to, s, bounds[i]);
      } catch (RuntimeException e) {
        // a scorer that breaks its contract costs speed, never a result: score() decides
        java.util.Arrays.fill(s, from, to, Double.NaN);
      }
    } else {
      scoreOneByOne(i, column, from, to);
    }
    for (int r = from; r < to; r++) {
      double x = s[r];
      // NaN (the scorer declined), an infinity (a broken scorer) or a missing value: exact path
      if (!(Math.abs(x) <= Double.MAX_VALUE) || column.unscaled(r) == DecimalColumn.MISSING) {
        one[r - from] = true;
      } else {
        s[r] = x + 0.0; // folds -0.0
      }
    }
  }

  /** The column of a strategy without a column scorer: each value through its score method. */
  private void scoreOneByOne(int i, DecimalColumn column, int from, int to) {
    Item item = items[i];
    for (int r = from; r < to; r++) {
      if (column.isMissing(r)) {
        continue;
      }
      Subject subject = subjects.get(r);
      try {
        Score score =
            item.rule()
                .score(
                    new ScoringInput(
                        subject, period, item.indicator(), item.target(),
                        measurement(subject, period, item.indicatorId(), column, r)));
        scores[i][r] = score.value();
        bounds[i][r] = ColumnScorer.code(score.bound());
      } catch (RuntimeException e) {
        scores[i][r] = Double.NaN; // the exact path raises it again, as part of the outcome
      }
    }
  }

  /** Row {@code r} through the one-by-one engine; its numbers are copied into the columns. */
  private void exact(int r) {
    Outcome outcome = evaluate(r);
    exact[r] = outcome;
    if (outcome instanceof Outcome.Evaluated) {
      Evaluation e = ((Outcome.Evaluated) outcome).evaluation();
      rawTotal[r] = e.rawTotal();
      total[r] = e.total();
      int bits = 0;
      for (EvaluationFlag f : e.flags()) {
        bits |= bit(f);
      }
      flags[r] = (byte) bits;
      List<ItemResult> results = e.items();
      for (int i = 0; i < items.length; i++) {
        ItemResult result = results.get(i);
        scores[i][r] = result.rawScore();
        bounds[i][r] =
            result.isCapped() ? ColumnScorer.CAPPED
                : result.isFloored() ? ColumnScorer.FLOORED : ColumnScorer.NONE;
      }
    }
    // a failed row keeps whatever its columns hold: TableResult never reads them
  }

  /** The one-by-one evaluation of row {@code r}. */
  Outcome evaluate(int r) {
    return evaluate(table, card, targets, teamScores, r);
  }

  static Outcome evaluate(
      MeasurementTable table,
      Scorecard card,
      Map<String, ? extends Map<String, Target>> targets,
      Map<String, Double> teamScores,
      int r) {
    Subject subject = table.subjects().get(r);
    try {
      List<Item> items = card.items();
      Measurement[] measurements = new Measurement[items.size()];
      int count = 0;
      for (Item item : items) {
        DecimalColumn column = table.column(item.indicatorId()).orElse(null);
        if (column != null && !column.isMissing(r)) {
          measurements[count++] = measurement(subject, table.period(), item.indicatorId(), column, r);
        }
      }
      Double team = null;
      if (card.teamLink().needsTeamScore() && subject.teamId() != null) {
        team = teamScores.get(subject.teamId());
      }
      Map<String, Target> own = targets.get(subject.id());
      return new Outcome.Evaluated(
          Evaluator.evaluate(
              subject, table.period(), card, measurements, 0, count,
              own == null ? Map.of() : own, team));
    } catch (RuntimeException e) {
      return Outcome.Failed.of(subject, e);
    }
  }

  /** Row {@code r} of a column as the measurement it stands for. */
  private static Measurement measurement(
      Subject subject, Period period, String indicatorId, DecimalColumn column, int r) {
    BigDecimal value = BigDecimal.valueOf(column.unscaled(r), column.scale());
    Map<String, DecimalColumn> partColumns = column.parts();
    if (partColumns.isEmpty()) {
      return Measurement.of(subject.id(), indicatorId, period, value);
    }
    Map<String, BigDecimal> parts = new LinkedHashMap<>();
    for (Map.Entry<String, DecimalColumn> part : partColumns.entrySet()) {
      BigDecimal v = part.getValue().value(r);
      if (v != null) {
        parts.put(part.getKey(), v);
      }
    }
    return new Measurement(subject.id(), indicatorId, period, value, null, null, parts);
  }

  private boolean[] columnScored() {
    boolean[] b = new boolean[scorers.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = scorers[i] != null;
    }
    return b;
  }

  TableResult result() {
    boolean[] columnScored = columnScored();
    return new TableResult(
        table, card, targets, teamScores, items, rawTotal, total, scores, bounds, flags, exact,
        columnScored);
  }
}
