package io.github.policytasks.parser;

/**
 * The two char buffers that the {@link TextWindow}s of one {@link TargetReader#read} (a task's
 * text as written and folded) copy their chars into: one pair per thread, reused from task to
 * task, so that reading a task's targets copies its text without allocating. A buffer grows to
 * the longest text read, up to {@link #KEPT} chars; a longer one is made for that text alone and
 * not kept. Confined to its thread.
 */
final class WindowBuffers {
  /** The longest buffer a thread keeps: 64 Ki chars, far beyond a task's text. */
  static final int KEPT = 1 << 16;

  private static final ThreadLocal<WindowBuffers> OF_THREAD = ThreadLocal.withInitial(WindowBuffers::new);

  private char[] original = new char[256];
  private char[] folded = new char[256];

  private WindowBuffers() {}

  /** {@return the buffers of the current thread} */
  static WindowBuffers ofThread() {
    return OF_THREAD.get();
  }

  /** {@return a buffer of at least {@code length} chars for the text as written} */
  char[] original(int length) {
    if (length > original.length) {
      char[] buffer = new char[length];
      if (length > KEPT) {
        return buffer;
      }
      original = buffer;
    }
    return original;
  }

  /** {@return a buffer of at least {@code length} chars for the folded text} */
  char[] folded(int length) {
    if (length > folded.length) {
      char[] buffer = new char[length];
      if (length > KEPT) {
        return buffer;
      }
      folded = buffer;
    }
    return folded;
  }
}
