package dev.yardstick.benchmarks;

import dev.yardstick.benchmarks.CardSpec.ItemSpec;
import java.util.List;

/**
 * The practical limit: a hand-written loop over primitive arrays that computes each employee's
 * total, and nothing else (no per-item scores kept, no explanation, no validation), in double
 * arithmetic. The rule numbers are flattened into arrays once, as a programmer would hard-code
 * them.
 *
 * <pre>{@code
 * HandLoop loop = new HandLoop(CardSpec.of(WorkloadCards.all()));
 * loop.totals(workload, out);   // out[e] = total of employee e
 * }</pre>
 */
public final class HandLoop {

  private static final int LEVELS = 0;
  private static final int RATIO = 1;
  private static final int BANDED = 2;
  private static final int CLOSER = 3;
  private static final int RATINGS = 4;

  /** Per card and item: the kind. */
  private final int[][] kind;
  /** Per card and item: +1 higher is better, -1 lower. */
  private final int[][] sign;
  /** Per card and item: the mode (see {@link ItemSpec#mode()}). */
  private final int[][] mode;
  /** Per card and item: the rule's numbers, with the line slopes appended for levels. */
  private final double[][][] p;
  /** Per card and item: the item's share of the total (section share × item share). */
  private final double[][] coefficient;

  /** Flattens the cards. */
  public HandLoop(List<CardSpec> cards) {
    int n = cards.size();
    kind = new int[n][];
    sign = new int[n][];
    mode = new int[n][];
    p = new double[n][][];
    coefficient = new double[n][];
    for (int c = 0; c < n; c++) {
      CardSpec card = cards.get(c);
      ItemSpec[] items = card.items();
      kind[c] = new int[items.length];
      sign[c] = new int[items.length];
      mode[c] = new int[items.length];
      p[c] = new double[items.length][];
      coefficient[c] = new double[items.length];
      for (int i = 0; i < items.length; i++) {
        ItemSpec it = items[i];
        kind[c][i] = it.kind().ordinal();
        sign[c][i] = it.sign();
        mode[c][i] = it.mode();
        double[] q = it.p();
        if (it.kind() == CardSpec.Kind.LEVELS) {
          double[] r = java.util.Arrays.copyOf(q, q.length + 2);
          r[q.length] = q[0] == q[1] ? 0 : (q[4] - q[3]) / (q[1] - q[0]); // threshold → target
          r[q.length + 1] = q[1] == q[2] ? 0 : (q[5] - q[4]) / (q[2] - q[1]); // target → stretch
          q = r;
        }
        p[c][i] = q;
        int s = card.sectionOfItem()[i];
        coefficient[c][i] = card.sectionShare()[s] * it.weight() / card.sectionItemWeights()[s];
      }
    }
  }

  /** Computes every employee's total into {@code totals}. */
  public void totals(Workload w, double[] totals) {
    totals(w, totals, 0, w.size());
  }

  /** Computes the totals of employees {@code from} (inclusive) to {@code to} (exclusive). */
  public void totals(Workload w, double[] totals, int from, int to) {
    int[] role = w.role();
    double[] values = w.values();
    double[] ratings = w.ratings();
    int items = WorkloadCards.ITEMS;
    for (int e = from; e < to; e++) {
      int c = role[e];
      int[] k = kind[c];
      int[] sg = sign[c];
      int[] md = mode[c];
      double[][] pc = p[c];
      double[] co = coefficient[c];
      double total = 0;
      int base = e * items;
      for (int i = 0; i < items; i++) {
        double x = values[base + i];
        double s;
        switch (k[i]) {
          case LEVELS:
            s = levels(x, sg[i], pc[i]);
            break;
          case RATIO:
            s = ratio(x, md[i], pc[i]);
            break;
          case BANDED:
            s = banded(x, md[i], pc[i]);
            break;
          case CLOSER:
            s = closer(x, md[i], pc[i]);
            break;
          case RATINGS:
            int r = e * CardSpec.RATERS;
            s = (ratings[r] + ratings[r + 1] + ratings[r + 2]) / CardSpec.RATERS * 100 / pc[i][0];
            break;
          default:
            throw new IllegalStateException("kind " + k[i]);
        }
        total += co[i] * s;
      }
      totals[e] = total;
    }
  }

  private static double clamp(double s, double floor, double cap) {
    return s > cap ? cap : s < floor ? floor : s;
  }

  /** threshold, target, stretch, thresholdScore, targetScore, stretchScore, floor, cap, slopes. */
  private static double levels(double x, int sign, double[] q) {
    double th = q[0];
    double t = q[1];
    double st = q[2];
    if (sign * Double.compare(x, th) < 0) {
      return q[6];
    }
    double s;
    if (sign * Double.compare(x, st) >= 0) {
      s = x == st || t == st ? q[5] : q[4] + (x - t) * q[9];
    } else if (sign * Double.compare(x, t) >= 0) {
      s = q[4] + (x - t) * q[9];
    } else {
      s = q[3] + (x - th) * q[8];
    }
    return clamp(s, q[6], q[7]);
  }

  /** target, floor, cap. */
  private static double ratio(double x, int mode, double[] q) {
    double s;
    if (mode == 0) {
      s = x * 100 / q[0];
    } else if (mode == 1) {
      s = 200 - x * 100 / q[0];
    } else {
      if (x == 0) {
        return q[2];
      }
      s = q[0] * 100 / x;
    }
    return clamp(s, q[1], q[2]);
  }

  /** target, belowFirst, (from, score)… */
  private static double banded(double x, int mode, double[] q) {
    double v = mode >= 10 ? x * 100 / q[0] : x;
    int bands = (q.length - 2) / 2;
    if (v < q[2]) {
      return q[1];
    }
    int b = bands - 1;
    while (v < q[2 + 2 * b]) {
      b--;
    }
    double from = q[2 + 2 * b];
    double score = q[3 + 2 * b];
    if (mode % 10 == 0 || v == from || b == bands - 1) {
      return score;
    }
    double nextFrom = q[4 + 2 * b];
    double nextScore = q[5 + 2 * b];
    return score + (v - from) * (nextScore - score) / (nextFrom - from);
  }

  /** target, tolerance, floorDistance, fullScore, floor. */
  private static double closer(double x, int mode, double[] q) {
    double t = q[0];
    double d = Math.abs(x - t);
    if (mode == 1) {
      d /= Math.abs(t);
    }
    if (d <= q[1]) {
      return q[3];
    }
    double s = q[3] + (d - q[1]) * (q[4] - q[3]) / (q[2] - q[1]);
    return clamp(s, q[4], q[3]);
  }
}
