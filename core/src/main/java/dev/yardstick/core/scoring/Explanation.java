package dev.yardstick.core.scoring;

import dev.yardstick.core.internal.Decimals;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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

  /**
   * The template, or its first part when {@link #then} appended more: the parts are joined with
   * "; " only when the template is read, so that capping or flooring a score costs no string.
   */
  private final String head;
  /** The parts appended by {@link #then}, or null. */
  private final String @Nullable [] tail;
  private final double[] arguments;

  private Explanation(String head, String @Nullable [] tail, double[] arguments) {
    this.head = head;
    this.tail = tail;
    this.arguments = arguments;
  }

  /**
   * An explanation; each {@code {}} in {@code template} takes the next argument.
   *
   * @throws IllegalArgumentException if the placeholders and arguments do not match in number,
   *     or an argument is NaN or infinite (an explanation must never show one)
   */
  public static Explanation of(String template, double... arguments) {
    check(template, arguments);
    return new Explanation(template, null, arguments.clone());
  }

  private static void check(String template, double[] arguments) {
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
  }

  /** A template with its number of placeholders; immutable, so shared safely through a race. */
  private static final class Counted {
    final String template;
    final int placeholders;

    Counted(String template, int placeholders) {
      this.template = template;
      this.placeholders = placeholders;
    }
  }

  /**
   * Placeholder counts of the templates seen last, by identity: strategies pass the same constant
   * templates millions of times, and counting them is the costliest part of an explanation.
   */
  private static final Counted[] COUNTS = new Counted[512];

  private static int count(String template) {
    int slot = System.identityHashCode(template) & (COUNTS.length - 1);
    Counted c = COUNTS[slot];
    if (c != null && c.template == template) {
      return c.placeholders;
    }
    int n = scan(template);
    COUNTS[slot] = new Counted(template, n);
    return n;
  }

  private static int scan(String template) {
    int n = 0;
    for (int i = template.indexOf("{}"); i >= 0; i = template.indexOf("{}", i + 2)) {
      n++;
    }
    return n;
  }

  /** The template with its {@code {}} placeholders. */
  public String template() {
    String[] parts = tail;
    if (parts == null) {
      return head;
    }
    StringBuilder sb = new StringBuilder(head);
    for (String part : parts) {
      sb.append("; ").append(part);
    }
    return sb.toString();
  }

  /** The arguments (a copy). */
  public double[] arguments() {
    return arguments.clone();
  }

  /** The text, with each placeholder replaced by its number. */
  public String text() {
    String template = template();
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
    check(template, more);
    double[] all = Arrays.copyOf(arguments, arguments.length + more.length);
    System.arraycopy(more, 0, all, arguments.length, more.length);
    String[] parts;
    if (tail == null) {
      parts = new String[] {template};
    } else {
      parts = Arrays.copyOf(tail, tail.length + 1);
      parts[tail.length] = template;
    }
    return new Explanation(head, parts, all);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Explanation
        && ((Explanation) o).template().equals(template())
        && Arrays.equals(((Explanation) o).arguments, arguments);
  }

  @Override
  public int hashCode() {
    return 31 * template().hashCode() + Arrays.hashCode(arguments);
  }

  /** The same as {@link #text()}. */
  @Override
  public String toString() {
    return text();
  }
}
