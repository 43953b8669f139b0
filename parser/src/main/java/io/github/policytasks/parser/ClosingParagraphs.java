package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.DocumentKinds;

/**
 * Where a closing paragraph opens that a copy without line breaks ran onto a note's last unit
 * ({@code 配合单位：县财政局、县直各部门本方案由县发展和改革局负责解释。}): {@code 本} and a word of a document
 * kind ({@code 本方案}, {@code 本清单}, {@code 本要点}: {@code document-kinds.txt}), then, within
 * {@value #MAX_CLOSING} chars, {@code 负责解释} or {@code 自印发之日起} / {@code 自发布之日起}. Such a
 * paragraph belongs to no task (annotation guide §6, not the plan). Stateless and thread-safe.
 */
final class ClosingParagraphs {
  /** The most chars between the document's word and the closing words. */
  static final int MAX_CLOSING = 40;
  /** The longest word of a document kind read after {@code 本}. */
  private static final int MAX_KIND = 3;

  private ClosingParagraphs() {}

  /** {@return whether a closing paragraph can open at {@code c} (its {@code 本})} */
  static boolean couldOpen(char c) {
    return c == '本';
  }

  /** {@return the chars at which a closing paragraph can open} */
  static String openingChars() {
    return "本";
  }

  /** Whether a closing paragraph opens at {@code i} of the folded text {@code f}, within {@code [i, end)}. */
  static boolean opensAt(String f, int i, int end) {
    if (f.charAt(i) != '本') {
      return false;
    }
    int kindEnd = -1;
    for (int e = i + 2; e <= Math.min(i + 1 + MAX_KIND, end) && kindEnd < 0; e++) {
      if (DocumentKinds.endsTitleAt(f, e, i + 1)) {
        kindEnd = e;
      }
    }
    if (kindEnd < 0) {
      return false;
    }
    int limit = Math.min(end, kindEnd + MAX_CLOSING);
    return within(f, "负责解释", kindEnd, limit) || within(f, "自印发之日起", kindEnd, limit)
        || within(f, "自发布之日起", kindEnd, limit);
  }

  private static boolean within(String f, String words, int from, int limit) {
    for (int k = from; k + words.length() <= limit; k++) {
      if (f.startsWith(words, k)) {
        return true;
      }
    }
    return false;
  }
}
