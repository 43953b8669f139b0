package io.github.policytasks.parser;

/**
 * {@link MarkdownMarks#isMarkdown} as it was before its pairs were found by a search for one char
 * ({@link String#indexOf(String, int)} for {@code **} and {@code ](}): kept so that a property can
 * compare the two.
 */
final class MarkdownSignsReference {
  private MarkdownSignsReference() {}

  /** Whether {@code text} shows itself a Markdown copy, as the code before read it. */
  static boolean isMarkdown(String text) {
    for (int i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
      if (atLineStart(text, i) && headingEnd(text, i, lineEnd(text, i)) > 0) {
        return true;
      }
    }
    for (int i = text.indexOf("**"); i >= 0; i = text.indexOf("**", i + 2)) {
      int end = lineEnd(text, i);
      if (pairedStars(text, i, end) == i) {
        return true;
      }
      i = Math.max(i, end - 2);
    }
    for (int i = text.indexOf("]("); i >= 0; i = text.indexOf("](", i + 2)) {
      if (isLinkTarget(text, i + 2)) {
        return true;
      }
    }
    return false;
  }

  private static boolean atLineStart(String text, int i) {
    int k = i - 1;
    while (k >= 0 && isBlank(text.charAt(k))) {
      k--;
    }
    return k < 0 || text.charAt(k) == '\n' || text.charAt(k) == '\r';
  }

  private static int lineEnd(String text, int start) {
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return end;
  }

  private static int indentEnd(String text, int at, int end) {
    while (at < end && isBlank(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u3000';
  }

  private static int headingEnd(String text, int at, int end) {
    int hashes = at;
    while (hashes < end && text.charAt(hashes) == '#') {
      hashes++;
    }
    if (hashes == at || hashes - at > 6 || hashes >= end || !isBlank(text.charAt(hashes))) {
      return -1;
    }
    int words = indentEnd(text, hashes, end);
    return words < end ? words : -1;
  }

  private static int pairedStars(String text, int at, int end) {
    int open = indexOf(text, "**", at, end);
    if (open < 0) {
      return -1;
    }
    int close = indexOf(text, "**", open + 2, end);
    return close > open + 2 ? open : -1;
  }

  private static boolean isLinkTarget(String text, int at) {
    return text.startsWith("http://", at) || text.startsWith("https://", at) || text.startsWith("/", at)
        || text.startsWith("#", at) || text.startsWith("./", at) || text.startsWith("www.", at)
        || text.startsWith("mailto:", at);
  }

  private static int indexOf(String text, String s, int from, int end) {
    int last = end - s.length();
    for (int i = from; i <= last; i++) {
      if (text.startsWith(s, i)) {
        return i;
      }
    }
    return -1;
  }
}
