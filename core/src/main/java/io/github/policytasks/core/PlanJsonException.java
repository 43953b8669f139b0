package io.github.policytasks.core;

import org.jspecify.annotations.Nullable;

/**
 * JSON that breaks the contract of the annotated plan: names the offending field as a path
 * ({@code sections[0].tasks[2].targets[0].comparator}) and the 1-based line and column where
 * reading stopped.
 */
public final class PlanJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the field where the contract is broken. */
  private final String path;
  /** The 1-based line of the problem, or 0 when unknown. */
  private final int line;
  /** The 1-based column of the problem, or 0 when unknown. */
  private final int column;

  /**
   * A contract violation at {@code path}, line {@code line}, column {@code column}.
   *
   * @param message what is wrong, in words
   * @param path the file to read
   * @param line the 1-based line
   * @param column the 1-based column
   * @param cause the underlying failure
   */
  public PlanJsonException(String message, String path, int line, int column, @Nullable Throwable cause) {
    super(message, cause);
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /** {@return the offending field as a path from the root ({@code $} for the root itself)} */
  public String getPath() {
    return path;
  }

  /** {@return the 1-based line where reading stopped, or -1 when unknown} */
  public int getLine() {
    return line;
  }

  /** {@return the 1-based column where reading stopped, or -1 when unknown} */
  public int getColumn() {
    return column;
  }
}
