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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * NoteReader}. Works on folded text; names are offsets into it. Not thread-safe (one per parse).
 */
final class RoleClauses {
  private static final WordTable<RoleWord> WORDS = RoleWords.table();
  /** The words that name the task itself before 由 ({@code note-agent-subjects.txt}). */
  private static final WordTable<Boolean> AGENT_SUBJECTS = WordLists.table("note-agent-subjects.txt");
  /** The role words of leaders ({@code 领导}): a leader key's value is the only name read without a unit ending. */
  private static final WordTable<RoleWord> LEADER_WORDS = RoleWords.only(RoleWord.LEADER);
  /** The spellings of the note keys of leaders ({@code 责任领导}). */
  private static final WordTable<Boolean> LEADER_KEYS = leaderKeys();
  /** The role words that give a phrase its role: without one, no phrase is read. */
  private static final WordTable<RoleWord> ROLE_GIVING = RoleWords.only(RoleWord.LEAD, RoleWord.RESPONSIBLE,
      RoleWord.SUPPORTING, RoleWord.LEADER, RoleWord.DEADLINE);
  /** The spellings of the note keys that give a role ({@link #keyRole}). */
  private static final WordTable<Boolean> ROLE_KEYS = roleKeys();
  /** The longest clause read as a stated rule ({@code 列第一位的为牵头单位，}), not as names before one. */
  private static final int MAX_RULE = 16;
  /** The longest unit name. */
  private static final int MAX_NAME = 40;

  private final String f;
  private final NoteReader rules;
  private final @Nullable Integer year;
  /** Where the note being read states that the first-listed unit leads, or -1. */
  private int ruleAt = -1;
  /** Whether a key's value in the note being read was not understood. */
  private boolean failed;
  /** Whether words no list holds were taken off a name, or added to a role phrase, in the note being read. */
  private boolean trimmed;

  /** A phrase: its role, where it stands, and whether it is a key that names what follows it. */
  private record Phrase(RoleWord role, int start, int end, boolean forward, boolean department, boolean subject,
      boolean unlisted) {
    Phrase(RoleWord role, int start, int end, boolean forward, boolean department) {
      this(role, start, end, forward, department, false, false);
    }

    Phrase(RoleWord role, int start, int end, boolean forward, boolean department, boolean subject) {
      this(role, start, end, forward, department, subject, false);
    }
  }

  /** One name of a run, and the role a bracketed phrase right after it gives it alone (or null). */
  private record Item(int start, int end, @Nullable RoleWord own, boolean together) {}

  RoleClauses(String folded, NoteReader rules, @Nullable Integer year) {
    this.f = folded;
    this.rules = rules;
    this.year = year;
  }

