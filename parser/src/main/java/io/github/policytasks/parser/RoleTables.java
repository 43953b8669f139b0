package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.NoteField;
import io.github.policytasks.metrics.lexicon.NoteKey;
import io.github.policytasks.metrics.lexicon.NoteKeys;
import io.github.policytasks.metrics.lexicon.NoteWords;
import io.github.policytasks.metrics.lexicon.RoleWord;
import io.github.policytasks.metrics.lexicon.RoleWords;
import io.github.policytasks.metrics.lexicon.UnitEnding;
import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The word tables the responsibility-clause reader ({@link RoleClauses}) looks words up in: the
 * role words of {@code note-role-words.txt} and the subsets and note keys drawn from them. Static
 * and immutable.
 */
final class RoleTables {
  /** The role words, fillers, nouns and links of role phrases ({@code note-role-words.txt}). */
  static final WordTable<RoleWord> WORDS = RoleWords.table();
  /** The words that name the task itself before 由 ({@code note-agent-subjects.txt}). */
  static final WordTable<Boolean> AGENT_SUBJECTS = WordLists.table("note-agent-subjects.txt");
  /** The role words of leaders ({@code 领导}): a leader key's value is the only name read without a unit ending. */
  static final WordTable<RoleWord> LEADER_WORDS = RoleWords.only(RoleWord.LEADER);
  /** The spellings of the note keys of leaders ({@code 责任领导}). */
  static final WordTable<Boolean> LEADER_KEYS = leaderKeys();
  /** The role words that give a phrase its role: without one, no phrase is read. */
  static final WordTable<RoleWord> ROLE_GIVING = RoleWords.only(RoleWord.LEAD, RoleWord.RESPONSIBLE,
      RoleWord.SUPPORTING, RoleWord.LEADER, RoleWord.DEADLINE);
  /** The spellings of the note keys that give a role ({@link #keyRole}). */
  static final WordTable<Boolean> ROLE_KEYS = roleKeys();
  /**
   * The chars at which {@link RoleClauses}' pre-check of names looks further: closing brackets, the
   * last chars of unit endings ({@code unit-endings.txt}) and the first chars of leaders' role words
   * and keys.
   */
  static final long[] NAME_CHARS = nameChars();
  /** The chars at which a role-giving word or a key that gives a role may start. */
  static final long[] PHRASE_CHARS = phraseChars();
  /** The level words of places ({@code unit-suffix-levels.txt}: 省 市 县 区 乡 镇). */
  static final String LEVELS = WordLists.chars("unit-suffix-levels.txt");
  /** The key nouns of role phrases ({@code 单位}, {@code 部门}: nouns and department nouns of {@code note-role-words.txt}). */
  static final WordTable<RoleWord> KEY_NOUNS = RoleWords.only(RoleWord.NOUN, RoleWord.DEPARTMENT);
  /** The words that make unlisted words lean to support ({@code note-support-leanings.txt}). */
  static final WordTable<Boolean> SUPPORT_LEANINGS = WordLists.table("note-support-leanings.txt");
  /** The words that make unlisted words lean to lead ({@code note-lead-leanings.txt}). */
  static final WordTable<Boolean> LEAD_LEANINGS = WordLists.table("note-lead-leanings.txt");
  /** The words that open a clause before its first unit ({@code note-agent-openers.txt}: 由, 请, 以). */
  static final WordTable<Boolean> AGENT_OPENERS = WordLists.table("note-agent-openers.txt");

  private RoleTables() {}

  private static long[] nameChars() {
    long[] set = TextChars.charSet("");
    WordTable<UnitEnding> endings = NoteWords.unitEndings();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (TextChars.isCloseBracket(ch) || endings.couldEnd(ch) || LEADER_WORDS.couldStart(ch) || LEADER_KEYS.couldStart(ch)) {
        TextChars.add(set, ch);
      }
    }
    return set;
  }

  private static long[] phraseChars() {
    long[] set = TextChars.charSet("");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (ROLE_GIVING.couldStart(ch) || ROLE_KEYS.couldStart(ch)) {
        TextChars.add(set, ch);
      }
    }
    return set;
  }

  private static WordTable<Boolean> roleKeys() {
    Map<String, Boolean> spellings = new LinkedHashMap<>();
    for (NoteKey key : NoteKeys.all()) {
      if (keyRole(key.field()) != null) {
        spellings.put(key.simplified(), true);
      }
    }
    return WordTable.of(spellings);
  }

  private static WordTable<Boolean> leaderKeys() {
    Map<String, Boolean> spellings = new LinkedHashMap<>();
    for (NoteKey key : NoteKeys.all()) {
      if (key.field() == NoteField.LEADER) {
        spellings.put(key.simplified(), true);
      }
    }
    return WordTable.of(spellings);
  }

  /** The role a key of {@code note-keys.txt} gives what follows it ({@code 其他责任单位}: supporting). */
  static @Nullable RoleWord keyRole(NoteField key) {
    switch (key) {
      case LEAD:
        return RoleWord.LEAD;
      case RESPONSIBLE:
      case RESPONSIBLE_DEPARTMENT:
        return RoleWord.RESPONSIBLE;
      case SUPPORTING:
        return RoleWord.SUPPORTING;
      case LEADER:
        return RoleWord.LEADER;
      case DEADLINE:
        return RoleWord.DEADLINE;
      default:
        return null;
    }
  }

  /**
   * The role that words no list holds give the units they stand by ({@code [start, end)} of the
   * folded text {@code f}: a verb such as {@code 全力支持}, a key's qualifier such as {@code 协责}):
   * supporting where a support leaning stands in them, else lead where a lead leaning does, else
   * responsible (the first unit named then leads, annotation guide §2).
   */
  static RoleWord leaning(String f, int start, int end) {
    if (holds(SUPPORT_LEANINGS, f, start, end)) {
      return RoleWord.SUPPORTING;
    }
    return holds(LEAD_LEANINGS, f, start, end) ? RoleWord.LEAD : RoleWord.RESPONSIBLE;
  }

  private static boolean holds(WordTable<Boolean> words, String f, int start, int end) {
    for (int i = start; i < end; i++) {
      if (words.couldStart(f.charAt(i)) && words.startsAt(f, i, end)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} gives units a role (lead, responsible, supporting or leader). */
  static boolean givesRole(RoleWord word) {
    return word == RoleWord.LEAD || word == RoleWord.RESPONSIBLE || word == RoleWord.SUPPORTING || word == RoleWord.LEADER;
  }
}
