package io.github.policytasks.metrics.lexicon;

/**
 * The Chinese numerals of {@code numerals.txt} (annotation guide §4): the digits {@code 零}…{@code
 * 九} with their financial forms, and the units {@code 十 百 千} that multiply the digit before
 * them. Looked up by folded character in one load. Immutable and thread-safe.
 */
public final class Numerals {
  private static final byte[] DIGITS = new byte[Character.MAX_VALUE + 1];
  private static final short[] UNITS = new short[Character.MAX_VALUE + 1];

  static {
    java.util.Arrays.fill(DIGITS, (byte) -1);
    for (LexiconFile.Row row : LexiconFile.read("numerals.txt", 3, 3)) {
      char numeral = LexiconFile.single(row, LexiconFile.folded(row, row.field(0)));
      int value = Integer.parseInt(row.field(1));
      switch (row.field(2)) {
        case "digit":
          if (value < 0 || value > 9) {
            throw row.error("a digit's value is 0 to 9");
          }
          DIGITS[numeral] = (byte) value;
          break;
        case "unit":
          if (value != 10 && value != 100 && value != 1000) {
            throw row.error("a unit's value is 10, 100 or 1000");
          }
          UNITS[numeral] = (short) value;
          break;
        default:
          throw row.error("kind must be digit or unit");
      }
    }
  }

  private Numerals() {}

  /**
   * {@return the value of the numeral digit {@code folded} ({@code 〇零一二两三…九}, {@code 壹贰叁…}), or -1}
   *
   * @param folded the text in folded form
   */
  public static int digit(char folded) {
    return DIGITS[folded];
  }

  /**
   * {@return the multiplier of the numeral unit {@code folded} ({@code 十百千}, {@code 拾佰仟}), or 0}
   *
   * @param folded the text in folded form
   */
  public static int unit(char folded) {
    return UNITS[folded];
  }

  /**
   * {@return whether {@code folded} is a Chinese numeral digit or unit}
   *
   * @param folded the text in folded form
   */
  public static boolean isNumeral(char folded) {
    return DIGITS[folded] >= 0 || UNITS[folded] > 0;
  }
}