  /**
   * Reads {@code [start, end)} as a responsibility note. With {@code phraseNeeded}, a note with no
   * role phrase at all (bare names) is not read; {@code strictUnits} asks every run's first name to
   * open as a unit does (a place or a group: {@code 县…}, {@code 各…}), as prose must. Null when
   * any part of the note is not understood. {@code column} is the key of the table column the
   * note stands under ({@code 责任单位}): names without a phrase of their own take its role.
   */
  @Nullable NoteParts read(int start, int end, boolean phraseNeeded, boolean strictUnits, @Nullable NoteField column) {
    ruleAt = -1;
    failed = false;
    trimmed = false;
    if (!mayName(start, end) || phraseNeeded && !mayHavePhrase(start, end)) {
      return null;
    }
    List<Object> tokens = tokens(start, end);
    if (tokens == null) {
      return null;
    }
    boolean anyPhrase = false;
    boolean marked = false;
    boolean unlisted = false;
    int listed = 0;
    for (Object token : tokens) {
      if (token instanceof Phrase phrase && phrase.unlisted()) {
        unlisted = true;
      } else if (token instanceof Phrase || token instanceof List<?> run && ownRoleIn(run)) {
        anyPhrase = true;
        listed++;
        marked |= token instanceof List<?>;
      }
    }
    if (unlisted && !anyPhrase || trimmed && listed < 2) {
      return null;
    }
    if (phraseNeeded && !anyPhrase) {
      return null;
    }
    NoteParts parts = new NoteParts();
    Phrase key = column == null ? null : columnKey(column, start);
    strictUnits |= !anyPhrase;
    List<List<Item>> pending = new ArrayList<>();
    int units = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Object token = tokens.get(t);
      if (token instanceof Phrase phrase) {
        if (phrase.forward()) {
          Object next = t + 1 < tokens.size() ? tokens.get(t + 1) : null;
          if (next == null || next instanceof Phrase nextPhrase && nextPhrase.forward()) {
            parts.unread(phrase.start(), phrase.end(), "responsibility note key has no value");
          }
          key = phrase;
          if (phrase.role() == RoleWord.DEADLINE || phrase.role() == RoleWord.LEADER) {
            t = value(phrase, tokens, t, end, parts);
          }
        } else {
          if (pending.isEmpty()) {
            return null;
          }
          for (List<Item> run : pending) {
            units += add(run, phrase.role(), false, false, parts, strictUnits, !anyPhrase);
          }
          pending.clear();
        }
        continue;
      }
      if (token instanceof Integer) {
        continue;
      }
      @SuppressWarnings("unchecked")
      List<Item> run = (List<Item>) token;
      Object next = t + 1 < tokens.size() ? tokens.get(t + 1) : null;
      if (next instanceof Phrase phrase && !phrase.forward()) {
        pending.add(run);
      } else if (key != null) {
        if (!pending.isEmpty()) {
          return null;
        }
        units += add(run, key.role(), !key.subject(), key.department(), parts, strictUnits, !anyPhrase);
      } else if (ownRoleIn(run) || !anyPhrase) {
        units += add(run, RoleWord.RESPONSIBLE, false, false, parts, strictUnits, !anyPhrase);
      } else {
        pending.add(run);
      }
    }
    for (List<Item> run : pending) {
      if (marked && !ownRoleIn(run)) {
        units += add(run, RoleWord.RESPONSIBLE, false, false, parts, strictUnits, !anyPhrase);
      } else if (!readsAsDeadline(run, parts)) {
        return null;
      }
    }
    if (units < 0 || failed || parts.names().isEmpty()) {
      return null;
    }
    if (ruleAt >= 0) {
      parts.firstListedLeads(ruleAt);
    }
    return parts;
  }

  /**
   * Whether {@code [start, end)} could give a reading any name, checked before the note is cut into
   * tokens: a reading names a unit only when the name passes {@link #isCleanName} (it ends like a
   * unit or with a closing bracket; a name sharing its suffix stands before one that does), and
   * names a leader only after a leader's role word or key. With none of these in the stretch the
   * reading is null, as {@link #read} would find it without the work.
   */
  private boolean mayName(int start, int end) {
    WordTable<UnitEnding> endings = NoteWords.unitEndings();
    for (int i = start; i < end; i++) {
      char c = f.charAt(i);
      if (TextChars.isCloseBracket(c) || endings.endsAt(f, i + 1, start)
          || LEADER_WORDS.couldStart(c) && LEADER_WORDS.startsAt(f, i, end)
          || LEADER_KEYS.couldStart(c) && LEADER_KEYS.startsAt(f, i, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code [start, end)} could hold a role phrase (a key, a bracketed role, a role
   * phrase): each is read only where a role-giving word ({@link #phraseAt} gives no role without
   * one) or a key that gives a role ({@link #keyRole}) starts in the stretch.
   */
  private boolean mayHavePhrase(int start, int end) {
    for (int i = start; i < end; i++) {
      char c = f.charAt(i);
      if (ROLE_GIVING.couldStart(c) && ROLE_GIVING.startsAt(f, i, end)
          || ROLE_KEYS.couldStart(c) && ROLE_KEYS.startsAt(f, i, end)) {
        return true;
      }
    }
    return false;
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
  private static @Nullable RoleWord keyRole(NoteField key) {
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

  /** The key a table column's header stands for, as a phrase before the cell. */
  private static @Nullable Phrase columnKey(NoteField column, int at) {
    switch (column) {
      case LEAD:
        return new Phrase(RoleWord.LEAD, at, at, true, false);
      case RESPONSIBLE:
        return new Phrase(RoleWord.RESPONSIBLE, at, at, true, false);
      case RESPONSIBLE_DEPARTMENT:
        return new Phrase(RoleWord.RESPONSIBLE, at, at, true, true);
      case SUPPORTING:
        return new Phrase(RoleWord.SUPPORTING, at, at, true, false);
      default:
        return null;
    }
  }

  /**
   * Whether a run left without a role ({@code 年底前完成} after {@code X负责，}) tells the task's
   * timing: its stretch reads as a date, the note's deadline.
   */
  private boolean readsAsDeadline(List<Item> run, NoteParts parts) {
    if (run.isEmpty()) {
      return true;
    }
    int s = run.get(0).start();
    int e = run.get(run.size() - 1).end();
    DeadlineReader.Result result = DeadlineReader.inNoteValue(f, s, e, year);
    if (result.earliest() == null && !result.neededYear()) {
      return false;
    }
    parts.deadline(result);
    return true;
  }

  /**
   * Whether {@code [start, end)}, a name another reader gave, reads as a unit's name and nothing
   * more: it ends like a unit, and holds no role phrase, no space, no {@code 由} before it and no
   * joining word between two units ({@code 甲局和乙局}).
   */
  boolean isCleanName(int start, int end) {
    if (!isUnit(start, end) || f.charAt(start) == '由') {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      char c = f.charAt(i);
      if ((c == '和' || c == '及' || c == '与') && endsAsUnit(start, i) && rules.opensWithPlace(Math.min(i + 1, end - 1))) {
        return false;
      }
      if (WORDS.couldStart(c)) {
        WordTable.Match<RoleWord> word = WORDS.matchAt(f, i, end);
        if (word != null && givesRole(word.meaning())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether {@code word} gives units a role (lead, responsible, supporting or leader). */
  private static boolean givesRole(RoleWord word) {
    return word == RoleWord.LEAD || word == RoleWord.RESPONSIBLE || word == RoleWord.SUPPORTING || word == RoleWord.LEADER;
  }

  /** Whether {@code [start, end)} holds a role phrase ({@code …牵头单位}, {@code 县财政局牵头}). */
  boolean holdsRolePhrase(int start, int end) {
    for (int i = start; i < end; i++) {
      if (WORDS.couldStart(f.charAt(i))) {
        Phrase phrase = phraseAt(i, end, i == start);
        if (phrase != null && phrase.role() != RoleWord.DEADLINE) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a name of {@code run} carries its own bracketed role. */
  private static boolean ownRoleIn(List<?> run) {
    for (Object item : run) {
      if (((Item) item).own() != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the names of {@code run} with {@code role} (a key's when {@code keyed}), each name's own
   * bracketed role winning; -(many) when a unit does not read as a unit's name, so the caller's
   * count goes below zero.
   */
  private int add(List<Item> run, RoleWord role, boolean keyed, boolean department, NoteParts parts,
      boolean strictUnits, boolean bare) {
    int added = 0;
    int[] suffixes = sharedSuffixes(run);
    for (int k = 0; k < run.size(); k++) {
      Item item = run.get(k);
      RoleWord r = item.own() != null ? item.own() : item.together() ? RoleWord.SUPPORTING : role;
      if (k == 0 && run.size() > 1 && run.get(1).together() && item.own() == null) {
        r = RoleWord.LEAD;
      }
      NoteParts.Role noteRole = noteRole(r, keyed && item.own() == null && !item.together(), department);
      if (noteRole == null) {
        return -1000;
      }
      boolean shares = suffixes != null && suffixes[k] >= 0;
      if (noteRole != NoteParts.Role.LEADER && (!shares && !isCleanName(item.start(), item.end())
          || strictUnits && k == 0 && !(bare ? rules.opensAsOffice(item.start(), item.end()) : opensAsUnit(item.start())))) {
        return -1000;
      }
      if (shares && noteRole != NoteParts.Role.LEADER) {
        parts.add(new NoteParts.Name(noteRole, item.start(), item.end(), suffixes[k], run.get(run.size() - 1).end()));
      } else {
        parts.add(noteRole == NoteParts.Role.LEADER ? new NoteParts.Name(noteRole, item.start(), item.end())
            : rules.withoutRemark(noteRole, item.start(), item.end()));
      }
      added++;
    }
    return added;
  }

  /** The level words of places ({@code unit-suffix-levels.txt}: 省 市 县 区 乡 镇). */
  private static final String LEVELS = WordLists.chars("unit-suffix-levels.txt");
  /** The most level chars a place group names ({@code 乡镇}). */
  private static final int MAX_LEVELS = 2;

  /**
   * Where the suffix each name of {@code run} shares with the last one starts, -1 where it shares
   * none; null when none does. A suffix shared by a list distributes (annotation guide §6): names
   * that are only places by level ({@code 各县(市)}, {@code 省}, {@code 各乡镇}) standing right before
   * the last name, a level and a unit's ending ({@code 区人民政府}), take what follows its level:
   * {@code 各县(市)、区人民政府} names 各县(市)人民政府 and 区人民政府.
   */
  private int @Nullable [] sharedSuffixes(List<Item> run) {
    if (run.size() < 2) {
      return null;
    }
    Item carrier = run.get(run.size() - 1);
    int suffix = levelsEnd(carrier.start(), carrier.end());
    if (suffix < 0 || suffix == carrier.end() || carrier.end() - suffix < 2 || !endsAsUnit(suffix, carrier.end())
        || LEVELS.indexOf(f.charAt(suffix)) >= 0) {
      return null;
    }
    int[] suffixes = new int[run.size()];
    Arrays.fill(suffixes, -1);
    boolean any = false;
    for (int k = run.size() - 2; k >= 0 && levelsEnd(run.get(k).start(), run.get(k).end()) == run.get(k).end(); k--) {
      suffixes[k] = suffix;
      any = true;
    }
    return any ? suffixes : null;
  }

  /**
   * The end of the place by level that opens {@code [start, end)}: an optional 各, one or two level
   * chars, and an optional bracket of them ({@code 各县(市)}); -1 when it opens with none.
   */
  private int levelsEnd(int start, int end) {
    int i = start < end && f.charAt(start) == '各' ? start + 1 : start;
    int levels = i;
    while (i < end && i - levels < MAX_LEVELS && LEVELS.indexOf(f.charAt(i)) >= 0) {
      i++;
    }
    if (i == levels) {
      return -1;
    }
    if (i < end && TextChars.isOpenBracket(f.charAt(i))) {
      int k = i + 1;
      while (k < end && k - i - 1 < MAX_LEVELS && LEVELS.indexOf(f.charAt(k)) >= 0) {
        k++;
      }
      if (k > i + 1 && k < end && TextChars.isCloseBracket(f.charAt(k))) {
        i = k + 1;
      }
    }
    return i;
  }

  /** The role of a name under a role word: a key's 责任 is {@code RESPONSIBLE}, a verb's is by verb. */
  private static NoteParts.@Nullable Role noteRole(RoleWord role, boolean keyed, boolean department) {
    switch (role) {
      case LEAD:
        return NoteParts.Role.LEAD;
      case RESPONSIBLE:
        return !keyed ? NoteParts.Role.RESPONSIBLE_BY_VERB
            : department ? NoteParts.Role.RESPONSIBLE_DEPARTMENT : NoteParts.Role.RESPONSIBLE;
      case SUPPORTING:
        return NoteParts.Role.SUPPORTING;
      case LEADER:
        return NoteParts.Role.LEADER;
      default:
        return null;
    }
  }

  /**
   * Reads the value of a deadline or leader key, from after {@code phrase} to the next clause
   * break that a key follows, or the end; returns the index of the last token it used.
   */
  private int value(Phrase phrase, List<Object> tokens, int t, int end, NoteParts parts) {
    int valueEnd = end;
    for (int k = t + 1; k < tokens.size(); k++) {
      if (tokens.get(k) instanceof Phrase next && next.forward()) {
        valueEnd = next.start();
        break;
      }
    }
    for (int i = phrase.end(); i < valueEnd; i++) {
      char c = f.charAt(i);
      if (c == ';' || c == '。' || TextChars.isLineBreak(c)) {
        valueEnd = i;
        break;
      }
    }
    int k = t + 1;
    while (k < tokens.size() && tokenStart(tokens.get(k)) < valueEnd) {
      k++;
    }
    int s = skip(phrase.end(), valueEnd);
    int e = trim(s, valueEnd);
    if (s >= e) {
      return k - 1;
    }
    if (phrase.role() == RoleWord.DEADLINE) {
      DeadlineReader.Result result = DeadlineReader.inNoteValue(f, s, e, year);
      if (result.earliest() == null && !result.neededYear()) {
        parts.unreadDeadline(s, e);
      }
      parts.deadline(result);
    } else {
      if (f.indexOf(':', s) >= 0 && f.indexOf(':', s) < e) {
        failed = true;
      }
      int from = s;
      for (int i = s; i <= e; i++) {
        if (i == e || f.charAt(i) == '、' || f.charAt(i) == ',') {
          int a = skip(from, i);
          int b = trim(a, i);
          if (a < b) {
            parts.add(NoteParts.Role.LEADER, a, b);
          }
          from = i + 1;
        }
      }
    }
    return k - 1;
  }

  /** Where a token starts: a phrase's start, a run's first name, a break's offset. */
  private static int tokenStart(Object token) {
    if (token instanceof Phrase phrase) {
      return phrase.start();
    }
    if (token instanceof Integer at) {
      return at;
    }
    List<?> run = (List<?>) token;
    return run.isEmpty() ? Integer.MAX_VALUE : ((Item) run.get(0)).start();
  }

  /**
   * The note as tokens: {@link Phrase}s, runs (lists of {@link Item}) and clause breaks
   * ({@link Integer} offsets); null when some stretch is neither (a word that is no unit, no role
   * phrase and no rule).
   */
  private @Nullable List<Object> tokens(int start, int end) {
    List<Object> tokens = new ArrayList<>();
    int p = start;
    while (p < end) {
      char c = f.charAt(p);
      if (c == ',' || c == ';' || c == '。' || c == '，' || c == '；' || TextChars.isLineBreak(c)) {
        tokens.add(p);
        p++;
        continue;
      }
      if (TextChars.isBlank(c) || c == '、' || c == ':') {
        p++;
        continue;
      }
      int clauseEnd = clauseEnd(p, end);
      boolean rule = clauseEnd - p <= MAX_RULE && rules.statesFirstListedLeads(p, clauseEnd);
      if (rule || rules.isSameBelow(p, trim(p, clauseEnd))) {
        if (rule) {
          ruleAt = p;
        }
        p = clauseEnd;
        continue;
      }
      if (TextChars.isOpenBracket(c)) {
        int close = TextChars.closingBracket(f, p, end);
        if (close > p && (isBracketPhrase(p, close) || isBracketKey(p, close))) {
          Phrase inner = phraseAt(p + 1, close, true);
          tokens.add(new Phrase(inner.role(), p, close + 1, true, inner.department(), inner.subject()));
          p = close + 1;
          continue;
        }
      }
      NoteKeyReader.Match known = NoteKeyReader.couldStartKey(c) ? NoteKeyReader.keyAt(f, p, end) : null;
      if (known != null && keyRole(known.key()) != null) {
        tokens.add(new Phrase(keyRole(known.key()), p, known.end(), true,
            known.key() == NoteField.RESPONSIBLE_DEPARTMENT));
        p = known.end();
        continue;
      }
      Phrase phrase = phraseAt(p, end, true);
      if (phrase != null) {
        tokens.add(phrase);
        p = phrase.end();
        continue;
      }
      int runEnd = runEnd(p, end);
      int e = trim(p, runEnd);
      boolean beforePhrase = runEnd < end && !isBreak(f.charAt(runEnd)) && f.charAt(runEnd) != ',' && f.charAt(runEnd) != ';'
          && f.charAt(runEnd) != '。' && !TextChars.isLineBreak(f.charAt(runEnd));
      if (beforePhrase && e - p <= MAX_UNKNOWN && !rules.opensWithPlace(p) && unitEndBefore(p, e) < 0 && !endsAsUnit(p, e) && allIdeographs(p, e)) {
        p = runEnd;
        continue;
      }
      List<Item> run = run(p, runEnd);
      if (run == null) {
        return null;
      }
      Phrase unknownVerb = null;
      if (!run.isEmpty()) {
        Item last = run.get(run.size() - 1);
        if (!isCleanName(last.start(), last.end()) && rules.opensWithPlace(last.start())) {
          int unitEnd = unitEndBefore(last.start(), last.end());
          if (unitEnd > 0 && beforePhrase && last.end() - unitEnd > MAX_LINK) {
            unitEnd = -1;
          }
          if (unitEnd > 0) {
            run.set(run.size() - 1, new Item(last.start(), rules.withoutEtc(last.start(), unitEnd), last.own(), last.together()));
            trimmed |= beforePhrase;
            if (!beforePhrase) {
              unknownVerb = new Phrase(RoleWord.RESPONSIBLE, unitEnd, last.end(), false, false, false, true);
            }
          }
        }
        tokens.add(run);
      }
      if (unknownVerb != null) {
        tokens.add(unknownVerb);
      }
      p = runEnd;
    }
    return tokens;
  }

  /** The end of the clause from {@code p}: the next {@code , ; 。} outside brackets, or {@code end}. */
  private int clauseEnd(int p, int end) {
    int depth = 0;
    for (int i = p; i < end; i++) {
      char c = f.charAt(i);
      if (TextChars.isOpenBracket(c)) {
        depth++;
      } else if (TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ';' || c == '。')) {
        return i;
      }
    }
    return end;
  }

  /**
   * The role phrase at {@code p}: role words, fillers, nouns and links in a row with at least one
   * word that gives a role, then maybe a colon (a key) or a closing link ({@code 牵头单位为}); a
   * phrase inside a name ({@code 有限责任公司}) is none: unless it opens the run ({@code
   * atRunStart}) or opens with a link or a filler, it must be followed by a break, a colon, a
   * bracket or the end. A filler stands before its role word ({@code 组织实施}, {@code 予以配合}):
   * after the last one it is no part of the phrase but a word no list holds ({@code 牵头组织}).
   */
  private @Nullable Phrase phraseAt(int p, int end, boolean atRunStart) {
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
      WordTable.Match<RoleWord> word = WORDS.matchAt(f, i, end);
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
        return new Phrase(role, p, i, true, department, subject);
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
      return new Phrase(role, p, after + 1, true, department, subject);
    }
    boolean closed = after >= end || isBreak(f.charAt(after)) || after > i;
    if (!closed && role != RoleWord.DEADLINE && role != RoleWord.LEADER && last != RoleWord.NOUN
        && last != RoleWord.DEPARTMENT) {
      int tail = tailEnd(i, end);
      if (tail > i) {
        trimmed = true;
        return new Phrase(role, p, tail, false, department, subject);
      }
    }
    if (!closed && !atRunStart && opening != RoleWord.LINK && opening != RoleWord.FILLER) {
      return null;
    }
    if (!closed && atRunStart && (last == RoleWord.NOUN || last == RoleWord.DEPARTMENT)) {
      return new Phrase(role, p, i, true, department, subject);
    }
    return new Phrase(role, p, i, false, department, subject);
  }

  /** The most ideographs of words no list holds around a role phrase ({@code 组织实施}, {@code 联合}, {@code 统筹}). */
  private static final int MAX_UNKNOWN = 6;

  /** The most ideographs of words no list holds between a unit and its role phrase ({@code 联合}, {@code 是第一}). */
  private static final int MAX_LINK = 3;

  /** Whether {@code c} ends a word before it: a clause or list break, a bracket, a line break. */
  private static boolean isBreak(char c) {
    return ",;。、/".indexOf(c) >= 0 || TextChars.isCloseBracket(c) || TextChars.isLineBreak(c);
  }

  /**
   * Where the words no list holds after a role phrase end ({@code 牵头组织实施，}, {@code 配合做好编制保障。}):
   * at most {@value #MAX_UNKNOWN} ideographs up to a break or the end, not ending like a unit; else
   * {@code from} (no such tail).
   */
  private int tailEnd(int from, int end) {
    int i = from;
    while (i < end && i - from < MAX_UNKNOWN && TextChars.isIdeograph(f.charAt(i))) {
      i++;
    }
    if (i > from && (i == end || isBreak(f.charAt(i)) || TextChars.isBlank(f.charAt(i))) && !endsAsUnit(from, i)) {
      return i;
    }
    return from;
  }

  /**
   * Where a unit's name ends inside {@code [start, end)} when words no list holds follow it
   * ({@code 市水务局联合}, {@code 县交通运输局担任}, {@code 市公安局交警支队领衔}): the longest
   * stretch from {@code start} that ends like a unit with at most {@value #MAX_UNKNOWN} ideographs after
   * it, those not opening as a name does (with a place or a group mark: {@code 全区经济运行各专班} is one
   * name); -1 when there is none.
   */
  private int unitEndBefore(int start, int end) {
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

  /** Whether {@code [start, end)} is key nouns and nothing else ({@code 单位} of {@code 牵头部门（单位）}). */
  private boolean onlyNouns(int start, int end) {
    int i = start;
    while (i < end) {
      WordTable.Match<RoleWord> word = WORDS.matchAt(f, i, end);
      if (word == null || word.meaning() != RoleWord.NOUN && word.meaning() != RoleWord.DEPARTMENT) {
        return false;
      }
      i = word.end();
    }
    return true;
  }

  /** Where the run of names from {@code p} ends: at a clause break, a role phrase, or {@code end}. */
  private int runEnd(int p, int end) {
    int depth = 0;
    for (int i = p; i < end; i++) {
      char c = f.charAt(i);
      if (TextChars.isOpenBracket(c)) {
        int close = TextChars.closingBracket(f, i, end);
        if (close > i && isBracketKey(i, close)) {
          return i;
        }
        if (close > i && (isBracketPhrase(i, close) || rules.statesFirstListedLeads(i + 1, close))) {
          i = close;
          continue;
        }
        depth++;
      } else if (TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ';' || c == '。' || TextChars.isLineBreak(c))) {
        return i;
      } else if (depth == 0 && i > p && WORDS.couldStart(c)) {
        Phrase phrase = phraseAt(i, end, false);
        if (phrase != null && phrase.role() != RoleWord.NOUN) {
          return i;
        }
      }
    }
    return end;
  }

  /**
   * Whether the bracket {@code [open, close]} holds a role mark and nothing else ({@code （牵头）}):
   * role words without a key noun, which give the name before them its role.
   */
  private boolean isBracketPhrase(int open, int close) {
    Phrase phrase = phraseAt(open + 1, close, true);
    return phrase != null && phrase.end() == close && !phrase.forward() && !isKeyShaped(phrase)
        && phrase.role() != RoleWord.DEADLINE && phrase.role() != RoleWord.LEADER;
  }

  /**
   * Whether the bracket {@code [open, close]} holds a key and nothing else ({@code 【配合单位】},
   * {@code 【完成时限】}): it names what follows it.
   */
  private boolean isBracketKey(int open, int close) {
    Phrase phrase = phraseAt(open + 1, close, true);
    return phrase != null && phrase.end() >= close
        && (isKeyShaped(phrase) || phrase.role() == RoleWord.DEADLINE || phrase.role() == RoleWord.LEADER);
  }

  /** Whether {@code phrase} ends with a key noun ({@code 配合单位}, {@code 牵头部门}). */
  private boolean isKeyShaped(Phrase phrase) {
    WordTable.Match<RoleWord> last = WORDS.matchEndingAt(f, trimColon(phrase), phrase.start());
    return last != null && (last.meaning() == RoleWord.NOUN || last.meaning() == RoleWord.DEPARTMENT);
  }

  private int trimColon(Phrase phrase) {
    int e = phrase.end();
    return e > phrase.start() && f.charAt(e - 1) == ':' ? e - 1 : e;
  }

  /**
   * The names of the run {@code [p, runEnd)}: parted at {@code 、 / ／} and spaces outside
   * brackets, at {@code 和 及 与} after a name that ends like a unit, and at {@code 会同}; a
   * bracketed phrase after a name is its own role, a bracketed rule is dropped; {@code 由} and a
   * task's own subject before it open no name; a closing {@code 等} ends one. Null when a name is
   * empty of any unit.
   */
  private @Nullable List<Item> run(int p, int runEnd) {
    int s = agentStart(p, runEnd);
    List<Item> items = new ArrayList<>();
    boolean together = false;
    int from = s;
    int depth = 0;
    RoleWord own = null;
    int nameEnd = -1;
    List<Object[]> named = new ArrayList<>();
    for (int i = s; i <= runEnd; i++) {
      char c = i < runEnd ? f.charAt(i) : '、';
      if (i < runEnd && TextChars.isOpenBracket(c) && depth == 0) {
        int close = TextChars.closingBracket(f, i, runEnd);
        if (close > i && isBracketPhrase(i, close)) {
          own = phraseAt(i + 1, close, true).role();
          nameEnd = i;
          i = close;
          continue;
        }
        if (close > i && rules.statesFirstListedLeads(i + 1, close)) {
          ruleAt = i + 1;
          nameEnd = i;
          i = close;
          continue;
        }
        if (close > i && namedAgain(i + 1, close, named)) {
          nameEnd = i;
          i = close;
          continue;
        }
        depth++;
        continue;
      }
      if (i < runEnd && TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
        continue;
      }
      if (depth > 0) {
        continue;
      }
      int cut = -1;
      int next = -1;
      boolean nextTogether = together;
      if (c == '、' || c == '/' || c == '／' || TextChars.isBlank(c)) {
        cut = i;
        next = i + 1;
      } else if ((c == '和' || c == '及' || c == '与') && i > from && joinsUnits(from, i, runEnd)) {
        cut = i;
        next = i + 1;
      } else if (c == '以' && i + 1 < runEnd && f.charAt(i + 1) == '及' && i > from && joinsUnits(from, i + 1, runEnd)) {
        cut = i;
        next = i + 2;
      } else if (c == '会' && i + 1 < runEnd && f.charAt(i + 1) == '同' && i > from) {
        cut = i;
        next = i + 2;
        nextTogether = true;
      }
      if (cut < 0) {
        continue;
      }
      int a = from;
      int b = trim(a, nameEnd >= 0 ? nameEnd : cut);
      if (a < b && rules.isRelatedDepartments(a, b) && endsAsGroup(a, b)) {
        if (own != null) {
          return null;
        }
      } else if (a < b) {
        b = rules.withoutEtc(a, b);
        items.add(new Item(a, b, own, together));
      } else if (own != null) {
        return null;
      }
      together = nextTogether;
      own = null;
      nameEnd = -1;
      from = next;
    }
    for (Object[] again : named) {
      String text = (String) again[0];
      for (int k = 0; k < items.size(); k++) {
        Item item = items.get(k);
        if (item.own() == null && f.regionMatches(item.start(), text, 0, text.length())
            && item.end() - item.start() == text.length()) {
          items.set(k, new Item(item.start(), item.end(), (RoleWord) again[1], item.together()));
        }
      }
    }
    return items;
  }

  /**
   * Whether the joining word ending at {@code at} ({@code 和}, {@code 以及}) stands between two
   * units: the name before it ends like a unit or with {@code 等}, and the one after it opens
   * with its place, a group mark or {@code 有关} ({@code 市司法局和市政务服务管理局}, {@code 公司等和各省级人民政府});
   * {@code 市场运行和消费促进处} is one name.
   */
  private boolean joinsUnits(int from, int at, int runEnd) {
    int before = at - (f.charAt(at) == '及' && at > from && f.charAt(at - 1) == '以' ? 1 : 0);
    if (at + 1 >= runEnd || !(endsAsUnit(from, before) || f.charAt(before - 1) == '等'
        || TextChars.isCloseBracket(f.charAt(before - 1)))) {
      return false;
    }
    return rules.opensWithPlace(at + 1) || f.startsWith("有关", at + 1) || f.startsWith("相关", at + 1);
  }

  /**
   * Whether the bracket content {@code [start, end)} names units of the list again with their role
   * ({@code 责任单位：X、Y（X牵头）}): names then a role phrase ending the bracket; each name and its
   * role go to {@code named}, to be given to the list's names written the same.
   */
  private boolean namedAgain(int start, int end, List<Object[]> named) {
    for (int j = start + 2; j < end; j++) {
      if (!WORDS.couldStart(f.charAt(j))) {
        continue;
      }
      Phrase phrase = phraseAt(j, end, false);
      if (phrase == null || phrase.end() != end || phrase.forward()) {
        continue;
      }
      int from = start;
      List<Object[]> found = new ArrayList<>();
      for (int i = start; i <= j; i++) {
        if (i == j || f.charAt(i) == '、') {
          int a = skip(from, i);
          int b = trim(a, i);
          if (a >= b || !isCleanName(a, b)) {
            return false;
          }
          found.add(new Object[] {f.substring(a, b), phrase.role()});
          from = i + 1;
        }
      }
      named.addAll(found);
      return !found.isEmpty();
    }
    return false;
  }

  /** Where the names start: after {@code 由}/{@code 请} or a task's subject and {@code 由}. */
  private int agentStart(int start, int end) {
    char c = f.charAt(start);
    if ((c == '由' || c == '请') && start + 1 < end) {
      return start + 1;
    }
    WordTable.Match<Boolean> subject = AGENT_SUBJECTS.couldStart(c) ? AGENT_SUBJECTS.matchAt(f, start, end) : null;
    return subject != null && subject.end() + 1 < end && f.charAt(subject.end()) == '由' ? subject.end() + 1 : start;
  }

  /** Whether {@code [start, end)} reads as a unit's name: a unit ending or a group, no role word. */
  private boolean isUnit(int start, int end) {
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

  private boolean allIdeographs(int start, int end) {
    for (int i = start; i < end; i++) {
      if (!TextChars.isIdeograph(f.charAt(i))) {
        return false;
      }
    }
    return start < end;
  }

  /** Whether {@code [start, end)} ends as a group does ({@code 有关部门}, {@code unit-endings.txt}). */
  private boolean endsAsGroup(int start, int end) {
    WordTable.Match<UnitEnding> ending = NoteWords.unitEndings().matchEndingAt(f, end, start);
    return ending != null && ending.meaning() == UnitEnding.GROUP;
  }

  /** Whether {@code [start, end)} ends like a unit, not a leader's post ({@code unit-endings.txt}). */
  private boolean endsAsUnit(int start, int end) {
    WordTable.Match<UnitEnding> ending = NoteWords.unitEndings().matchEndingAt(f, end, start);
    return ending != null && ending.meaning() != UnitEnding.LEADER;
  }

  /** Whether a name at {@code start} opens as a unit's does in prose: with a place level or 各. */
  private boolean opensAsUnit(int start) {
    return rules.opensWithPlace(start);
  }

  private int skip(int start, int end) {
    int i = start;
    while (i < end && (TextChars.isBlank(f.charAt(i)) || ",;:、。".indexOf(f.charAt(i)) >= 0)) {
      i++;
    }
    return i;
  }

  private int trim(int start, int end) {
    int e = end;
    while (e > start && (TextChars.isBlank(f.charAt(e - 1)) || TextChars.isLineBreak(f.charAt(e - 1))
        || ",;:、。.".indexOf(f.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e;
  }
}
