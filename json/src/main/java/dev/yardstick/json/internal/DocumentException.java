package dev.yardstick.json.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document that cannot be read, found by the engine: the JSONPath of the problem and what is
 * wrong. {@code YardstickJson} turns it into the public {@code YardstickJsonException} at its
 * boundary, so that this package never depends on the facade package (which depends on it).
 *
 * <p>An {@link IllegalArgumentException}, like the public exception, so that the engine's own
 * {@code catch} clauses treat it as before.
 */
public final class DocumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  /** The problem at {@code path}. */
  public DocumentException(String path, String problem) {
    this(path, problem, null);
  }

  /** The problem at {@code path}, caused by {@code cause} (a core validation or Jackson error). */
  public DocumentException(String path, String problem, @Nullable Throwable cause) {
    super(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(problem, "problem"),
        cause);
    this.path = path;
    this.problem = problem;
  }

  /** The JSONPath of the problem. */
  public String path() {
    return path;
  }

  /** What is wrong, without the path. */
  public String problem() {
    return problem;
  }
}
