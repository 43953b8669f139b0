package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;

/**
 * The marks that open a list's item in place of a number ({@code list-bullets.txt}: ●, ◆, ★…): a
 * mark at the start of a task's text is no part of its text or title, and one that a copy ran on
 * after a sentence's or a heading's end starts a line. Stateless and thread-safe.
 */
final class ListBullets {
  private static final WordTable<Boolean> BULLETS = WordLists.table("list-bullets.txt");

  private ListBullets() {}

  /** Where the bullet that opens {@code [i, end)} ends, or -1 when none opens it. */
  static int endAt(CharSequence f, int i, int end) {
    if (i >= end || !BULLETS.couldStart(f.charAt(i))) {
      return -1;
    }
    WordTable.Match<Boolean> bullet = BULLETS.matchAt(f, i, end);
    return bullet == null ? -1 : bullet.end();
  }

  /** The chars a bullet starts with. */
  static String firstChars() {
    return BULLETS.firstChars();
  }
}
