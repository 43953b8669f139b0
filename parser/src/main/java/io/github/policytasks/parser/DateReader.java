package io.github.policytasks.parser;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads a whole value as a calendar date: {@code 2023-08-08}, {@code 2023/8/8}, {@code 2023.8.8},
 * {@code 2023年8月8日} or {@code 二〇二三年八月八日}, in folded text. Stateless and thread-safe.
 */
final class DateReader {
  private DateReader() {}

  /** The date that {@code folded[start, end)} states exactly, or null. */
  static @Nullable LocalDate read(String folded, int start, int end) {
    int[] parts = new int[3];
    int count = 0;
    int i = start;
    while (i < end && count < 3) {
      int numberEnd = TextChars.isDigit(folded.charAt(i))
          ? ChineseNumerals.digitsEnd(folded, i, end)
          : ChineseNumerals.runEnd(folded, i, end);
      if (numberEnd == i) {
        return null;
      }
      int value = ChineseNumerals.parse(folded, i, numberEnd);
      if (value < 0) {
        return null;
      }
      parts[count++] = value;
      i = numberEnd;
      if (i >= end) {
        break;
      }
      char separator = folded.charAt(i);
      boolean expected = count == 1 ? "-/.年".indexOf(separator) >= 0
          : count == 2 ? "-/.月".indexOf(separator) >= 0
          : separator == '日' || separator == '号';
      if (!expected) {
        return null;
      }
      i++;
    }
    if (count != 3 || i != end) {
      return null;
    }
    try {
      return LocalDate.of(parts[0], parts[1], parts[2]);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
