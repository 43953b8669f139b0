package io.github.policytasks.metrics.lexicon;

/**
 * The Chinese numerals of {@code numerals.txt} (annotation guide §4): the digits {@code 零}…{@code
 * 九} with their financial forms, and the units {@code 十 百 千} that multiply the digit before
 * them. Looked up by folded character in one load, and written ({@link #write}) with the first
 * row of each value, so reading and writing share the one file. Immutable and thread-safe.
 */
public final class Numerals {
  /** The largest number {@link #write} writes. */
  public static final int MAX_WRITTEN = 9999;

  private static final byte[] DIGITS = new byte[Character.MAX_VALUE + 1];
  private static final short[] UNITS = new short[Character.MAX_VALUE + 1];
  /** The first digit row of each value 0..9, then the first unit row of 10, 100, 1000. */
  private static final char[] WRITTEN_DIGITS = new char[10];
  private static final char[] WRITTEN_UNITS = new char[4];
  /** Every numeral of the file, digits and units, in file order. */
  private static final String ALL;

  static {
    StringBuilder all = new StringBuilder();
    java.util.Arrays.fill(DIGITS, (byte) -1);
    for (LexiconFile.Row row : LexiconFile.read("numerals.txt", 3, 3)) {
      char numeral = LexiconFile.single(row, LexiconFile.folded(row, row.field(0)));
      all.append(numeral);
      int value = Integer.parseInt(row.field(1));
      switch (row.field(2)) {
        case "digit":
          if (value < 0 || value > 9) {
            throw row.error("a digit's value is 0 to 9");
          }
          DIGITS[numeral] = (byte) value;
          if (WRITTEN_DIGITS[value] == 0) {
            WRITTEN_DIGITS[value] = numeral;
          }
          break;
        case "unit":
          if (value != 10 && value != 100 && value != 1000) {
            throw row.error("a unit's value is 10, 100 or 1000");
          }
          UNITS[numeral] = (short) value;
          int power = value == 10 ? 1 : value == 100 ? 2 : 3;
          if (WRITTEN_UNITS[power] == 0) {
            WRITTEN_UNITS[power] = numeral;
          }
          break;
        default:
          throw row.error("kind must be digit or unit");
      }
    }
    ALL = all.toString();
  }

  private Numerals() {}

  /**
   * {@code number} written as the numerals of headings, with the first row of numerals.txt for
   * each digit and unit: {@code 1} → {@code 一}, {@code 10} → {@code 十}, {@code 12} → {@code
   * 十二}, {@code 20} → {@code 二十}, {@code 105} → {@code 一百零五}, {@code 0} → {@code 零}.
   *
   * @param number a number from 0 to {@value #MAX_WRITTEN}
   * @return the number in Chinese numerals
   * @throws IllegalArgumentException if {@code number} is outside 0..{@value #MAX_WRITTEN}
   */
  public static String write(int number) {
    if (number < 0 || number > MAX_WRITTEN) {
      throw new IllegalArgumentException(
          "Cannot write " + number + " as a Chinese numeral: need 0.." + MAX_WRITTEN);
    }
    if (number == 0) {
      return String.valueOf(WRITTEN_DIGITS[0]);
    }
    StringBuilder out = new StringBuilder();
    boolean pendingZero = false;
    int scale = 1000;
    for (int power = 3; power >= 0; power--, scale /= 10) {
      int digit = number / scale % 10;
      if (digit == 0) {
        pendingZero = out.length() > 0;
        continue;
      }
      if (pendingZero) {
        out.append(WRITTEN_DIGITS[0]);
        pendingZero = false;
      }
      boolean bareTen = power == 1 && digit == 1 && number < 20;
      if (!bareTen) {
        out.append(WRITTEN_DIGITS[digit]);
      }
      if (power > 0) {
        out.append(WRITTEN_UNITS[power]);
      }
    }
    return out.toString();
  }

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
   * {@return every numeral of the file, digits and units, in folded form and file order} The
   * chars for which {@link #isNumeral} holds: a table over all chars need only visit these.
   */
  public static String all() {
    return ALL;
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
