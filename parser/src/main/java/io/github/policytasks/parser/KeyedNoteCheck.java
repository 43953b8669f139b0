package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.NoteField;
import io.github.policytasks.metrics.lexicon.NoteWords;
import io.github.policytasks.metrics.lexicon.RoleWord;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.List;

/**
 * Tells, before the general reader ({@link RoleClauses}) runs, that its reading of a plain keyed
 * note ({@code 牵头单位:县科技局、县工信局;完成时限:2021年底}) could not be kept over the shape
 * readers' (the test of {@link NoteReader}'s {@code prefersGeneral}), so the reader need not run.
 * The note must be segments parted by {@code , ;}, each a key of {@code note-keys.txt} of a unit
 * role then ideograph names parted by {@code 、}, or a deadline key then its value; names and values
 * hold no role word, key, bracket, colon, space, {@code 会同}, {@code 由 请 等}, no {@code 和 及 与} after a
 * stretch that ends like a unit (keys and values none of these nor {@code 为 是}), and every name
 * reads as a unit's ({@link RoleClauses#isCleanName}). On such a note the general
 * reader cuts the same names and gives each its key's role (or reads nothing): it names the
 * units in that order and those roles, without a shared suffix (no name is only places by level),
 * so its reading is kept only if that differs from the shape readers'. Not thread-safe.
 */
final class KeyedNoteCheck {
  /** Off only in the tests that compare the parser with and without the check. */
  static boolean enabled = true;

  /** The chars no key or deadline value of a plain keyed note holds (joining words, links, openers, {@code 等}). */
  private static final String BARRED = "和及与会为是由请等";
  /** The chars no name of a plain keyed note holds: openers and {@code 等} (joining words are tested where they stand). */
  private static final String BARRED_IN_NAMES = "由请等";
  /** The clauses that extend a rule ({@code 下同}), which the general reader skips where one starts. */
  private static final WordTable<Boolean> CLOSERS = NoteWords.defaultClosers();
  /** The most chars of a name that may be only places by level ({@code 各县区}): such names may share a suffix. */
  private static final int MAX_LEVEL_NAME = 3;

  private final String f;
  private final RoleClauses clauses;

  KeyedNoteCheck(String folded, RoleClauses clauses) {
    this.f = folded;
    this.clauses = clauses;
  }

  /**
   * Whether the general reader's reading of {@code [start, end)} could not be kept over the clean,
   * non-empty {@code shaped} reading: true only for a plain keyed note (class comment) whose names,
   * each with its key's role, are fewer than the shaped names or the same count in the same roles.
   */
  boolean generalCannotWin(int start, int end, NoteParts shaped) {
    if (!enabled) {
      return false;
    }
    List<NoteParts.Name> names = shaped.names();
    int count = 0;
    boolean rolesDiffer = false;
    NoteParts.Role role = null;
    int p = start;
    while (p < end) {
      char c = f.charAt(p);
      if (c == ',' || c == ';') {
        p++;
        continue;
      }
      if (!TextChars.isIdeograph(c) || CLOSERS.couldStart(c)) {
        return false;
      }
      NoteKeyReader.Match key = NoteKeyReader.couldStartKey(c) ? NoteKeyReader.keyAt(f, p, end) : null;
      if (key != null) {
        RoleWord word = RoleTables.keyRole(key.key());
        if (word == null || word == RoleWord.LEADER || holdsBarred(p, key.end())) {
          return false;
        }
        p = key.end();
        while (p < end && f.charAt(p) == ':') {
          p++;
        }
        if (word == RoleWord.DEADLINE) {
          p = plainValueEnd(p, end);
          if (p < 0) {
            return false;
          }
          role = null;
          continue;
        }
        role = roleOf(word, key.key());
        if (p >= end || f.charAt(p) == ',' || f.charAt(p) == ';') {
          continue;
        }
        c = f.charAt(p);
        if (!TextChars.isIdeograph(c) || CLOSERS.couldStart(c) || NoteKeyReader.couldStartKey(c) && NoteKeyReader.keyAt(f, p, end) != null) {
          return false;
        }
      } else if (role == null) {
        return false;
      }
      int from = p;
      for (; p <= end; p++) {
        char d = p < end ? f.charAt(p) : ';';
        if (d == '、' || d == ',' || d == ';') {
          if (p == from || !isPlainName(from, p, end)) {
            return false;
          }
          rolesDiffer |= count >= names.size() || names.get(count).role() != role;
          count++;
          from = p + 1;
          if (d != '、') {
            break;
          }
        } else if (!TextChars.isIdeograph(d) || BARRED_IN_NAMES.indexOf(d) >= 0 || startsRoleWord(p, end)
            || mayJoin(from, p, end)) {
          return false;
        }
      }
    }
    return count < names.size() || count == names.size() && !rolesDiffer;
  }

  /** Whether {@code [start, end)} reads as a unit's name that shares no suffix ({@code 县科技局}, not {@code 各县}). */
  private boolean isPlainName(int start, int end, int noteEnd) {
    if (!clauses.isCleanName(start, end)) {
      return false;
    }
    if (end - start > MAX_LEVEL_NAME) {
      return true;
    }
    for (int i = start; i < end; i++) {
      char c = f.charAt(i);
      if (c != '各' && RoleTables.LEVELS.indexOf(c) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of a deadline key's value from {@code p}: the next {@code ;} or {@code end}; -1 when the
   * value holds a break the general reader ends it at, a bracket, a colon, a role word or a key.
   */
  private int plainValueEnd(int p, int end) {
    for (int i = p; i < end; i++) {
      char c = f.charAt(i);
      if (c == ';') {
        return i;
      }
      if (c == '。' || c == ':' || TextChars.isLineBreak(c) || TextChars.isOpenBracket(c) || TextChars.isCloseBracket(c)
          || TextChars.isBlank(c) || BARRED.indexOf(c) >= 0 || CLOSERS.couldStart(c) || startsRoleWord(i, end)
          || NoteKeyReader.couldStartKey(c) && NoteKeyReader.keyAt(f, i, end) != null) {
        return -1;
      }
    }
    return end;
  }

  /**
   * Whether the general reader may part names at {@code at} of the name from {@code from}: {@code 会同},
   * or {@code 和 及 与 以及} after a name that ends like a unit ({@code 县发展和改革局} is one name).
   */
  private boolean mayJoin(int from, int at, int end) {
    char c = f.charAt(at);
    if (c == '会') {
      return at + 1 < end && f.charAt(at + 1) == '同';
    }
    if (c != '和' && c != '及' && c != '与') {
      return false;
    }
    return clauses.endsAsUnit(from, at) || c == '及' && at - 1 > from && f.charAt(at - 1) == '以' && clauses.endsAsUnit(from, at - 1);
  }

  private boolean startsRoleWord(int at, int end) {
    return RoleTables.WORDS.couldStart(f.charAt(at)) && RoleTables.WORDS.matchAt(f, at, end) != null;
  }

  /** The role the general reader gives a name under a key ({@link RoleAssembler}'s keyed roles). */
  private static NoteParts.Role roleOf(RoleWord word, NoteField key) {
    switch (word) {
      case LEAD:
        return NoteParts.Role.LEAD;
      case SUPPORTING:
        return NoteParts.Role.SUPPORTING;
      default:
        return key == NoteField.RESPONSIBLE_DEPARTMENT ? NoteParts.Role.RESPONSIBLE_DEPARTMENT : NoteParts.Role.RESPONSIBLE;
    }
  }

  private boolean holdsBarred(int start, int end) {
    for (int i = start; i < end; i++) {
      if (BARRED.indexOf(f.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
