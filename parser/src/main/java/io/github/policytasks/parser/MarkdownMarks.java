package io.github.policytasks.parser;

import java.util.Arrays;

/**
 * The marks of a plan copied as Markdown (a page crawled by a tool that writes Markdown): heading
 * hashes ({@code ### 一、…}), bold and italic stars ({@code **1. 深化…。**}, {@code *本清单…*}),
 * list bullets and quote marks at a line's start ({@code - 牵头单位：…}, {@code > （此件公开发布）}),
 * a thematic break ({@code ---}), a link's brackets and target ({@code [首页](https://…)}: its words
 * stay) and the backslash of an escape ({@code 1\.}). They are the copy's layout, not words of the
 * plan, so the plan is read from the text without them ({@link ReadingText}) and each is furniture.
 * A bullet, heading or break found inside a line shows where the copy lost a line break (guide §6,
 * lost line breaks): the reading has the break there.
 *
 * <p>A text is read so only where it shows itself a Markdown copy: a heading line ({@code #} to
 * {@code ######} then a space), a pair of {@code **} on one line, or a link to a web address or
 * path. Elsewhere a star, hash, dash or backslash is left as written. Stateless and thread-safe.
 */
final class MarkdownMarks {
  /** A mark of the copy's layout. */
  private static final int MARK = 0;
  /** A mark that shows where the copy lost a line break (a bullet or heading inside a line). */
  private static final int BREAK = 1;
  /** The chars a backslash escapes in Markdown. */
  private static final String ESCAPABLE = "\\`*_{}[]()#+-.!>|";

  private MarkdownMarks() {}

  /** Adds where each Markdown mark of {@code text} starts and ends to {@code out}, in order. */
  static void find(String text, ReadingText.Ranges out) {
    if (!isMarkdown(text)) {
      return;
    }
    int start = 0;
    while (start <= text.length()) {
      int end = lineEnd(text, start);
      int[] marks = lineMarks(text, start, end);
      sortTriples(marks);
      int last = start;
      for (int k = 0; k < marks.length; k += 3) {
        if (marks[k] >= last && marks[k + 1] > marks[k]) {
          if (marks[k + 2] == BREAK) {
            out.addBreak(marks[k], marks[k + 1]);
          } else {
            out.add(marks[k], marks[k + 1]);
          }
          last = marks[k + 1];
        }
      }
      start = end + 1;
    }
  }

