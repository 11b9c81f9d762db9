package dev.yardstick.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document that Yardstick cannot read: malformed JSON, an unknown format or type, an
 * unknown or missing property, a value of the wrong type, a duplicate key, an unknown strategy id,
 * a limit exceeded, or a value that the core model rejects.
 *
 * <p>{@link #path()} locates the problem as a JSONPath, so a back office can point at it without
 * parsing the message:
 *
 * <pre>{@code
 * $.sections[0].items[1].weight: expected a number, got a string ("60")
 * }</pre>
 */
public class YardstickJsonException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param path where the problem is, for example {@code $.sections[0].items[1].weight}
   * @param problem what is wrong, for example {@code expected a number, got a string ("60")}
   */
  public YardstickJsonException(String path, String problem) {
    this(path, problem, null);
  }

  /**
   * Creates the exception with its cause, for example the core model's validation error.
   *
   * @param path where the problem is
   * @param problem what is wrong
   * @param cause the underlying error, or {@code null}
   */
  public YardstickJsonException(String path, String problem, @Nullable Throwable cause) {
    super(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(problem, "problem"),
        cause);
    this.path = path;
    this.problem = problem;
  }

  /** The JSONPath of the problem: {@code $} for the document, {@code $.sections[0]} below it. */
  public String path() {
    return path;
  }

  /** What is wrong, without the path. */
  public String problem() {
    return problem;
  }
}
