package dev.yardstick.benchmarks;

import dev.yardstick.benchmarks.CardSpec.ItemSpec;
import java.math.BigDecimal;

/**
 * A scorecard written as one formula script, as a back office that makes scoring configurable
 * writes it: one local per item score, each rule spelled out with its levels, caps and floors
 * (lower-is-better by reversed comparisons), and the total as the section-weighted mean. The
 * three engines read the same script; only the keyword that declares a local differs ({@code
 * let} in AviatorScript, {@code var} in JEXL, none in QLExpress).
 *
 * <p>Every number is written with a decimal point, so that no engine divides integers. Line
 * slopes are computed once, here, as a careful formula author would write them.
 *
 * <pre>{@code
 * String script = Formulas.script(CardSpec.of(card), "let ");
 * // let s_0 = cac > 80.0 ? 0.0 : (cac <= 50.0 ? ... ); s_0 = s_0 > 120.0 ? 120.0 : ...; ...
 * // return 0.56 * ((30.0 * s_0 + ...) / 100.0) + ...;
 * }</pre>
 */
public final class Formulas {

  private Formulas() {}

  /** The script of a card; {@code declare} introduces a local ("let ", "var " or ""). */
  public static String script(CardSpec card, String declare) {
    StringBuilder sb = new StringBuilder();
    ItemSpec[] items = card.items();
    for (int i = 0; i < items.length; i++) {
      item(sb, items[i], "s_" + i, declare);
    }
    sb.append("return ");
    for (int s = 0; s < card.sectionShare().length; s++) {
      if (s > 0) {
        sb.append(" + ");
      }
      sb.append(lit(card.sectionShare()[s])).append(" * ((");
      boolean first = true;
      for (int i = 0; i < items.length; i++) {
        if (card.sectionOfItem()[i] == s) {
          if (!first) {
            sb.append(" + ");
          }
          sb.append(lit(items[i].weight())).append(" * s_").append(i);
          first = false;
        }
      }
      sb.append(") / ").append(lit(card.sectionItemWeights()[s])).append(")");
    }
    return sb.append(";").toString();
  }

  /** The variables an employee's context holds for a card's item. */
  static String[] variables(ItemSpec it) {
    if (it.kind() == CardSpec.Kind.RATINGS) {
      String[] names = new String[CardSpec.RATERS];
      for (int k = 0; k < names.length; k++) {
        names[k] = it.variable() + "_" + (k + 1);
      }
      return names;
    }
    return new String[] {it.variable()};
  }

