package io.github.policytasks.parser;

import io.github.policytasks.core.DocumentReference;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.metrics.lexicon.Folding;
import java.util.List;
import java.util.Set;

/**
 * Finds cited documents in a stretch of text: {@code 《title》} optionally followed by its document
 * number in brackets ({@code 《…》(鲁政办字〔2023〕5号)}). Nested book-title marks are kept in the
 * title; a citation never runs across a line break. Stateless and thread-safe.
 */
final class ReferenceReader {
  private static final int MAX_TITLE = 300;
  private static final int MAX_NUMBER = 60;

  private ReferenceReader() {}

  /**
   * Adds the citations in {@code [start, end)} to {@code out}, skipping titles in {@code skip}
   * (compact folded form) and titles already added; with {@code numberedOnly}, only citations
   * that give a document number count (a task's {@code 制定《…方案》} names a document to be
   * written, not one cited). {@code marks} finds the {@code 《} marks of {@code f}.
   */
  static void read(SourceText source, String f, TitleMarks marks, int start, int end, Set<String> skip,
      List<DocumentReference> out, Set<String> added, boolean numberedOnly) {
    int i = marks.next(start, end);
    while (i < end) {
      int close = matchClose(f, i, end);
      if (close < 0) {
        i = marks.next(i + 1, end);
        continue;
      }
      String title = source.text().substring(i + 1, close).strip();
      int spanEnd = close + 1;
      String number = null;
      int after = LineShapes.skipBlanks(f, close + 1, end);
      if (after < end && TextChars.isOpenBracket(f.charAt(after))) {
        int paren = indexOfClose(f, after + 1, Math.min(end, after + MAX_NUMBER));
        if (paren > after) {
          String content = source.text().substring(after + 1, paren).strip();
          if (isDocumentNumber(Folding.fold(content))) {
            number = content;
            spanEnd = paren + 1;
          }
        }
      }
      String key = compact(Folding.fold(title));
      if (!title.isEmpty() && !skip.contains(key) && (number != null || !numberedOnly)
          && added.add(key + "|" + number)) {
        out.add(DocumentReference.builder()
            .title(title)
            .documentNumber(number)
            .span(SourceSpan.of(i, spanEnd))
            .build());
      }
      i = marks.next(spanEnd, end);
    }
  }

  /** The folded text without spaces. */
  static String compact(String folded) {
    return folded.replace(" ", "");
  }

  /** Whether folded {@code text} reads as a document number: {@code 鲁政办字〔2023〕5号}. */
  static boolean isDocumentNumber(String text) {
    if (text.isEmpty() || !text.endsWith("号") || text.length() > MAX_NUMBER) {
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      if (TextChars.isDigit(text.charAt(i))) {
        digit = true;
      }
    }
    return digit && (text.indexOf('〔') >= 0 || text.indexOf('[') >= 0 || text.indexOf('(') >= 0
        || text.indexOf('第') >= 0 || text.indexOf('字') >= 0 || text.indexOf('〕') >= 0);
  }

  private static int matchClose(String f, int open, int end) {
    int depth = 0;
    int limit = Math.min(end, open + MAX_TITLE);
    for (int i = open; i < limit; i++) {
      char c = f.charAt(i);
      if (TextChars.isLineBreak(c)) {
        return -1;
      }
      if (c == '《') {
        depth++;
      } else if (c == '》') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The offset of the bracket closing the one at {@code open - 1}, or -1. */
  private static int indexOfClose(String f, int from, int limit) {
    char opening = f.charAt(from - 1);
    char closing = opening == '(' ? ')' : opening == '[' ? ']' : opening == '【' ? '】' : opening == '〔' ? '〕' : ')';
    for (int i = from; i < limit; i++) {
      char c = f.charAt(i);
      if (TextChars.isLineBreak(c)) {
        return -1;
      }
      if (c == closing) {
        return i;
      }
    }
    return -1;
  }

}
