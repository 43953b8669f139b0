package io.github.policytasks.metrics.lexicon;

/**
 * What counts as a Chinese character in plan text: a CJK unified ideograph of the basic block
 * ({@code U+4E00–U+9FFF}) or of extension A ({@code U+3400–U+4DBF}). The one such test the
 * lexicon, the quantity grammar and the parser share. Stateless and thread-safe.
 */
public final class Ideographs {
  private Ideographs() {}

  /**
   * {@return whether {@code c} is a CJK unified ideograph of the basic block or of extension A}
   *
   * @param c a char
   */
  public static boolean is(char c) {
    return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf';
  }
}
