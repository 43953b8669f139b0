package io.github.policytasks.metrics.lexicon;

import java.util.List;

/**
 * The markup tags that stand for a line break, left as written in a copy's text ({@code
 * markup-breaks.txt}: {@code br}): a tag {@code <br>}, {@code <br/>} or {@code <br />}, its name
 * in any case. {@link Folding} reads each as blanks. Immutable and thread-safe.
 */
public final class MarkupBreaks {
  private static final List<String> NAMES = List.copyOf(LexiconFile.wordSet("markup-breaks.txt").keySet());

  private MarkupBreaks() {}

  /**
   * {@return the end of the line-break tag that opens at {@code at} in {@code text}, or -1 when
   * none does}
   *
   * @param text the text
   * @param at the index of a {@code <}
   */
  public static int tagEnd(CharSequence text, int at) {
    int length = text.length();
    if (at >= length || text.charAt(at) != '<') {
      return -1;
    }
    for (int n = 0; n < NAMES.size(); n++) {
      String name = NAMES.get(n);
      int i = at + 1;
      int k = 0;
      while (k < name.length() && i < length && lower(text.charAt(i)) == name.charAt(k)) {
        i++;
        k++;
      }
      if (k < name.length()) {
        continue;
      }
      while (i < length && text.charAt(i) == ' ') {
        i++;
      }
      if (i < length && text.charAt(i) == '/') {
        i++;
      }
      if (i < length && text.charAt(i) == '>') {
        return i + 1;
      }
    }
    return -1;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
