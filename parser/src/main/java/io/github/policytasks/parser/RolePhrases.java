package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.RoleWord;
import io.github.policytasks.metrics.lexicon.WordTable;
import org.jspecify.annotations.Nullable;

/**
 * The role-phrase reader of the responsibility-clause reader ({@link RoleClauses}): role words,
 * fillers, nouns and links in a row ({@code note-role-words.txt}) read as one {@link RolePhrase},
 * and bracketed role marks and keys ({@code （牵头）}, {@code 【配合单位】}). Not thread-safe (one
 * per parse: it marks {@link RoleNoteFlags#trimmed}).
 */
final class RolePhrases {
  private final String f;
  private final RoleNames names;
  private final RoleNoteFlags flags;

  RolePhrases(String folded, RoleNames names, RoleNoteFlags flags) {
    this.f = folded;
    this.names = names;
    this.flags = flags;
  }

  /**
   * The role phrase at {@code p}: role words, fillers, nouns and links in a row with at least one
   * word that gives a role, then maybe a colon (a key) or a closing link ({@code 牵头单位为}); a
   * phrase inside a name ({@code 有限责任公司}) is none: unless it opens the run ({@code
   * atRunStart}) or opens with a link or a filler, it must be followed by a break, a colon, a
   * bracket or the end. A filler stands before its role word ({@code 组织实施}, {@code 予以配合}):
   * after the last one it is no part of the phrase but a word no list holds ({@code 牵头组织}).
   */
  @Nullable RolePhrase phraseAt(int p, int end, boolean atRunStart) {
    RoleWord role = null;
    RoleWord first = null;
    boolean lead = false;
    boolean department = false;
    boolean subject = false;
    int i = p;
    RoleWord opening = null;
    RoleWord last = null;
    int wordsEnd = p;
    RoleWord lastWord = null;
    while (i < end) {
      WordTable.Match<RoleWord> word = RoleTables.WORDS.matchAt(f, i, end);
      if (word == null) {
        if (TextChars.isOpenBracket(f.charAt(i)) && role != null) {
          int close = TextChars.closingBracket(f, i, end);
          if (close > i + 1 && onlyNouns(i + 1, close)) {
            i = close + 1;
            continue;
          }
        }
        break;
      }
      RoleWord w = word.meaning();
      if (opening == null) {
        opening = w;
        if ((w == RoleWord.NOUN || w == RoleWord.DEPARTMENT) && !atRunStart) {
          return null;
        }
      }
      if (w == RoleWord.LINK && i > p && last != RoleWord.NOUN && last != RoleWord.DEPARTMENT && last != RoleWord.LEAD
          && last != RoleWord.RESPONSIBLE && last != RoleWord.SUPPORTING) {
        break;
      }
      last = w;
      if (w == RoleWord.LEADER || w == RoleWord.DEADLINE) {
        role = w;
        first = w;
      } else if (w == RoleWord.LEAD || w == RoleWord.RESPONSIBLE || w == RoleWord.SUPPORTING) {
        if (role != RoleWord.LEADER && role != RoleWord.DEADLINE) {
          lead |= w == RoleWord.LEAD;
          if (first == null) {
            first = w;
          }
          role = lead ? RoleWord.LEAD : first;
        }
      }
      if (w == RoleWord.NOUN || w == RoleWord.DEPARTMENT) {
        department = w == RoleWord.DEPARTMENT;
        subject |= f.startsWith("主体", word.start());
      }
      i = word.end();
      if (w != RoleWord.FILLER) {
        wordsEnd = i;
        lastWord = w;
      }
      if (w == RoleWord.LINK && role != null) {
        return new RolePhrase(role, p, i, true, department, subject);
      }
    }
    if (role == null) {
      return null;
    }
    if (last == RoleWord.FILLER) {
      i = wordsEnd;
      last = lastWord;
    }
    if (last == RoleWord.LINK) {
      return null;
    }
    int after = i;
    while (after < end && TextChars.isBlank(f.charAt(after))) {
      after++;
    }
    if (after < end && f.charAt(after) == ':') {
      return new RolePhrase(role, p, after + 1, true, department, subject);
    }
    boolean closed = after >= end || isBreak(f.charAt(after)) || after > i;
    if (!closed && role != RoleWord.DEADLINE && role != RoleWord.LEADER && last != RoleWord.NOUN
        && last != RoleWord.DEPARTMENT) {
      int tail = tailEnd(i, end);
      if (tail > i) {
        flags.trimmed = true;
        return new RolePhrase(role, p, tail, false, department, subject);
      }
    }
    if (!closed && !atRunStart && opening != RoleWord.LINK && opening != RoleWord.FILLER) {
      return null;
    }
    if (!closed && atRunStart && (last == RoleWord.NOUN || last == RoleWord.DEPARTMENT)) {
      return new RolePhrase(role, p, i, true, department, subject);
    }
    return new RolePhrase(role, p, i, false, department, subject);
  }

  /**
   * Where the words no list holds after a role phrase end ({@code 牵头组织实施，}, {@code 配合做好编制保障。}):
   * at most {@value RoleNames#MAX_UNKNOWN} ideographs up to a break or the end, not ending like a unit; else
   * {@code from} (no such tail).
   */
  private int tailEnd(int from, int end) {
    int i = from;
    while (i < end && i - from < RoleNames.MAX_UNKNOWN && TextChars.isIdeograph(f.charAt(i))) {
      i++;
    }
    if (i > from && (i == end || isBreak(f.charAt(i)) || TextChars.isBlank(f.charAt(i))) && !names.endsAsUnit(from, i)
        && !(names.opensAsUnit(from) && names.unitEndBefore(from, i) > 0)) {
      return i;
    }
    return from;
  }

