package io.github.policytasks.parser.corpus;

import io.github.policytasks.core.Plan;
import org.jspecify.annotations.Nullable;

/**
 * What became of one file of a corpus: its plan, or the one-line reason it could not be read.
 * Exactly one of {@link #plan()} and {@link #failure()} is present.
 *
 * @param plan the plan, or null when the file failed
 * @param failure why the file could not be read, or null when it was
 * @param bytes how many bytes of the file were read
 */
public record DocumentResult(@Nullable Plan plan, @Nullable String failure, long bytes) {
  /**
   * Checks that exactly one of plan and failure is present.
   *
   * @param plan the plan read, or null when the document could not be read
   * @param failure why the document could not be read, or null when it was
   * @param bytes the size of the document, in bytes
   */
  public DocumentResult {
    if ((plan == null) == (failure == null)) {
      throw new IllegalArgumentException("Exactly one of plan and failure must be present");
    }
  }

  /**
   * {@return a file read into {@code plan}}
   *
   * @param plan the plan read, or null when the document could not be read
   * @param bytes the size of the document, in bytes
   */
  public static DocumentResult read(Plan plan, long bytes) {
    return new DocumentResult(plan, null, bytes);
  }

  /**
   * {@return a file that failed for {@code reason}}
   *
   * @param reason why, in words
   * @param bytes the size of the document, in bytes
   */
  public static DocumentResult failed(String reason, long bytes) {
    return new DocumentResult(null, reason, bytes);
  }

  /** {@return whether the file was read into a plan} */
  public boolean isRead() {
    return plan != null;
  }
}
