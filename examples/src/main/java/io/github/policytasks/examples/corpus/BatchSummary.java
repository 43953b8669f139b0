package io.github.policytasks.examples.corpus;

/**
 * How a batch went.
 *
 * @param files how many inputs there were
 * @param read how many were read into plans
 * @param failed how many failed
 * @param bytes how many bytes were read
 */
public record BatchSummary(int files, int read, int failed, long bytes) {
  /** The exit code of the run: 0 when all were read, 1 when some failed, 2 when none was read. */
  public int exitCode() {
    if (failed == 0) {
      return 0;
    }
    return read == 0 ? 2 : 1;
  }
}
