package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.GroupNoteWord;
import io.github.policytasks.metrics.lexicon.NoteWords;
import io.github.policytasks.metrics.lexicon.WordTable;

/**
 * Recognises the opening of a group note: a sentence after the tasks it speaks of that names the
 * units of every task above it in its group ({@code 以上任务由县文化和旅游局牵头，各乡镇人民政府配合。},
 * {@code 上述各项工作均由县水利局负责。}, {@code 以上任务牵头单位：…；责任单位：…}), annotation guide §2
 * and §6 (Notes). The opening is an opener ({@code 以上}, {@code 上述}), at most {@value #MAX_WORDS}
 * words of scope, count ({@code 3项}, {@code 三项}), object or all, then {@code 由} and the units in
 * verb form, or a note key and the units keyed ({@code note-group-openers.txt}). Every scan is
 * bounded. Stateless and thread-safe.
 */
final class GroupNotes {
  /** The words of the opening, by the part each plays. */
  private static final WordTable<GroupNoteWord> WORDS = NoteWords.groupOpeners();
  /** The most words between the opener and {@code 由} or the key. */
  static final int MAX_WORDS = 4;
  /** The longest count before {@code 项} ({@code 1-12}, {@code 十二}). */
  private static final int MAX_COUNT = 6;

  private GroupNotes() {}

  /**
   * Whether a group note could open at a character {@code c}, or right after it where {@code c}
   * opens a bracket: the one cheap test made before {@link #unitsStart}.
   */
  static boolean couldOpen(char c) {
    return c == '以' || c == '上';
  }

  /**
   * Where the units of the group note that opens at {@code start} start (after {@code 由}, or at
   * the note key), within {@code end}; -1 when no group note opens there.
   */
  static int unitsStart(String f, int start, int end) {
    if (start >= end || !couldOpen(f.charAt(start))) {
      return -1;
    }
    WordTable.Match<GroupNoteWord> opener = WORDS.matchAt(f, start, end);
    if (opener == null || opener.meaning() != GroupNoteWord.OPENER) {
      return -1;
    }
    int p = opener.end();
    for (int words = 0; words <= MAX_WORDS && p < end; words++) {
      if (NoteKeyReader.couldStartKey(f.charAt(p)) && NoteKeyReader.keyAt(f, p, end) != null) {
        return p;
      }
      WordTable.Match<GroupNoteWord> word = WORDS.matchAt(f, p, end);
      if (word != null && word.meaning() == GroupNoteWord.BY) {
        return word.end();
      }
      if (word != null && word.meaning() != GroupNoteWord.OPENER) {
        p = word.end();
        continue;
      }
      int count = countEnd(f, p, end);
      if (count < 0) {
        return -1;
      }
      p = count;
    }
    return -1;
  }

  /**
   * Where the units start in a sentence of {@code [start, end)} that gives the units of every task
   * of the plan without a note of its own ({@code 本要点所列各项任务，除另有注明外，均由县农业农村局牵头，
   * 各乡镇人民政府负责落实。}), right after its {@code 由}; -1 when no sentence does: before {@code 由}
   * the sentence names what it speaks of (an object word, {@code 任务}) and all of it (a scope word,
   * {@code 各项}, or an all word right before {@code 由}, {@code 均}). Looks at each {@code 由} once
   * and at most {@value #MAX_DEFAULT_REACH} characters before it.
   */
  static int defaultUnitsStart(String f, int start, int end) {
    for (int by = TextChars.indexOf(f, '由', start, end); by > start; by = TextChars.indexOf(f, '由', by + 1, end)) {
      WordTable.Match<GroupNoteWord> before = WORDS.matchEndingAt(f, by, start);
      boolean all = before != null && before.meaning() == GroupNoteWord.ALL;
      boolean scope = false;
      boolean object = false;
      for (int k = by - 1; k >= Math.max(start, by - MAX_DEFAULT_REACH) && f.charAt(k) != '。'; k--) {
        WordTable.Match<GroupNoteWord> word = WORDS.matchAt(f, k, by);
        if (word != null) {
          scope |= word.meaning() == GroupNoteWord.SCOPE;
          object |= word.meaning() == GroupNoteWord.OBJECT;
        }
      }
      if (object && (all || scope)) {
        return by + 1;
      }
    }
    return -1;
  }

  /** The farthest a preamble sentence's words are looked for before its {@code 由}. */
  static final int MAX_DEFAULT_REACH = 40;

  /**
   * The end of a count of tasks at {@code at} ({@code 3项}, {@code 1-3项}, {@code 三项}), or -1: a
   * run of digits or Chinese numerals, with a range's separator inside, then {@code 项}.
   */
  private static int countEnd(String f, int at, int end) {
    int k = at;
    int limit = Math.min(end, at + MAX_COUNT);
    while (k < limit && (TextChars.isDigit(f.charAt(k)) || ChineseNumerals.isNumeral(f.charAt(k))
        || k > at && (f.charAt(k) == '-' || f.charAt(k) == '至'))) {
      k++;
    }
    return k > at && k < end && f.charAt(k) == '项' ? k + 1 : -1;
  }
}
