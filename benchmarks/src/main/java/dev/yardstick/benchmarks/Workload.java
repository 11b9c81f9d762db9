package dev.yardstick.benchmarks;

import dev.yardstick.benchmarks.CardSpec.ItemSpec;
import dev.yardstick.core.domain.Measurement;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.domain.Target;
import dev.yardstick.core.domain.Unit;
import dev.yardstick.core.evaluation.MeasurementTable;
import dev.yardstick.core.scoring.DecimalColumn;
import dev.yardstick.core.scorecard.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The sample company scaled to {@code size} employees, generated deterministically from a seed:
 * roles in a plausible mix (many customer-service specialists, few managers), each employee on
 * the {@link WorkloadCards workload card} of the role, one quarter's measurement per item spread
 * around the item's levels so that some fall below the threshold, most between the levels and
 * some beyond the stretch (caps and floors are exercised), rounded as the unit is reported
 * (money to the cent, rates to 4 decimals, counts whole).
 *
 * <p>The same data is held twice: as primitive arrays (for the hand-written loop and the formula
 * engines) and, on demand, as Yardstick {@link Measurement}s; both carry the same decimals.
 *
 * <pre>{@code
 * Workload w = Workload.generate(100_000, 42);
 * Yardstick.evaluateAll(w.subjects()).in(w.period()).against(w.cardOfSubject()).with(w.measurements());
 * }</pre>
 */
public final class Workload {

  /** The default seed. */
  public static final long SEED = 20_260_701L;

  /** Mix of roles, per mille, in the order of {@link WorkloadCards#all()}. */
  private static final int[] ROLE_MIX = {30, 120, 50, 150, 50, 350, 150, 100};

  private static final String[] RATERS = {"operations", "marketing", "store"};

  private final int size;
  private final Period period = Period.parse("2026-Q3");
  private final List<Scorecard> cards = WorkloadCards.all();
  private final List<CardSpec> specs = CardSpec.of(cards);
  private final int[] role;
  private final double[] values;
  private final double[] ratings;
  private @Nullable List<Subject> subjects;
  private @Nullable List<Measurement> measurements;
  private @Nullable List<MeasurementTable> tables;
  private int @Nullable [][] rowsOfCard;

  private Workload(int size, int[] role, double[] values, double[] ratings) {
    this.size = size;
    this.role = role;
    this.values = values;
    this.ratings = ratings;
  }

