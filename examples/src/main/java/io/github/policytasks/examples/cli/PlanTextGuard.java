package io.github.policytasks.examples.cli;

/**
 * Refuses input that is not plan text before the parser reads it: annotated-plan JSON (which
 * {@code ledger} and {@code targets} read, not {@code parse}), and binary files (archives, PDFs,
 * images, anything with NUL bytes or many control characters outside UTF-16 text). Each refusal
 * is one line naming the input. Stateless.
 */
final class PlanTextGuard {
  /** Control characters (other than tab, CR, LF, FF) tolerated per 1,000 bytes sampled. */
  private static final int CONTROL_PER_MILLE = 10;
  private static final int SAMPLE = 64 * 1024;

  private PlanTextGuard() {}

  /**
   * Throws a one-line {@link CliException} when {@code bytes}, read from {@code name}, are JSON
   * or binary rather than plan text.
   */
  static void requireText(byte[] bytes, String name) {
    if (isUtf16WithBom(bytes)) {
      return;
    }
    int first = firstContent(bytes);
    if (first < bytes.length && (bytes[first] == '{' || bytes[first] == '[')) {
      throw new CliException(name + " holds JSON, not plan text: parse reads plan text;"
          + " ledger and targets read an annotated plan's JSON");
    }
    if (startsWith(bytes, "PK\u0003\u0004") || startsWith(bytes, "%PDF")
        || startsWith(bytes, "\u00D0\u00CF\u0011\u00E0")) {
      throw new CliException(name + " is a binary file (an archive, PDF or Office document),"
          + " not plan text: save the plan as text first");
    }
    int sampled = Math.min(bytes.length, SAMPLE);
    int control = 0;
    for (int i = 0; i < sampled; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new CliException(name + " is a binary file (it holds NUL bytes), not plan text");
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    if (sampled > 0 && control * 1000L > (long) sampled * CONTROL_PER_MILLE) {
      throw new CliException(name + " is a binary file (" + control + " control characters in its first "
          + sampled + " bytes), not plan text");
    }
  }

  private static boolean isUtf16WithBom(byte[] bytes) {
    return bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
  }

  /** The index of the first byte that is neither a UTF-8 byte-order mark nor ASCII whitespace. */
  private static int firstContent(byte[] bytes) {
    int i = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF ? 3 : 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n'
        || bytes[i] == '\r')) {
      i++;
    }
    return i;
  }

  private static boolean startsWith(byte[] bytes, String magic) {
    if (bytes.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if ((bytes[i] & 0xFF) != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
