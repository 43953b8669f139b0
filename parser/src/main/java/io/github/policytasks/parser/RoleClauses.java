package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.NoteField;
import io.github.policytasks.metrics.lexicon.NoteWords;
import io.github.policytasks.metrics.lexicon.RoleWord;
import io.github.policytasks.metrics.lexicon.UnitEnding;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The general reader of responsibility clauses (annotation guide §2, §6 Notes): a note is runs
 * of unit names and role phrases ({@code note-role-words.txt}: role words with the fillers, nouns
 * and links around them), in any order. A run takes the role of the phrase right after it in its
 * clause ({@code X牵头}, {@code X为责任主体}, {@code X、Y按职责分工负责}), else of the last key
 * before it ({@code 牵头：X}, {@code 牵头部门（单位）：X}, {@code 牵头单位为X}); a bracketed phrase
 * after a name gives that name alone its role ({@code X（牵头）、Y}); a run with no phrase after it
 * and no key before it takes the role of the next phrase ({@code X，Y负责}). Names in a run are
 * parted by {@code 、 / ／}, spaces, and by {@code 和 及 与} after a name that ends like a unit; a
 * run opening with {@code 由} or {@code 此项工作由} loses it; {@code X会同Y} makes X lead and Y
 * support; a closing {@code 等} ends a name. A key of leaders ({@code 责任领导：…}) names persons, a
 * deadline key a date. The reading is given only when the whole note is understood, every unit
 * reading as a unit's name; else null, and the note is left to the shape readers of {@link
 * NoteReader}. Works on folded text; names are offsets into it. The work is shared by {@link
 * RoleTokens} (the note as tokens), {@link RolePhrases} (role phrases), {@link RoleNames} (unit
 * names) and {@link RoleAssembler} (runs and phrases into roles). Not thread-safe (one per parse).
 */
final class RoleClauses {
  private final String f;
  private final RoleNoteFlags flags = new RoleNoteFlags();
  private final RoleNames names;
  private final RolePhrases phrases;
  private final RoleTokens tokens;
  private final RoleAssembler assembler;

  RoleClauses(String folded, NoteReader rules, @Nullable Integer year) {
    this.f = folded;
    this.names = new RoleNames(folded, rules);
    this.phrases = new RolePhrases(folded, names, flags);
    this.tokens = new RoleTokens(folded, rules, names, phrases, flags);
    this.assembler = new RoleAssembler(folded, rules, names, flags, year);
  }

  /**
   * Reads {@code [start, end)} as a responsibility note. With {@code phraseNeeded}, a note with no
   * role phrase at all (bare names) is not read; {@code strictUnits} asks every run's first name to
   * open as a unit does (a place or a group: {@code 县…}, {@code 各…}), as prose must. Null when
   * any part of the note is not understood. {@code column} is the key of the table column the
   * note stands under ({@code 责任单位}): names without a phrase of their own take its role.
   */
  @Nullable NoteParts read(int start, int end, boolean phraseNeeded, boolean strictUnits, @Nullable NoteField column) {
    flags.reset();
    if (!mayName(start, end) || phraseNeeded && !mayHavePhrase(start, end)) {
      return null;
    }
    List<Object> found = tokens.tokens(start, end);
    if (found == null) {
      return null;
    }
    return assembler.assemble(found, start, end, phraseNeeded, strictUnits, column);
  }