  /**
   * Whether {@code text} shows itself a Markdown copy: a heading line, a {@code **} pair on a line, or
   * a link. Only the candidate signs are looked at, each found by {@link #pairAt}, a search for one
   * char ({@link String#indexOf(int, int)}, many chars a step) rather than for two: a text without
   * them costs three such searches.
   */
  static boolean isMarkdown(String text) {
    for (int i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
      if (atLineStart(text, i) && headingEnd(text, i, lineEnd(text, i)) > 0) {
        return true;
      }
    }
    for (int i = pairAt(text, '*', '*', 0); i >= 0; i = pairAt(text, '*', '*', i + 2)) {
      int end = lineEnd(text, i);
      if (pairedStars(text, i, end) == i) {
        return true;
      }
      i = Math.max(i, end - 2);
    }
    for (int i = pairAt(text, ']', '(', 0); i >= 0; i = pairAt(text, ']', '(', i + 2)) {
      if (isLinkTarget(text, i + 2)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the pair of chars {@code first}, {@code second} first occurs in {@code text} at or after
   * {@code from}, or -1: what {@code text.indexOf("" + first + second, from)} gives, found by
   * searching for {@code first} alone.
   */
  static int pairAt(String text, char first, char second, int from) {
    int last = text.length() - 1;
    for (int i = text.indexOf(first, from); i >= 0 && i < last; i = text.indexOf(first, i + 1)) {
      if (text.charAt(i + 1) == second) {
        return i;
      }
    }
    return -1;
  }

  /** Whether only blanks stand between {@code i} and the start of its line. */
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

  /**
   * The marks of the line {@code [start, end)}, as triples (start, end, {@link #MARK} or {@link
   * #BREAK}), in any order.
   */
  private static int[] lineMarks(String text, int start, int end) {
    int[] marks = new int[9];
    int count = 0;
    int at = indentEnd(text, start, end);
    if (isThematicBreak(text, at, end)) {
      return new int[] {at, end, MARK};
    }
    boolean heading = false;
    while (at < end) {
      int next = quoteOrBulletEnd(text, at, end);
      if (next < 0 && !heading) {
        next = headingEnd(text, at, end);
        heading = next > 0;
      }
      if (next <= 0) {
        break;
      }
      if (count + 3 > marks.length) {
        marks = Arrays.copyOf(marks, marks.length * 2);
      }
      marks[count++] = at;
      marks[count++] = next;
      marks[count++] = MARK;
      at = next;
    }
    int contentEnd = end;
    while (contentEnd > at && isBlank(text.charAt(contentEnd - 1))) {
      contentEnd--;
    }
    if (heading) {
      int hashes = contentEnd;
      while (hashes > at && text.charAt(hashes - 1) == '#') {
        hashes--;
      }
      if (hashes < contentEnd && hashes > at && isBlank(text.charAt(hashes - 1))) {
        if (count + 3 > marks.length) {
          marks = Arrays.copyOf(marks, marks.length * 2);
        }
        marks[count++] = hashes - 1;
        marks[count++] = contentEnd;
        marks[count++] = MARK;
        contentEnd = hashes - 1;
      }
    }
    int[] inline = inlineMarks(text, at, contentEnd);
    int[] all = Arrays.copyOf(marks, count + inline.length);
    System.arraycopy(inline, 0, all, count, inline.length);
    return all;
  }

  /** A line of three or more {@code -}, {@code *} or {@code _} alone (with spaces). */
  private static boolean isThematicBreak(String text, int at, int end) {
    if (at >= end) {
      return false;
    }
    char mark = text.charAt(at);
    if (mark != '-' && mark != '*' && mark != '_') {
      return false;
    }
    int marks = 0;
    for (int i = at; i < end; i++) {
      char c = text.charAt(i);
      if (c == mark) {
        marks++;
      } else if (!isBlank(c)) {
        return false;
      }
    }
    return marks >= 3;
  }

  /** Where a quote mark ({@code > }) or a list bullet ({@code - }, {@code * }, {@code + }) at {@code at} ends, with its spaces, or -1. */
  private static int quoteOrBulletEnd(String text, int at, int end) {
    char c = text.charAt(at);
    if (c != '>' && c != '-' && c != '*' && c != '+') {
      return -1;
    }
    if (at + 1 < end && !isBlank(text.charAt(at + 1))) {
      return -1;
    }
    return indentEnd(text, at + 1, end);
  }

  /** Where a heading's hashes at {@code at} end, with their spaces, or -1: one to six {@code #}, a space, then words. */
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

  /** Where the first {@code **} of a pair on the line {@code [at, end)} starts, or -1. */
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

  /**
   * The marks inside the line's words {@code [at, end)}: escapes, bold and italic stars, links, and
   * the marks a lost line break left inside the line (a list bullet {@code - } or a quote mark
   * {@code > } after a note's last unit, heading hashes, a heading's closing hashes, a thematic break {@code ---}), each at the words' start or right after
   * a char that is neither a blank nor a Latin letter or digit ({@code 3#机组}, {@code 2023 - 2025}
   * keep theirs).
   */
  private static int[] inlineMarks(String text, int at, int end) {
    int[] out = new int[12];
    int count = 0;
    int openStar = -1;
    int i = at;
    while (i < end) {
      char c = text.charAt(i);
      int[] found = null;
      int next = i + 1;
      boolean afterWord = i > at && (isAsciiWordChar(text.charAt(i - 1)) || isBlank(text.charAt(i - 1)));
      if (c == '\\' && i + 1 < end && ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
        found = new int[] {i, i + 1, MARK};
        next = i + 2;
      } else if (c == '*' && pairedStars(text, i, end) == i) {
        int close = indexOf(text, "**", i + 2, end);
        found = new int[] {i, i + 2, MARK, close, close + 2, MARK};
        next = i + 2;
      } else if (c == '*' && openStar >= 0 && !isBlank(text.charAt(i - 1))) {
        found = new int[] {openStar, openStar + 1, MARK, i, i + 1, MARK};
        openStar = -1;
      } else if ((c == '-' || c == '*' || c == '+' || c == '>') && !afterWord && i + 1 < end && isBlank(text.charAt(i + 1))
          && indentEnd(text, i + 1, end) < end) {
        next = indentEnd(text, i + 1, end);
        found = new int[] {i, next, i > at ? BREAK : MARK};
      } else if (c == '*' && i + 1 < end && !isBlank(text.charAt(i + 1)) && text.charAt(i + 1) != '*') {
        openStar = i;
      } else if (c == '#' && !afterWord && (i == at || text.charAt(i - 1) != '#') && headingEnd(text, i, end) > 0) {
        next = headingEnd(text, i, end);
        found = new int[] {i, next, i > at ? BREAK : MARK};
      } else if (c == '#' && i > at && isBlank(text.charAt(i - 1)) && closingHashesEnd(text, i, end) > i) {
        next = closingHashesEnd(text, i, end);
        found = new int[] {i - 1, next, next < end ? BREAK : MARK};
      } else if (c == '-' && !afterWord && dashRunEnd(text, i, end) >= i + 3) {
        next = dashRunEnd(text, i, end);
        found = next < end && isAsciiWordChar(text.charAt(next)) ? null : new int[] {i, next, i > at ? BREAK : MARK};
      } else if (c == '[' || c == '!' && i + 1 < end && text.charAt(i + 1) == '[') {
        found = link(text, i, end);
        next = found == null ? i + 1 : found[found.length - 2];
      }
      if (found != null) {
        if (count + found.length > out.length) {
          out = Arrays.copyOf(out, out.length * 2 + found.length);
        }
        System.arraycopy(found, 0, out, count, found.length);
        count += found.length;
      }
      i = next;
    }
    return Arrays.copyOf(out, count);
  }

  private static boolean isAsciiWordChar(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /**
   * Where the closing hashes of a heading at {@code at} end ({@code ### 一、提升… ###}, after a blank),
   * or -1: one to six {@code #} at the words' end or before a char that is neither a blank, a hash,
   * nor a Latin letter or digit (a copy that lost the break after the heading).
   */
  private static int closingHashesEnd(String text, int at, int end) {
    int i = at;
    while (i < end && text.charAt(i) == '#') {
      i++;
    }
    if (i - at > 6 || i < end && (isBlank(text.charAt(i)) || isAsciiWordChar(text.charAt(i)))) {
      return -1;
    }
    return i;
  }

  /** Where the run of hyphens at {@code at} ends. */
  private static int dashRunEnd(String text, int at, int end) {
    int i = at;
    while (i < end && text.charAt(i) == '-') {
      i++;
    }
    return i;
  }

  /**
   * The marks of a link opening at {@code at} ({@code [words](target)}, an image {@code
   * ![words](target)}): its opening bracket, and its closing bracket with the target; or null.
   */
  private static int[] link(String text, int at, int end) {
    int open = text.charAt(at) == '!' ? at + 1 : at;
    int close = indexOf(text, "](", open + 1, end);
    if (close < 0 || close + 2 >= end || !isLinkTarget(text, close + 2)) {
      return null;
    }
    int targetEnd = indexOf(text, ")", close + 2, end);
    if (targetEnd < 0) {
      return null;
    }
    return new int[] {at, open + 1, MARK, close, targetEnd + 1, MARK};
  }

  /** Where {@code s} first occurs wholly inside {@code [from, end)} of {@code text}, or -1. */
  private static int indexOf(String text, String s, int from, int end) {
    int last = end - s.length();
    for (int i = from; i <= last; i++) {
      if (text.startsWith(s, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Sorts {@code marks} as triples by their start. */
  private static void sortTriples(int[] marks) {
    for (int k = 3; k < marks.length; k += 3) {
      int start = marks[k];
      int end = marks[k + 1];
      int kind = marks[k + 2];
      int j = k - 3;
      while (j >= 0 && marks[j] > start) {
        marks[j + 3] = marks[j];
        marks[j + 4] = marks[j + 1];
        marks[j + 5] = marks[j + 2];
        j -= 3;
      }
      marks[j + 3] = start;
      marks[j + 4] = end;
      marks[j + 5] = kind;
    }
  }
}