  private static void item(StringBuilder sb, ItemSpec it, String s, String declare) {
    String x = it.variable();
    double[] p = it.p();
    switch (it.kind()) {
      case LEVELS: {
        String th = lit(p[0]);
        String t = lit(p[1]);
        String st = lit(p[2]);
        String worse = it.sign() > 0 ? " < " : " > ";
        String atLeast = it.sign() > 0 ? " >= " : " <= ";
        String low = p[0] == p[1] ? lit(p[4])
            : lit(p[3]) + " + (" + x + " - " + th + ") * " + lit((p[4] - p[3]) / (p[1] - p[0]));
        String high = p[1] == p[2] ? lit(p[5])
            : lit(p[4]) + " + (" + x + " - " + t + ") * " + lit((p[5] - p[4]) / (p[2] - p[1]));
        String beyond = p[1] == p[2] ? lit(p[5]) : "(" + x + " == " + st + " ? " + lit(p[5])
            + " : " + high + ")";
        sb.append(declare).append(s).append(" = ").append(x).append(worse).append(th)
            .append(" ? ").append(lit(p[6])).append(" : (").append(x).append(atLeast).append(st)
            .append(" ? ").append(beyond).append(" : (").append(x).append(atLeast).append(t)
            .append(" ? ").append(high).append(" : ").append(low).append("));\n");
        clamp(sb, s, p[6], p[7]);
        break;
      }
      case RATIO: {
        String t = lit(p[0]);
        if (it.mode() == 0) {
          sb.append(declare).append(s).append(" = ").append(x).append(" * 100.0 / ").append(t);
        } else if (it.mode() == 1) {
          sb.append(declare).append(s).append(" = 200.0 - ").append(x).append(" * 100.0 / ")
              .append(t);
        } else {
          sb.append(declare).append(s).append(" = ").append(x).append(" == 0.0 ? ")
              .append(lit(p[2])).append(" : ").append(t).append(" * 100.0 / ").append(x);
        }
        sb.append(";\n");
        clamp(sb, s, p[1], p[2]);
        break;
      }
      case BANDED: {
        String v = it.mode() >= 10 ? "(" + x + " * 100.0 / " + lit(p[0]) + ")" : x;
        int bands = (p.length - 2) / 2;
        boolean interpolated = it.mode() % 10 == 1;
        StringBuilder e = new StringBuilder();
        e.append(v).append(" < ").append(lit(p[2])).append(" ? ").append(lit(p[1]));
        int open = 0;
        for (int b = bands - 1; b >= 0; b--) {
          double from = p[2 + 2 * b];
          double score = p[3 + 2 * b];
          String value = score(interpolated && b < bands - 1, v, from, score,
              b < bands - 1 ? p[4 + 2 * b] : 0, b < bands - 1 ? p[5 + 2 * b] : 0);
          if (b == 0) {
            e.append(" : ").append(value);
          } else {
            e.append(" : (").append(v).append(" >= ").append(lit(from)).append(" ? ")
                .append(value);
            open++;
          }
        }
        e.append(")".repeat(open));
        sb.append(declare).append(s).append(" = ").append(e).append(";\n");
        break;
      }
      case CLOSER: {
        String t = lit(p[0]);
        String d = "d" + s;
        sb.append(declare).append(d).append(" = (").append(x).append(" > ").append(t)
            .append(" ? ").append(x).append(" - ").append(t).append(" : ").append(t)
            .append(" - ").append(x).append(")");
        if (it.mode() == 1) {
          sb.append(" / ").append(lit(Math.abs(p[0])));
        }
        sb.append(";\n");
        sb.append(declare).append(s).append(" = ").append(d).append(" <= ").append(lit(p[1]))
            .append(" ? ").append(lit(p[3])).append(" : ").append(lit(p[3])).append(" + (")
            .append(d).append(" - ").append(lit(p[1])).append(") * ")
            .append(lit((p[4] - p[3]) / (p[2] - p[1]))).append(";\n");
        clamp(sb, s, p[4], p[3]);
        break;
      }
      case RATINGS: {
        String[] r = variables(it);
        sb.append(declare).append(s).append(" = (").append(String.join(" + ", r))
            .append(") / ").append(lit(r.length)).append(" * 100.0 / ").append(lit(p[0]))
            .append(";\n");
        break;
      }
      default:
        throw new IllegalStateException("kind " + it.kind());
    }
  }

  /** A band's score: its own (held or stepped) or the line to the next point. */
  private static String score(
      boolean line, String v, double from, double score, double nextFrom, double nextScore) {
    if (!line) {
      return lit(score);
    }
    return "(" + v + " == " + lit(from) + " ? " + lit(score) + " : " + lit(score) + " + (" + v
        + " - " + lit(from) + ") * " + lit((nextScore - score) / (nextFrom - from)) + ")";
  }

  private static void clamp(StringBuilder sb, String s, double floor, double cap) {
    sb.append(s).append(" = ").append(s).append(" > ").append(lit(cap)).append(" ? ")
        .append(lit(cap)).append(" : (").append(s).append(" < ").append(lit(floor)).append(" ? ")
        .append(lit(floor)).append(" : ").append(s).append(");\n");
  }

  /** A double as a plain decimal with a point, negatives in parentheses. */
  static String lit(double d) {
    String plain = BigDecimal.valueOf(d).toPlainString();
    if (plain.indexOf('.') < 0) {
      plain += ".0";
    }
    return d < 0 ? "(" + plain + ")" : plain;
  }
}
