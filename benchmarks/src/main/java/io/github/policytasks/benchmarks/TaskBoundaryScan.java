package io.github.policytasks.benchmarks;

/**
 * The floor the parser is measured against: one pass over a text that does nothing but find
 * where tasks start, that is the lines whose first non-space characters are a task label
 * ({@code 1.} {@code 1．} {@code 12、} {@code (三)} {@code （三）} or a table row's leading number).
 * It reads every char once and allocates nothing. Stateless and thread-safe.
 */
final class TaskBoundaryScan {
  private TaskBoundaryScan() {}

  /** The number of lines of {@code text} that open with a task label. */
  static int count(String text) {
    int length = text.length();
    int found = 0;
    int i = 0;
    while (i < length) {
      while (i < length && isSpace(text.charAt(i))) {
        i++;
      }
      if (i < length && isLabelAt(text, i, length)) {
        found++;
      }
      while (i < length) {
        char c = text.charAt(i++);
        if (c == '\n' || c == '\r') {
          break;
        }
      }
    }
    return found;
  }

  private static boolean isLabelAt(String text, int i, int length) {
    char c = text.charAt(i);
    if (isDigit(c)) {
      int j = i;
      while (j < length && j - i < 3 && isDigit(text.charAt(j))) {
        j++;
      }
      if (j >= length) {
        return false;
      }
      char after = text.charAt(j);
      return after == '.' || after == '．' || after == '、' || after == ' ' || after == '|';
    }
    if (c == '(' || c == '（') {
      int j = i + 1;
      while (j < length && j - i <= 3 && isNumeral(text.charAt(j))) {
        j++;
      }
      return j > i + 1 && j < length && (text.charAt(j) == ')' || text.charAt(j) == '）');
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\t';
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  private static boolean isNumeral(char c) {
    return "一二三四五六七八九十〇".indexOf(c) >= 0;
  }
}
