package io.github.policytasks.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Aligns the expected tasks of an annotated plan with the tasks a parser found, as a sequence
 * alignment (Needleman–Wunsch with free gaps) over the key (section, subsection, number, opening
 * words): one spurious or missing task costs one gap and never shifts the pairs after it. Two
 * tasks may pair only when their opening words agree, or when their section and written number
 * both agree; among all order-preserving pairings the one with the highest total agreement wins.
 */
final class TaskAlignment {
  private TaskAlignment() {}

  /**
   * What the alignment looks at in one task, expected or found; {@code opening} is kept
   * {@linkplain #squeeze squeezed} and cut to its first 64 characters, all the comparison reads.
   */
  record Key(int section, @Nullable Integer subsection, int number, String opening) {
    Key {
      String squeezed = squeeze(Objects.requireNonNull(opening, "opening"));
      opening = squeezed.length() > 64 ? squeezed.substring(0, 64) : squeezed;
    }
  }

  /**
   * The pairs of an optimal alignment, as index pairs {@code [expectedIndex, foundIndex]} in
   * document order; indices not named in any pair are gaps (missed or spurious tasks).
   */
  static List<int[]> align(List<Key> expected, List<Key> found) {
    int n = expected.size();
    int m = found.size();
    int[][] best = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        int pair = agreement(expected.get(i), found.get(j));
        int take = pair > 0 ? pair + best[i + 1][j + 1] : Integer.MIN_VALUE;
        best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
      }
    }
    List<int[]> pairs = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      int pair = agreement(expected.get(i), found.get(j));
      if (pair > 0 && best[i][j] == pair + best[i + 1][j + 1]) {
        pairs.add(new int[] {i, j});
        i++;
        j++;
      } else if (best[i][j] == best[i + 1][j]) {
        i++;
      } else {
        j++;
      }
    }
    return Collections.unmodifiableList(pairs);
  }

  /**
   * How well two tasks agree: 0 when they may not pair; otherwise 32 for the same opening words,
   * plus 4 for the same number, 2 for the same section and 1 for the same subsection. The opening
   * words outweigh any two pairs made on number and section alone, so a spurious task never
   * pulls the numbers of the tasks after it into wrong pairs.
   */
  static int agreement(Key expected, Key found) {
    boolean opening = sameOpening(expected.opening(), found.opening());
    boolean number = expected.number() == found.number();
    boolean section = expected.section() == found.section();
    if (!opening && !(number && section)) {
      return 0;
    }
    return (opening ? 32 : 0)
        + (number ? 4 : 0)
        + (section ? 2 : 0)
        + (Objects.equals(expected.subsection(), found.subsection()) ? 1 : 0);
  }

  /**
   * Whether a found task's text opens with the expected opening words: both compared without
   * whitespace, table bars and quotes, the expected words found within the first characters of
   * the found text (a table row may put a number or a cell before them).
   */
  static boolean sameOpening(String expected, String found) {
    String want = squeeze(expected);
    if (want.length() > 40) {
      want = want.substring(0, 40);
    }
    if (want.isEmpty()) {
      return false;
    }
    String got = squeeze(found);
    int at = got.indexOf(want);
    return at >= 0 && at <= 24;
  }

  /** The text without whitespace (ASCII, U+3000, U+00A0), table bars and straight or curly quotes. */
  static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0' && c != '|'
          && c != '"' && c != '“' && c != '”') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
