package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.ArrayChars;
import io.github.policytasks.metrics.lexicon.Ideographs;

/**
 * Character classes the target rules share: clause and sentence breaks, list separators, spaces,
 * digits, brackets, line breaks, CJK ideographs. Works on text already folded by the lexicon's
 * {@code Folding} (ASCII digits, Simplified characters, every space within a line as {@code ' '}). Stateless and thread-safe.
 */
final class TextChars {
  /**
   * The folded chars that end a sentence inside a line: {@link #isSentenceStop}. Folding makes
   * {@code ；！？} their half-width forms, so in folded text these four are all there are.
   */
  private static final String SENTENCE_STOP_CHARS = "。;!?";
  private static final long[] SENTENCE_STOPS = charSet(SENTENCE_STOP_CHARS);
  private static final String SENTENCE_BREAK_CHARS = SENTENCE_STOP_CHARS + "；！？\n\r";
  private static final long[] SENTENCE_BREAKS = charSet(SENTENCE_BREAK_CHARS);
  private static final long[] CLAUSE_BREAKS = charSet(SENTENCE_BREAK_CHARS + "，,：:");

  private TextChars() {}

  /** The folded chars that open a bracket: {@link #isOpenBracket}. */
  static final String OPEN_BRACKET_CHARS = "(〔【[〖";
  /** The folded chars that close a bracket: {@link #isCloseBracket}. */
  static final String CLOSE_BRACKET_CHARS = ")〕】]〗";
  private static final long[] OPEN_BRACKETS = charSet(OPEN_BRACKET_CHARS);
  private static final long[] CLOSE_BRACKETS = charSet(CLOSE_BRACKET_CHARS);

  /** Whether the folded character {@code c} is a space within a line (folding makes every such space {@code ' '}). */
  static boolean isBlank(char c) {
    return c == ' ';
  }