  /**
   * Whether {@code [start, end)} could give a reading any name, checked before the note is cut into
   * tokens: a reading names a unit only when the name passes {@link RoleNames#isCleanName} (it ends like a
   * unit or with a closing bracket; a name sharing its suffix stands before one that does), and
   * names a leader only after a leader's role word or key. With none of these in the stretch the
   * reading is null, as {@link #read} would find it without the work.
   */
  private boolean mayName(int start, int end) {
    WordTable<UnitEnding> endings = NoteWords.unitEndings();
    for (int i = start; i < end; i++) {
      char c = f.charAt(i);
      if (!TextChars.in(RoleTables.NAME_CHARS, c)) {
        continue;
      }
      if (TextChars.isCloseBracket(c) || endings.endsAt(f, i + 1, start)
          || RoleTables.LEADER_WORDS.couldStart(c) && RoleTables.LEADER_WORDS.startsAt(f, i, end)
          || RoleTables.LEADER_KEYS.couldStart(c) && RoleTables.LEADER_KEYS.startsAt(f, i, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code [start, end)} could hold a role phrase (a key, a bracketed role, a role
   * phrase): each is read only where a role-giving word ({@link RolePhrases#phraseAt} gives no role without
   * one) or a key that gives a role ({@link RoleTables#keyRole}) starts in the stretch, where a key
   * noun stands before a colon ({@link RolePhrases#shapedKeyAt}), or where a clause ends a few
   * ideographs after a unit's ending, not itself ending like one (a verb no list holds, {@link
   * RoleNames#verbTailUnitEnd}), in a clause that opens with a unit's place.
   */
  private boolean mayHavePhrase(int start, int end) {
    WordTable<UnitEnding> endings = NoteWords.unitEndings();
    for (int i = start; i < end; i++) {
      char c = f.charAt(i);
      if (!TextChars.in(RoleTables.PHRASE_CHARS, c)) {
        continue;
      }
      if (RoleTables.ROLE_GIVING.couldStart(c) && RoleTables.ROLE_GIVING.startsAt(f, i, end)
          || RoleTables.ROLE_KEYS.couldStart(c) && RoleTables.ROLE_KEYS.startsAt(f, i, end)
          || c == ':' && RoleTables.KEY_NOUNS.endsAt(f, i, start)) {
        return true;
      }
    }
    int clause = start;
    for (int i = start + 1; i <= end; i++) {
      boolean stop = i == end || f.charAt(i) == ',' || f.charAt(i) == ';' || f.charAt(i) == '。';
      if (stop && TextChars.isIdeograph(f.charAt(i - 1)) && !endings.endsAt(f, i, clause) && opensAsAgent(clause, i)) {
        for (int k = i - 1; k > clause && i - k <= RoleNames.MAX_VERB_TAIL && TextChars.isIdeograph(f.charAt(k)); k--) {
          if (endings.endsAt(f, k, clause)) {
            return true;
          }
        }
      }
      if (stop) {
        clause = i + 1;
      }
    }
    return false;
  }

  /** Whether the clause at {@code p} opens with a unit's place, maybe after an opener ({@code 由}, {@code 以}). */
  private boolean opensAsAgent(int p, int end) {
    if (p + 1 < end && RoleTables.AGENT_OPENERS.couldStart(f.charAt(p)) && names.opensAsUnit(p + 1)) {
      return true;
    }
    return p < end && names.opensAsUnit(p);
  }

  /**
   * Whether {@code [start, end)}, a name another reader gave, reads as a unit's name and nothing
   * more: it ends like a unit, and holds no role phrase, no space, no {@code 由} before it and no
   * joining word between two units ({@code 甲局和乙局}).
   */
  boolean isCleanName(int start, int end) {
    return names.isCleanName(start, end);
  }

  /** Whether {@code [start, end)} ends like a unit ({@link RoleNames#endsAsUnit}). */
  boolean endsAsUnit(int start, int end) {
    return names.endsAsUnit(start, end);
  }

  /**
   * Whether the bracket {@code [open, close]} gives the name right before it its role and nothing
   * more ({@code X（牵头）}, {@code X（配合单位）}), so that a sentence ending with it may be a note.
   */
  boolean marksNameBefore(int open, int close) {
    return phrases.isBracketPhrase(open, close) || phrases.isOwnKeyMark(open, close, close + 1);
  }

  /** Whether the bracket {@code [open, close]} is a key marking the name before it ({@link RolePhrases#isOwnKeyMark}). */
  boolean marksOwnKey(int open, int close, int end) {
    return phrases.isOwnKeyMark(open, close, end);
  }

  /** Whether {@code [start, end)} holds a role phrase ({@code …牵头单位}, {@code 县财政局牵头}). */
  boolean holdsRolePhrase(int start, int end) {
    for (int i = start; i < end; i++) {
      if (RoleTables.WORDS.couldStart(f.charAt(i))) {
        RolePhrase phrase = phrases.phraseAt(i, end, i == start);
        if (phrase != null && phrase.role() != RoleWord.DEADLINE) {
          return true;
        }
      }
    }
    return false;
  }
}
