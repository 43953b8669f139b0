package io.github.policytasks.parser;

/**
 * Finds where a crawl holds the whole page twice: the document's opening words recur once, and
 * from there to the end (blanks aside) the text is, character for character, the document from
 * its start, the copy beginning after the original ends. A careful reader reads one plan from
 * such a page; the copy is set aside with a diagnostic. A copy shorter than {@value #MIN_COPY}
 * characters is no repeat (a title line or a header said twice is the layout's, not the crawl's),
 * and a file of many plans one after another (the opening words recurring more than once before
 * the last copy) is read whole. One candidate, one comparison: linear. Stateless.
 */
final class RepeatedCopy {
  /** The shortest copy taken as a repeated document. */
  static final int MIN_COPY = 200;
  private static final int PROBE = 32;
  private static final int TAIL_CHECK = 32;

  private RepeatedCopy() {}

  /** Where the repeated copy of the document starts in the folded text, or -1 when there is none. */
  static int start(String f) {
    int first = skipBlank(f, 0);
    int end = f.length();
    while (end > first && (TextChars.isBlank(f.charAt(end - 1)) || TextChars.isLineBreak(f.charAt(end - 1)))) {
      end--;
    }
    if (end - first < 2 * MIN_COPY) {
      return -1;
    }
    String probe = f.substring(first, first + PROBE);
    int copy = f.indexOf(probe, first + 1);
    if (copy < 0) {
      return -1;
    }
    int length = end - copy;
    boolean twice = length >= MIN_COPY && copy >= first + length
        && f.regionMatches(copy + length - TAIL_CHECK, f, first + length - TAIL_CHECK, TAIL_CHECK)
        && f.regionMatches(copy, f, first, length);
    return twice ? copy : -1;
  }

  private static int skipBlank(String f, int i) {
    int k = i;
    while (k < f.length() && (TextChars.isBlank(f.charAt(k)) || TextChars.isLineBreak(f.charAt(k)))) {
      k++;
    }
    return k;
  }
}
