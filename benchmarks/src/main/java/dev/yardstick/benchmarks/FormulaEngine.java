package dev.yardstick.benchmarks;

import com.googlecode.aviator.AviatorEvaluator;
import com.googlecode.aviator.AviatorEvaluatorInstance;
import com.googlecode.aviator.Expression;
import com.ql.util.express.DefaultContext;
import com.ql.util.express.ExpressRunner;
import com.ql.util.express.InstructionSet;
import dev.yardstick.benchmarks.CardSpec.ItemSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;

/**
 * A formula engine scoring the workload: each card's {@link Formulas script} compiled once, as
 * the engines' documentation recommends, and run once per employee against that employee's
 * variables. The contexts (one map of boxed doubles per employee) are built before the clock
 * starts, so the engines are timed on evaluation alone.
 *
 * <pre>{@code
 * FormulaEngine aviator = FormulaEngine.create(FormulaEngine.Name.AVIATOR, workload);
 * double total = aviator.total(17);
 * }</pre>
 */
public abstract class FormulaEngine {

  /** The engines. */
  public enum Name {
    /** Alibaba QLExpress 3. */
    QLEXPRESS,
    /** AviatorScript 5, compiled to JVM bytecode (its default ASM mode). */
    AVIATOR,
    /** Apache Commons JEXL 3. */
    JEXL
  }

  /** Each employee's card index. */
  final int[] role;

  FormulaEngine(Workload w) {
    this.role = w.role();
  }

  /** The engine with the workload's scripts compiled and every employee's context built. */
  public static FormulaEngine create(Name name, Workload w) {
    switch (name) {
      case QLEXPRESS:
        return new QlExpress(w);
      case AVIATOR:
        return new Aviator(w);
      case JEXL:
        return new Jexl(w);
      default:
        throw new IllegalArgumentException("engine " + name);
    }
  }

  /** The total of employee {@code e}. */
  public abstract double total(int e);

  /** Every total into {@code out}. */
  public void totals(double[] out) {
    for (int e = 0; e < out.length; e++) {
      out[e] = total(e);
    }
  }

  /** Employee {@code e}'s variables, named as in the scripts, as boxed doubles. */
  static Map<String, Object> variables(Workload w, int e, Map<String, Object> into) {
    ItemSpec[] items = w.specs().get(w.role()[e]).items();
    for (int i = 0; i < items.length; i++) {
      String[] names = Formulas.variables(items[i]);
      if (items[i].kind() == CardSpec.Kind.RATINGS) {
        for (int k = 0; k < names.length; k++) {
          into.put(names[k], w.ratings()[e * CardSpec.RATERS + k]);
        }
      } else {
        into.put(names[0], w.values()[e * WorkloadCards.ITEMS + i]);
      }
    }
    return into;
  }

  static double number(Object result) {
    return ((Number) result).doubleValue();
  }

  private static final class QlExpress extends FormulaEngine {
    private final ExpressRunner runner = new ExpressRunner(false, false);
    private final InstructionSet[] scripts;
    private final DefaultContext<?, ?>[] contexts;

    QlExpress(Workload w) {
      super(w);
      List<CardSpec> specs = w.specs();
      scripts = new InstructionSet[specs.size()];
      try {
        for (int c = 0; c < scripts.length; c++) {
          scripts[c] = runner.parseInstructionSet(Formulas.script(specs.get(c), ""));
        }
      } catch (Exception e) {
        throw new IllegalStateException("QLExpress cannot compile the scripts", e);
      }
      contexts = new DefaultContext<?, ?>[w.size()];
      for (int e = 0; e < contexts.length; e++) {
        DefaultContext<String, Object> ctx = new DefaultContext<>();
        variables(w, e, ctx);
        contexts[e] = ctx;
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public double total(int e) {
      try {
        return number(runner.execute(
            scripts[role[e]], (DefaultContext<String, Object>) contexts[e], null, false, false));
      } catch (Exception ex) {
        throw new IllegalStateException("QLExpress failed on employee " + e, ex);
      }
    }
  }

  private static final class Aviator extends FormulaEngine {
    private final Expression[] scripts;
    private final Map<?, ?>[] contexts;

    Aviator(Workload w) {
      super(w);
      AviatorEvaluatorInstance aviator = AviatorEvaluator.newInstance();
      List<CardSpec> specs = w.specs();
      scripts = new Expression[specs.size()];
      for (int c = 0; c < scripts.length; c++) {
        scripts[c] = aviator.compile(Formulas.script(specs.get(c), "let "), true);
      }
      contexts = new Map<?, ?>[w.size()];
      for (int e = 0; e < contexts.length; e++) {
        contexts[e] = variables(w, e, new HashMap<>());
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public double total(int e) {
      return number(scripts[role[e]].execute((Map<String, Object>) contexts[e]));
    }
  }

  private static final class Jexl extends FormulaEngine {
    private final JexlScript[] scripts;
    private final JexlContext[] contexts;

    Jexl(Workload w) {
      super(w);
      JexlEngine jexl = new JexlBuilder().cache(64).strict(true).silent(false).create();
      List<CardSpec> specs = w.specs();
      scripts = new JexlScript[specs.size()];
      for (int c = 0; c < scripts.length; c++) {
        scripts[c] = jexl.createScript(Formulas.script(specs.get(c), "var "));
      }
      contexts = new JexlContext[w.size()];
      for (int e = 0; e < contexts.length; e++) {
        contexts[e] = new MapContext(variables(w, e, new HashMap<>()));
      }
    }

    @Override
    public double total(int e) {
      return number(scripts[role[e]].execute(contexts[e]));
    }
  }
}