  /** Whether {@code c} ends a line (LF or CR). */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** Whether the folded character {@code c} opens a bracket: ( 〔 【 [ 〖. */
  static boolean isOpenBracket(char c) {
    return in(OPEN_BRACKETS, c);
  }

  /** Whether the folded character {@code c} closes a bracket: ) 〕 】 ] 〗. */
  static boolean isCloseBracket(char c) {
    return in(CLOSE_BRACKETS, c);
  }

  /**
   * The first index in {@code [from, to)} at which {@code word} starts in {@code text} (the word
   * may run past {@code to}), or -1. Unlike {@link String#indexOf(String, int)} it never looks
   * past {@code to}, so a search confined to one line costs that line, not the rest of the text.
   */
  static int indexOf(String text, String word, int from, int to) {
    char first = word.charAt(0);
    int last = Math.min(to, text.length() - word.length() + 1);
    for (int i = Math.max(from, 0); i < last; i++) {
      if (ArrayChars.at(text, i) == first && text.startsWith(word, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code word} stands at {@code at} in {@code text}: {@link String#startsWith(String,
   * int)} for any char sequence (false for an {@code at} outside the text).
   */
  static boolean startsWith(CharSequence text, String word, int at) {
    if (text instanceof String string) {
      return string.startsWith(word, at);
    }
    if (text instanceof TextWindow window) {
      return window.startsWith(word, at);
    }
    if (at < 0 || at > text.length() - word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (ArrayChars.at(text, at + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The first index of {@code c} in {@code text[from, to)}, or -1. */
  static int indexOf(String text, char c, int from, int to) {
    int last = Math.min(to, text.length());
    for (int i = Math.max(from, 0); i < last; i++) {
      if (ArrayChars.at(text, i) == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the bracket that closes {@code s} opens, or -1: {@code s} ends with {@code )} or {@code
   * ）} and its last opening bracket of the same width stands after its first character ({@code
   * 城镇化率（%）} → 4, {@code 目标值(2025年)} → 3); a bracket with nothing before it ({@code （%）})
   * closes no name. Works on folded text ({@code ()} only) and on text as written alike.
   */
  static int closingBracketOpen(String s) {
    if (s.isEmpty()) {
      return -1;
    }
    char close = s.charAt(s.length() - 1);
    char open = close == '）' ? '（' : close == ')' ? '(' : 0;
    int at = open == 0 ? -1 : s.lastIndexOf(open);
    return at > 0 ? at : -1;
  }

  /**
   * The bracket of {@code text} that closes the one opened at {@code open}, brackets nested inside
   * counted, looked for before {@code end}; -1 when none closes it there.
   */
  static int closingBracket(String text, int open, int end) {
    int depth = 0;
    for (int i = open; i < end; i++) {
      if (isOpenBracket(text.charAt(i))) {
        depth++;
      } else if (isCloseBracket(text.charAt(i)) && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Which of the chars {@code chars[from, to)} (at most 64) are in {@code set}: bit {@code j} of the
   * answer for {@code chars[from + j]}, so that a scan can go on from the set bits alone.
   */
  static long memberBits(long[] set, char[] chars, int from, int to) {
    long bits = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      bits |= (set[c >>> 6] >>> c & 1L) << (i - from);
    }
    return bits;
  }

  /**
   * The chars of {@code chars} as a set for {@link #in}: one bit per char (8 KB), which the scans
   * that ask it at every char keep in the nearest cache, where a boolean per char (64 KB) is not.
   */
  static long[] charSet(String chars) {
    long[] set = new long[(Character.MAX_VALUE + 1) >>> 6];
    for (int i = 0; i < chars.length(); i++) {
      add(set, chars.charAt(i));
    }
    return set;
  }

  /** Adds {@code c} to a set of {@link #charSet}. */
  static void add(long[] set, char c) {
    set[c >>> 6] |= 1L << c;
  }

  /** Whether {@code c} is in a set of {@link #charSet}. */
  static boolean in(long[] set, char c) {
    return (set[c >>> 6] & 1L << c) != 0;
  }

  /**
   * Whether the folded character {@code c} ends a sentence inside a line: {@code 。;!?} (a line
   * break aside, which {@link #isSentenceBreak} counts too). The one table of these chars that the
   * line and field rules share.
   */
  static boolean isSentenceStop(char c) {
    return in(SENTENCE_STOPS, c);
  }

  /** Whether {@code c} ends a sentence: {@code 。；！？} and their half-width forms, or a line break. */
  static boolean isSentenceBreak(char c) {
    return in(SENTENCE_BREAKS, c);
  }

  /**
   * Whether {@code c} ends a clause: a sentence break, a comma ({@code ，} or {@code ,}) or a
   * colon. The list mark {@code 、} does not end a clause.
   */
  static boolean isClauseBreak(char c) {
    return in(CLAUSE_BREAKS, c);
  }

  /** {@return a new set of {@link #charSet} holding the chars {@link #isClauseBreak} answers yes to} */
  static long[] clauseBreakChars() {
    return CLAUSE_BREAKS.clone();
  }

  /** Whether {@code text[i]} is a full stop written as an ASCII period between words, not a decimal point. */
  static boolean isPeriodBreak(CharSequence text, int i) {
    if (ArrayChars.at(text, i) != '.') {
      return false;
    }
    boolean digitBefore = i > 0 && isDigit(ArrayChars.at(text, i - 1));
    boolean digitAfter = i + 1 < text.length() && isDigit(ArrayChars.at(text, i + 1));
    return !(digitBefore && digitAfter);
  }

  /** Whether {@code text[i]} ends a clause, an ASCII period included when it is not a decimal point. */
  static boolean isClauseBreakAt(CharSequence text, int i) {
    char c = ArrayChars.at(text, i);
    return in(CLAUSE_BREAKS, c) || c == '.' && isPeriodBreak(text, i);
  }

  /** Whether {@code text[i]} ends a sentence, an ASCII period included when it is not a decimal point. */
  static boolean isSentenceBreakAt(CharSequence text, int i) {
    char c = ArrayChars.at(text, i);
    return in(SENTENCE_BREAKS, c) || c == '.' && isPeriodBreak(text, i);
  }

  /** Whether {@code c} separates the items of a list: {@code 、}. */
  static boolean isListBreak(char c) {
    return c == '、';
  }

  /** Whether {@code c} is white space inside a line: ASCII space, tab, ideographic or no-break space. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
  }

  /** Whether {@code c} is an ASCII digit (full-width digits are folded to these first). */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code c} is an ASCII letter. */
  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Whether {@code c} is a CJK unified ideograph (the basic block and extension A). */
  static boolean isIdeograph(char c) {
    return Ideographs.is(c);
  }

  /** The index of the first non-space character at or after {@code i}, at most {@code limit}. */
  static int skipSpaces(CharSequence text, int i, int limit) {
    while (i < limit && isSpace(ArrayChars.at(text, i))) {
      i++;
    }
    return i;
  }

  /** The index just after the last non-space character before {@code i}, at least {@code floor}. */
  static int skipSpacesBack(CharSequence text, int i, int floor) {
    while (i > floor && isSpace(ArrayChars.at(text, i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * Where the last stretch of {@code [from, end)} starts that follows one of the characters {@code
   * ends} (or, with {@code lineBreaks}, a line break) standing outside brackets at or after {@code
   * from}: the index after the last such character; -1 when none stands there.
   */
  static int lastStretchStart(CharSequence text, int from, int end, String ends, boolean lineBreaks) {
    int depth = 0;
    for (int i = end - 1; i >= from; i--) {
      char c = ArrayChars.at(text, i);
      if (isCloseBracket(c)) {
        depth++;
      } else if (isOpenBracket(c) && depth > 0) {
        depth--;
      } else if (depth == 0 && (ends.indexOf(c) >= 0 || lineBreaks && isLineBreak(c))) {
        return i + 1;
      }
    }
    return -1;
  }
}
