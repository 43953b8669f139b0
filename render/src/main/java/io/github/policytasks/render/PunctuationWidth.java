package io.github.policytasks.render;

/**
 * Converts the punctuation that comes in two widths ({@code ( ) : , ;} and {@code （ ）： ， ；})
 * from one width to the other. A comma or colon between two ASCII digits is part of a number
 * ({@code 1,200家}, {@code 10:30}) and is never widened. Stateless and thread-safe.
 */
final class PunctuationWidth {
  private static final String HALF = "():,;";
  private static final String FULL = "（）：，；";

  private PunctuationWidth() {}

  /** {@code text} with {@code ( ) : , ;} written {@code （ ）： ， ；}, digit groups kept. */
  static String toFullWidth(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int index = HALF.indexOf(c);
      boolean inNumber = (c == ',' || c == ':') && between(text, i);
      out.append(index >= 0 && !inNumber ? FULL.charAt(index) : c);
    }
    return out.toString();
  }

  /** {@code text} with {@code （ ）： ， ；} written {@code ( ) : , ;}. */
  static String toHalfWidth(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int index = FULL.indexOf(c);
      out.append(index >= 0 ? HALF.charAt(index) : c);
    }
    return out.toString();
  }

  /** {@code text} in the given width. */
  static String in(Punctuation width, CharSequence text) {
    return width == Punctuation.FULL_WIDTH ? toFullWidth(text) : toHalfWidth(text);
  }

  private static boolean between(CharSequence text, int i) {
    return i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1))
        && isDigit(text.charAt(i + 1));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
