package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.NoteWords;
import io.github.policytasks.metrics.lexicon.RoleWord;
import io.github.policytasks.metrics.lexicon.UnitEnding;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.Arrays;

/**
 * The unit-name tests of the responsibility-clause reader ({@link RoleClauses}): whether a stretch
 * of the folded text reads as a unit's name ({@code unit-endings.txt}), opens or ends as one,
 * and the trimming of separators around a name. Immutable over its text.
 */
final class RoleNames {
  /** The longest unit name. */
  private static final int MAX_NAME = 40;
  /** The most ideographs of words no list holds around a role phrase ({@code 组织实施}, {@code 联合}, {@code 统筹}). */
  static final int MAX_UNKNOWN = 6;

  /** How many spans {@link #isCleanName} remembers (a power of two). */
  private static final int REMEMBERED = 64;

  private final String f;
  private final NoteReader rules;
  /**
   * The spans last tested by {@link #isCleanName} ({@code start << 32 | end}, -1 for none), by slot:
   * the shape readers, the tokeniser and the assembler each test the same names of a note.
   */
  private final long[] cleanSpans = new long[REMEMBERED];
  /** The answers for {@link #cleanSpans}. */
  private final boolean[] cleanAnswers = new boolean[REMEMBERED];

  RoleNames(String folded, NoteReader rules) {
    this.f = folded;
    this.rules = rules;
    Arrays.fill(cleanSpans, -1);
  }

  /**
   * Whether {@code [start, end)}, a name another reader gave, reads as a unit's name and nothing
   * more: it ends like a unit, and holds no role phrase, no space, no {@code 由} before it and no
   * joining word between two units ({@code 甲局和乙局}).
   */
  boolean isCleanName(int start, int end) {
    long span = (long) start << 32 | end;
    int slot = (start * 31 + end) & (REMEMBERED - 1);
    if (cleanSpans[slot] != span) {
      cleanAnswers[slot] = testCleanName(start, end);
      cleanSpans[slot] = span;
    }
    return cleanAnswers[slot];
  }

  /** {@link #isCleanName}, worked out. */
  private boolean testCleanName(int start, int end) {
    if (!isUnit(start, end) || f.charAt(start) == '由') {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      char c = f.charAt(i);
      if ((c == '和' || c == '及' || c == '与') && endsAsUnit(start, i) && rules.opensWithPlace(Math.min(i + 1, end - 1))) {
        return false;
      }
      if (RoleTables.WORDS.couldStart(c)) {
        WordTable.Match<RoleWord> word = RoleTables.WORDS.matchAt(f, i, end);
        if (word != null && RoleTables.givesRole(word.meaning())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether {@code [start, end)} reads as a unit's name: a unit ending or a group, no role word. */
  boolean isUnit(int start, int end) {
    if (end - start < 2 || end - start > MAX_NAME) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = f.charAt(i);
      if (c >= '0' && c <= '9' || c == ':' || TextChars.isBlank(c)) {
        return false;
      }
    }
    return TextChars.isCloseBracket(f.charAt(end - 1)) || endsAsUnit(start, end);
  }

  boolean allIdeographs(int start, int end) {
    for (int i = start; i < end; i++) {
      if (!TextChars.isIdeograph(f.charAt(i))) {
        return false;
      }
    }
    return start < end;
  }

  /** Whether {@code [start, end)} ends as a group does ({@code 有关部门}, {@code unit-endings.txt}). */
  boolean endsAsGroup(int start, int end) {
    return NoteWords.unitEndings().meaningEndingAt(f, end, start) == UnitEnding.GROUP;
  }

  /** Whether {@code [start, end)} ends like a unit, not a leader's post ({@code unit-endings.txt}). */
  boolean endsAsUnit(int start, int end) {
    UnitEnding ending = NoteWords.unitEndings().meaningEndingAt(f, end, start);
    return ending != null && ending != UnitEnding.LEADER;
  }

  /** Whether a name at {@code start} opens as a unit's does in prose: with a place level or 各. */
  boolean opensAsUnit(int start) {
    return rules.opensWithPlace(start);
  }

  /**
   * Where a unit's name ends inside {@code [start, end)} when words no list holds follow it
   * ({@code 市水务局联合}, {@code 县交通运输局担任}, {@code 市公安局交警支队领衔}): the longest
   * stretch from {@code start} that ends like a unit with at most {@value #MAX_UNKNOWN} ideographs after
   * it, those not opening as a name does (with a place or a group mark: {@code 全区经济运行各专班} is one
   * name); -1 when there is none.
   */
  int unitEndBefore(int start, int end) {
    for (int k = end - 1; k > start + 1 && end - k <= MAX_UNKNOWN; k--) {
      if (!TextChars.isIdeograph(f.charAt(k))) {
        return -1;
      }
      if ((end - k >= 2 || rules.endsAsOffice(start, k)) && endsAsUnit(start, k) && !rules.opensWithPlace(k)) {
        return k;
      }
    }
    return -1;
  }

  /** The most ideographs of a verb phrase after a unit, fillers included ({@code 按职责分工各负其责}). */
  static final int MAX_VERB_TAIL = 12;

  /**
   * Where a unit's name ends inside {@code [start, end)} when a verb phrase no list holds follows it,
   * maybe after fillers of {@code note-role-words.txt} ({@code 区应急管理局统一组织}, {@code
   * 县财政局按照各自职责抓好}, {@code 区人社局按职责分工各负其责}): the longest stretch from {@code start}
   * that ends like a unit, followed by fillers and then at most {@code maxUnknown} ideographs, two
   * to {@value #MAX_VERB_TAIL} in all ({@code 县商务局统一部署} is no {@code 县商务局统一部}), not opening as a
   * name does; -1 when there is none.
   */
  int verbTailUnitEnd(int start, int end, int maxUnknown) {
    for (int k = end - 1; k > start + 1 && end - k <= MAX_VERB_TAIL; k--) {
      if (!TextChars.isIdeograph(f.charAt(k))) {
        return -1;
      }
      if (end - k >= 2 && endsAsUnit(start, k) && !rules.opensWithPlace(k) && afterFillers(k, end) >= end - maxUnknown) {
        return k;
      }
    }
    return -1;
  }

  /** Where the filler words of {@code note-role-words.txt} from {@code at} end ({@code 按职责分工}). */
  int afterFillers(int at, int end) {
    int i = at;
    while (i < end && RoleTables.WORDS.couldStart(f.charAt(i))) {
      WordTable.Match<RoleWord> word = RoleTables.WORDS.matchAt(f, i, end);
      if (word == null || word.meaning() != RoleWord.FILLER) {
        break;
      }
      i = word.end();
    }
    return i;
  }

  int skip(int start, int end) {
    int i = start;
    while (i < end && (isSkipped(f.charAt(i)))) {
      i++;
    }
    return i;
  }

  int trim(int start, int end) {
    int e = end;
    while (e > start && isTrimmed(f.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** Whether {@link #skip} passes over {@code c}: a space or {@code , ; : 、 。}. */
  private static boolean isSkipped(char c) {
    return c == ' ' || c == ',' || c == ';' || c == ':' || c == '、' || c == '。';
  }

  /** Whether {@link #trim} takes {@code c} off a name's end: a space, a line break or {@code , ; : 、 。 .}. */
  private static boolean isTrimmed(char c) {
    return isSkipped(c) || c == '\n' || c == '\r' || c == '.';
  }
}
