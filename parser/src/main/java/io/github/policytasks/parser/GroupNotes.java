package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.GroupNoteWord;
import io.github.policytasks.metrics.lexicon.NoteWords;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
  /** The first chars of the openers ({@code 以上}, {@code 上述}, {@code 以上所列}): {@link #couldOpen}. */
  private static final String OPENING_CHARS = "以上";
  private static final long[] OPENING = TextChars.charSet(OPENING_CHARS);
  /** The most words between the opener and {@code 由} or the key. */
  static final int MAX_WORDS = 4;
  /** The longest count or list of task numbers before {@code 项} ({@code 第1—12}, {@code 第3、5、7}). */
  private static final int MAX_COUNT = 16;

  private GroupNotes() {}

  /**
   * Whether a group note could open at a character {@code c}, or right after it where {@code c}
   * opens a bracket: the one cheap test made before {@link #unitsStart}.
   */
  static boolean couldOpen(char c) {
    return TextChars.in(OPENING, c);
  }

  /** The chars {@link #couldOpen} answers yes for: the first chars of the openers of {@code note-group-openers.txt}. */
  static String openingChars() {
    return OPENING_CHARS;
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
      if (NoteKeyReader.couldStartKey(f.charAt(p)) && NoteKeyReader.isKeyAt(f, p, end)) {
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
   * The end of a count of tasks at {@code at} ({@code 3项}, {@code 三项}) or of the numbers of the
   * tasks named ({@code 第1—2项}, {@code 第3、5项}, {@code 1-3项}, {@code 第1项、第3项}), or -1: runs
   * of digits or Chinese numerals, each after an optional {@code 第}, joined by a list mark or a
   * range's separator, then {@code 项}; at most {@value #MAX_COUNT} characters.
   */
  private static int countEnd(String f, int at, int end) {
    int limit = Math.min(end, at + MAX_COUNT);
    int k = at;
    boolean number = false;
    while (k < limit) {
      char c = f.charAt(k);
      if (TextChars.isDigit(c) || ChineseNumerals.isNumeral(c)) {
        number = true;
        k++;
      } else if (c == ORDINAL && (k == at || isJoin(f.charAt(k - 1)))) {
        k++;
      } else if (c == ITEM && number && k + 1 < limit && isJoin(f.charAt(k + 1))) {
        k++;
      } else if (number && isJoin(c)) {
        k++;
      } else {
        break;
      }
    }
    return number && k < end && f.charAt(k) == ITEM ? k + 1 : -1;
  }

  /**
   * Where the next part of a group note that names task numbers starts within {@code [from, end)}
   * ({@code 上述第1—2项由A牵头，第3项由B牵头。}: at {@code 第3项}), or -1: a clause mark, then the
   * numbers of tasks ({@code 第3项}, {@code 第4、5项}) and an object or {@code 由} right after.
   */
  static int nextNamedPart(String f, int from, int end) {
    for (int k = from; k + 1 < end; k++) {
      if (CLAUSE_MARKS.indexOf(f.charAt(k)) < 0 || f.charAt(k + 1) != ORDINAL) {
        continue;
      }
      int count = countEnd(f, k + 1, end);
      if (count > 0 && count < end && WORDS.matchAt(f, count, end) != null) {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * One part of a group note that names task numbers ({@code 第3项由县商务局牵头}): the numbers of
   * the tasks it names, in the order written, and where its units start, after its {@code 由}.
   */
  record NamedPart(int[] tasks, int unitsStart) {}

  /**
   * The part that opens at {@code part} within {@code end} (one that {@link #nextNamedPart} found,
   * or a sentence opening with {@code 第3项由…}), its count read once; null when it names no task
   * numbers or no units follow them.
   */
  static @Nullable NamedPart namedPart(String f, int part, int end) {
    int count = countEnd(f, part, end);
    int[] tasks = count < 0 ? null : numbers(f, part, count - 1);
    int units = tasks == null ? -1 : unitsAfterCount(f, count, end);
    return units < 0 ? null : new NamedPart(tasks, units);
  }

  /** Where the units start after a part's numbers of tasks, which end at {@code count}: after its {@code 由}; else -1. */
  private static int unitsAfterCount(String f, int count, int end) {
    int p = count;
    for (int words = 0; words <= MAX_WORDS && p < end; words++) {
      WordTable.Match<GroupNoteWord> word = WORDS.matchAt(f, p, end);
      if (word == null || word.meaning() == GroupNoteWord.OPENER) {
        return -1;
      }
      if (word.meaning() == GroupNoteWord.BY) {
        return word.end();
      }
      p = word.end();
    }
    return -1;
  }

  /** Marks that end one part of a group note and may open the next: {@code ，第3项由…}. */
  private static final String CLAUSE_MARKS = "，,；;";

  /**
   * The numbers of the tasks that the group note at {@code start} names ({@code 上述第1—2项由…},
   * {@code 以上第3、5项任务由…}, {@code 以上1-3项由…}), in the order written, a range read as every
   * number in it; null when it names none and so speaks of every task of its group ({@code
   * 以上任务由…}, {@code 以上3项任务由…}: a count, not a number). {@code units} is where its units
   * start ({@link #unitsStart}).
   */
  static int @Nullable [] namedTasks(String f, int start, int units) {
    WordTable.Match<GroupNoteWord> opener = WORDS.matchAt(f, start, units);
    if (opener == null) {
      return null;
    }
    int p = opener.end();
    for (int words = 0; words <= MAX_WORDS && p < units; words++) {
      WordTable.Match<GroupNoteWord> word = WORDS.matchAt(f, p, units);
      if (word != null) {
        p = word.end();
        continue;
      }
      int count = countEnd(f, p, units);
      if (count < 0) {
        return null;
      }
      return numbers(f, p, count - 1);
    }
    return null;
  }

  /**
   * The task numbers written in {@code f[from, to)} (before its {@code 项}), or null when it is a
   * single number without {@code 第} (a count of tasks): a range's ends give every number between
   * them, at most {@value #MAX_NAMED}.
   */
  private static int @Nullable [] numbers(String f, int from, int to) {
    List<Integer> named = new ArrayList<>();
    boolean ordinal = false;
    boolean joined = false;
    int rangeFrom = -1;
    int k = from;
    while (k < to) {
      char c = f.charAt(k);
      int runEnd = TextChars.isDigit(c) ? ChineseNumerals.digitsEnd(f, k, to)
          : ChineseNumerals.isNumeral(c) ? ChineseNumerals.runEnd(f, k, to) : k;
      if (runEnd == k) {
        ordinal |= c == ORDINAL;
        if (isRange(c)) {
          rangeFrom = named.isEmpty() ? -1 : named.get(named.size() - 1);
        }
        joined |= isJoin(c);
        k++;
        continue;
      }
      int value = ChineseNumerals.parse(f, k, runEnd);
      if (value < 0) {
        return null;
      }
      if (rangeFrom >= 0) {
        for (int n = rangeFrom + 1; n <= value && named.size() < MAX_NAMED; n++) {
          named.add(n);
        }
        rangeFrom = -1;
      } else {
        named.add(value);
      }
      k = runEnd;
    }
    if (named.isEmpty() || !ordinal && !joined) {
      return null;
    }
    return named.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether {@code c} joins task numbers: a list mark or a range's separator. */
  private static boolean isJoin(char c) {
    return LIST_MARKS.indexOf(c) >= 0 || isRange(c);
  }

  private static boolean isRange(char c) {
    return RANGE_MARKS.indexOf(c) >= 0;
  }

  /** The ordinal mark before a task number: {@code 第3项}. */
  private static final char ORDINAL = '第';
  /** The word that ends a count or the numbers of tasks: {@code 3项}. */
  private static final char ITEM = '项';
  /** Marks that list task numbers: {@code 第3、5项}. */
  private static final String LIST_MARKS = "、,，和及";
  /** Marks that join the ends of a range of task numbers: {@code 第1—2项}. */
  private static final String RANGE_MARKS = "-—–－~～至到";
  /** The most task numbers a range names. */
  private static final int MAX_NAMED = 50;
}