  /** The most ideographs of a key's qualifier no list holds ({@code 协责} of {@code 协责单位：}). */
  private static final int MAX_QUALIFIER = 3;
  /** The longest key noun and the blanks before its colon ({@code 单位 ：}). */
  private static final int MAX_KEY_NOUN = 4;

  /**
   * A key read by its noun ({@code 单位}, {@code 部门}, {@code 处室} of {@code note-role-words.txt})
   * when its first word is in no list ({@code 支持单位：}, {@code 协责单位：}, {@code 督办单位：}): one to
   * {@value #MAX_QUALIFIER} ideographs not opening as a unit's name, the noun, a colon; its role is
   * the qualifier's leaning ({@link RoleTables#leaning}). Null when {@code p} opens no such key.
   */
  @Nullable RolePhrase shapedKeyAt(int p, int end) {
    int colon = p + 1;
    int last = Math.min(end, p + MAX_QUALIFIER + MAX_KEY_NOUN + 1);
    while (colon < last && f.charAt(colon) != ':') {
      colon++;
    }
    if (colon >= last) {
      return null;
    }
    int i = p;
    while (i < end && i - p <= MAX_QUALIFIER && TextChars.isIdeograph(f.charAt(i))) {
      if (i > p) {
        WordTable.Match<RoleWord> noun = RoleTables.KEY_NOUNS.matchAt(f, i, end);
        if (noun != null) {
          int after = noun.end();
          while (after < end && TextChars.isBlank(f.charAt(after))) {
            after++;
          }
          if (after < end && f.charAt(after) == ':' && !names.opensAsUnit(p)) {
            return new RolePhrase(RoleTables.leaning(f, p, i), p, after + 1, true,
                noun.meaning() == RoleWord.DEPARTMENT);
          }
        }
      }
      i++;
    }
    return null;
  }

  /**
   * Whether the bracket {@code [open, close]} right after a unit's name holds a key and nothing
   * else, and a list break or the end follows it ({@code X（牵头单位）、Y（配合单位）}): the key
   * marks that name's role, as {@code （牵头）} does, and names nothing after it.
   */
  boolean isOwnKeyMark(int open, int close, int end) {
    if (open == 0 || !TextChars.isIdeograph(f.charAt(open - 1)) || !isBracketKey(open, close)) {
      return false;
    }
    int after = close + 1;
    if (after < end && !isBreak(f.charAt(after)) && !TextChars.isBlank(f.charAt(after))) {
      return false;
    }
    RolePhrase inner = phraseAt(open + 1, close, true);
    return RoleTables.givesRole(inner.role()) && inner.role() != RoleWord.LEADER;
  }

  /** Whether {@code [start, end)} is key nouns and nothing else ({@code 单位} of {@code 牵头部门（单位）}). */
  private boolean onlyNouns(int start, int end) {
    int i = start;
    while (i < end) {
      WordTable.Match<RoleWord> word = RoleTables.WORDS.matchAt(f, i, end);
      if (word == null || word.meaning() != RoleWord.NOUN && word.meaning() != RoleWord.DEPARTMENT) {
        return false;
      }
      i = word.end();
    }
    return true;
  }

  /**
   * Whether the bracket {@code [open, close]} holds a role mark and nothing else ({@code （牵头）}):
   * role words without a key noun, which give the name before them its role.
   */
  boolean isBracketPhrase(int open, int close) {
    RolePhrase phrase = phraseAt(open + 1, close, true);
    return phrase != null && phrase.end() == close && !phrase.forward() && !isKeyShaped(phrase)
        && phrase.role() != RoleWord.DEADLINE && phrase.role() != RoleWord.LEADER;
  }

  /**
   * Whether the bracket {@code [open, close]} holds a key and nothing else ({@code 【配合单位】},
   * {@code 【完成时限】}): it names what follows it.
   */
  boolean isBracketKey(int open, int close) {
    RolePhrase phrase = phraseAt(open + 1, close, true);
    return phrase != null && phrase.end() >= close
        && (isKeyShaped(phrase) || phrase.role() == RoleWord.DEADLINE || phrase.role() == RoleWord.LEADER);
  }

  /** Whether {@code phrase} ends with a key noun ({@code 配合单位}, {@code 牵头部门}). */
  private boolean isKeyShaped(RolePhrase phrase) {
    WordTable.Match<RoleWord> last = RoleTables.WORDS.matchEndingAt(f, trimColon(phrase), phrase.start());
    return last != null && (last.meaning() == RoleWord.NOUN || last.meaning() == RoleWord.DEPARTMENT);
  }

  private int trimColon(RolePhrase phrase) {
    int e = phrase.end();
    return e > phrase.start() && f.charAt(e - 1) == ':' ? e - 1 : e;
  }

  /** Whether {@code c} ends a word before it: a clause or list break, a bracket, a line break. */
  static boolean isBreak(char c) {
    return ",;。、/".indexOf(c) >= 0 || TextChars.isCloseBracket(c) || TextChars.isLineBreak(c);
  }
}
