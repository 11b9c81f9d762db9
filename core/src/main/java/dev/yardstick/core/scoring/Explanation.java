package dev.yardstick.core.scoring;

import dev.yardstick.core.internal.Decimals;
import java.util.Arrays;
import java.util.Objects;

/**
 * How a score was reached, for example "actual 1150000 is 115% of target 1000000; capped at 110".
 *
 * <p>An explanation is a template with {@code {}} placeholders and the numbers to put in them.
 * Scoring only stores the two; the text is formatted when it is read ({@link #text()}), so a
 * million evaluations do not format a million strings nobody looks at. Numbers print as their
 * shortest exact decimal, without locale, so the text is the same on every machine.
 *
 * <pre>{@code
 * Explanation e = Explanation.of("{} of target {} = {}%", 950, 1000, 95);
 * e.text(); // "950 of target 1000 = 95%"
 * }</pre>
 */
public final class Explanation {

  private final String template;
  private final double[] arguments;

  private Explanation(String template, double[] arguments) {
    this.template = template;
    this.arguments = arguments;
  }

  /**
   * An explanation; each {@code {}} in {@code template} takes the next argument.
   *
   * @throws IllegalArgumentException if the placeholders and arguments do not match in number,
   *     or an argument is NaN or infinite (an explanation must never show one)
   */
  public static Explanation of(String template, double... arguments) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(arguments, "arguments");
    for (int i = 0; i < arguments.length; i++) {
      if (!Double.isFinite(arguments[i])) {
        throw new IllegalArgumentException(
            "explanation '" + template + "': argument " + (i + 1) + " is " + arguments[i]
                + ", not a finite number");
      }
    }
    int placeholders = count(template);
    if (placeholders != arguments.length) {
      throw new IllegalArgumentException(
          "explanation template '"
              + template
              + "' has "
              + placeholders
              + " placeholders but "
              + arguments.length
              + " arguments");
    }
    return new Explanation(template, arguments.clone());
  }

  private static int count(String template) {
    int n = 0;
    for (int i = template.indexOf("{}"); i >= 0; i = template.indexOf("{}", i + 2)) {
      n++;
    }
    return n;
  }

  /** The template with its {@code {}} placeholders. */
  public String template() {
    return template;
  }

  /** The arguments (a copy). */
  public double[] arguments() {
    return arguments.clone();
  }

  /** The text, with each placeholder replaced by its number. */
  public String text() {
    if (arguments.length == 0) {
      return template;
    }
    StringBuilder sb = new StringBuilder(template.length() + 16 * arguments.length);
    int from = 0;
    for (double argument : arguments) {
      int at = template.indexOf("{}", from);
      sb.append(template, from, at).append(Decimals.plain(argument));
      from = at + 2;
    }
    return sb.append(template, from, template.length()).toString();
  }

  /**
   * This explanation followed by {@code "; "} and another: "…115% of target; capped at 110".
   */
  public Explanation then(String template, double... more) {
    Explanation tail = of(template, more);
    double[] all = Arrays.copyOf(arguments, arguments.length + tail.arguments.length);
    System.arraycopy(tail.arguments, 0, all, arguments.length, tail.arguments.length);
    return new Explanation(this.template + "; " + tail.template, all);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Explanation
        && ((Explanation) o).template.equals(template)
        && Arrays.equals(((Explanation) o).arguments, arguments);
  }

  @Override
  public int hashCode() {
    return 31 * template.hashCode() + Arrays.hashCode(arguments);
  }

  /** The same as {@link #text()}. */
  @Override
  public String toString() {
    return text();
  }
}