  /** Generates {@code size} employees from {@code seed}. */
  public static Workload generate(int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be 1 or more, got " + size);
    }
    List<CardSpec> specs = CardSpec.of(WorkloadCards.all());
    SplittableRandom random = new SplittableRandom(seed);
    int items = WorkloadCards.ITEMS;
    int[] role = new int[size];
    double[] values = new double[size * items];
    double[] ratings = new double[size * CardSpec.RATERS];
    for (int e = 0; e < size; e++) {
      int r = pickRole(random);
      role[e] = r;
      ItemSpec[] its = specs.get(r).items();
      for (int i = 0; i < items; i++) {
        values[e * items + i] = value(its[i], random);
      }
      for (int k = 0; k < CardSpec.RATERS; k++) {
        // ratings 1 to 5, mostly 3 and 4
        int draw = random.nextInt(10);
        ratings[e * CardSpec.RATERS + k] = draw == 0 ? 1 : draw < 2 ? 2 : draw < 5 ? 3 : draw < 9 ? 4 : 5;
      }
    }
    return new Workload(size, role, values, ratings);
  }

  private static int pickRole(SplittableRandom random) {
    int draw = random.nextInt(1000);
    for (int r = 0; r < ROLE_MIX.length; r++) {
      draw -= ROLE_MIX[r];
      if (draw < 0) {
        return r;
      }
    }
    return ROLE_MIX.length - 1;
  }

  /** A value around the item's levels, rounded to the unit's decimals. */
  private static double value(ItemSpec it, SplittableRandom random) {
    double[] p = it.p();
    double raw;
    switch (it.kind()) {
      case LEVELS:
        // from 35% of the threshold-stretch span worse than the threshold to 35% beyond stretch
        raw = p[0] != p[2]
            ? p[0] + (p[2] - p[0]) * random.nextDouble(-0.35, 1.35)
            : p[1] * random.nextDouble(0.5, 1.5);
        break;
      case RATIO:
        raw = p[0] * random.nextDouble(0.5, 1.4);
        break;
      case BANDED:
        double first = p[2];
        double last = p[p.length - 2];
        double span = last - first;
        raw = it.mode() >= 10
            ? p[0] * random.nextDouble(0.6, 1.35)
            : first + span * random.nextDouble(-0.5, 1.4);
        break;
      case CLOSER:
        raw = p[0] * random.nextDouble(0.4, 1.6);
        break;
      case RATINGS:
        return 0;
      default:
        throw new IllegalStateException("kind " + it.kind());
    }
    Unit unit = it.item().indicator().unit();
    if (unit == Unit.RATIO || unit == Unit.COUNT) {
      raw = Math.max(0, raw);
    }
    if (unit == Unit.RATIO) {
      raw = Math.min(1, raw);
    }
    int scale = scale(unit);
    return Math.round(raw * POW10[scale]) / POW10[scale];
  }

  private static final double[] POW10 = {1, 10, 100, 1000, 10_000};

  private static int scale(Unit unit) {
    switch (unit) {
      case COUNT:
        return 0;
      case SECONDS:
        return 1;
      case RATIO:
        return 4;
      default:
        return 2;
    }
  }

  /** The number of employees. */
  public int size() {
    return size;
  }

  /** The evaluated quarter. */
  public Period period() {
    return period;
  }

  /** The workload cards, indexed by {@link #role()}. */
  public List<Scorecard> cards() {
    return cards;
  }

  /** The cards as numbers. */
  public List<CardSpec> specs() {
    return specs;
  }

  /** Each employee's card index. */
  public int[] role() {
    return role;
  }

  /** Value of item {@code i} of employee {@code e} at {@code e × ITEMS + i}. */
  public double[] values() {
    return values;
  }

  /** Rating {@code k} of employee {@code e} at {@code e × RATERS + k}. */
  public double[] ratings() {
    return ratings;
  }

  /** The employees, {@code emp-0000000} on, in teams of 50. */
  public synchronized List<Subject> subjects() {
    List<Subject> s = subjects;
    if (s == null) {
      List<Subject> list = new ArrayList<>(size);
      for (int e = 0; e < size; e++) {
        list.add(Subject.employee(subjectId(e), "Employee " + e, cards.get(role[e]).id(),
            "team-" + (e / 50)));
      }
      s = List.copyOf(list);
      subjects = s;
    }
    return s;
  }

  /** The card of a subject, by role. */
  public Function<Subject, @Nullable Scorecard> cardOfSubject() {
    Map<String, Scorecard> byRole = new HashMap<>();
    for (Scorecard card : cards) {
      byRole.put(card.id(), card);
    }
    return subject -> byRole.get(subject.roleId());
  }

  /** The subject id of employee {@code e}. */
  public static String subjectId(int e) {
    return String.format("emp-%07d", e);
  }

  /** Every measurement, employee by employee, in card order. */
  public synchronized List<Measurement> measurements() {
    List<Measurement> m = measurements;
    if (m == null) {
      List<Subject> staff = subjects();
      List<Measurement> list = new ArrayList<>(size * WorkloadCards.ITEMS);
      for (int e = 0; e < size; e++) {
        String id = staff.get(e).id();
        ItemSpec[] its = specs.get(role[e]).items();
        for (int i = 0; i < its.length; i++) {
          list.add(measurement(id, e, i, its[i]));
        }
      }
      m = List.copyOf(list);
      measurements = m;
    }
    return m;
  }

  private Measurement measurement(String subjectId, int e, int i, ItemSpec it) {
    String indicator = it.item().indicatorId();
    if (it.kind() == CardSpec.Kind.RATINGS) {
      Measurement m = Measurement.of(subjectId, indicator, period, BigDecimal.ZERO);
      String group = CardSpec.raterGroup(it);
      for (int k = 0; k < CardSpec.RATERS; k++) {
        m = m.withPart(group + "." + RATERS[k], ratings[e * CardSpec.RATERS + k]);
      }
      return m;
    }
    int scale = scale(it.item().indicator().unit());
    double v = values[e * WorkloadCards.ITEMS + i];
    return Measurement.of(
        subjectId, indicator, period, BigDecimal.valueOf(Math.round(v * POW10[scale]), scale));
  }

  /**
   * The measurements in columns: one table per card (role), its rows the employees of that role
   * in employee order, each indicator a column of unscaled values with the unit's scale (money
   * in cents, rates in 4 decimals, counts whole) and each rating item a column of rater parts.
   * The same values as {@link #measurements()}. Built once, before any clock starts, as the
   * engines' contexts are.
   */
  public synchronized List<MeasurementTable> tables() {
    List<MeasurementTable> t = tables;
    if (t == null) {
      List<Subject> staff = subjects();
      int[][] rows = rowsOfCard();
      List<MeasurementTable> list = new ArrayList<>(cards.size());
      for (int c = 0; c < cards.size(); c++) {
        int[] members = rows[c];
        List<Subject> who = new ArrayList<>(members.length);
        for (int e : members) {
          who.add(staff.get(e));
        }
        MeasurementTable.Builder b = MeasurementTable.builder(period, who);
        ItemSpec[] its = specs.get(c).items();
        for (int i = 0; i < its.length; i++) {
          b.column(its[i].item().indicatorId(), column(its[i], i, members));
        }
        list.add(b.build());
      }
      t = List.copyOf(list);
      tables = t;
    }
    return t;
  }

  /** Per card, the employees of its role in employee order: row r of its table is employee rows[c][r]. */
  public synchronized int[][] rowsOfCard() {
    int[][] rows = rowsOfCard;
    if (rows == null) {
      int[] count = new int[cards.size()];
      for (int e = 0; e < size; e++) {
        count[role[e]]++;
      }
      rows = new int[cards.size()][];
      for (int c = 0; c < rows.length; c++) {
        rows[c] = new int[count[c]];
      }
      int[] next = new int[cards.size()];
      for (int e = 0; e < size; e++) {
        rows[role[e]][next[role[e]]++] = e;
      }
      rowsOfCard = rows;
    }
    return rows;
  }

  private DecimalColumn column(ItemSpec it, int i, int[] members) {
    int n = members.length;
    if (it.kind() == CardSpec.Kind.RATINGS) {
      DecimalColumn column = DecimalColumn.zeros(n);
      String group = CardSpec.raterGroup(it);
      for (int k = 0; k < CardSpec.RATERS; k++) {
        long[] rated = new long[n];
        for (int r = 0; r < n; r++) {
          rated[r] = Math.round(ratings[members[r] * CardSpec.RATERS + k]);
        }
        column = column.withPart(group + "." + RATERS[k], DecimalColumn.of(0, rated));
      }
      return column;
    }
    int scale = scale(it.item().indicator().unit());
    long[] unscaled = new long[n];
    for (int r = 0; r < n; r++) {
      unscaled[r] = Math.round(values[members[r] * WorkloadCards.ITEMS + i] * POW10[scale]);
    }
    return DecimalColumn.of(scale, unscaled);
  }

  /** The target an item is scored against (the card's). */
  static @Nullable Target target(ItemSpec it) {
    return it.item().target();
  }
}
