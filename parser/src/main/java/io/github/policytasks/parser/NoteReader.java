package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.NoteField;
import io.github.policytasks.metrics.lexicon.NoteKeys;
import io.github.policytasks.metrics.lexicon.NoteVerb;
import io.github.policytasks.metrics.lexicon.NoteWords;
import io.github.policytasks.metrics.lexicon.UnitEnding;
import io.github.policytasks.metrics.lexicon.UnitJoiner;
import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the content of one responsibility note (annotation guide §2) into {@link NoteParts}:
 * keyed notes ({@code 牵头单位:县科技局、县工信局;配合单位:…}, keys separated by {@code ; ；
 * , ，} or spaces only) and verb-form notes ({@code 县商务局牵头,各镇街按职责分工负责}), which may
 * go on with keyed parts ({@code 县科技局牵头;完成时限:2021年1月}). Units in
 * a key are separated by {@code 、 , ，} or spaces; brackets inside a name ({@code 各镇(街道)})
 * are kept. A clause stating that the first-listed unit leads ({@code 列第一位的为牵头单位}) is a
 * rule, not a name. Works on folded text and cuts nothing: names are offsets into the input.
 * Each note is walked once for the chars its later steps look for ({@link NoteChars}), so the reader
 * belongs to one parse: not thread-safe.
 */
final class NoteReader {
  /** The longest note the reader looks for; bounds every scan so reading stays linear. */
  static final int MAX_NOTE = 1000;

  /** The verbs of verb-form notes ({@code note-verbs.txt}). */
  private static final WordTable<NoteVerb> VERBS = NoteWords.verbs();
  /** The words that give a note its role before an unlisted closing verb ({@code note-verb-heads.txt}). */
  private static final WordTable<NoteVerb> VERB_HEADS = NoteWords.verbHeads();
  /** The most ideographs of an unlisted verb after a {@link #VERB_HEADS} word ({@code 督办}). */
  private static final int MAX_VERB_TAIL = 2;
  /** The endings of unit names ({@code unit-endings.txt}). */
  private static final WordTable<UnitEnding> ENDINGS = NoteWords.unitEndings();
  /** The words that join the last unit of a list ({@code unit-joiners.txt}). */
  private static final WordTable<UnitJoiner> JOINERS = NoteWords.unitJoiners();
  /** The chars that mark a group of units ({@code 各镇街}: {@code unit-group-marks.txt}). */
  private static final String GROUP_MARKS = WordLists.chars("unit-group-marks.txt");
  /** The levels a unit's name opens with when it names its place ({@code 县农粮局}: {@code unit-place-levels.txt}). */
  private static final String PLACE_LEVELS = WordLists.chars("unit-place-levels.txt");
  /** The longest leading clause before the key of a note ({@code 5月底完成，牵头考核单位：…}). */
  private static final int MAX_LEADING_CLAUSE = 40;

  private final String f;
  private final @Nullable Integer year;
  /** Where the chars the steps look for stand in the note being read. */
  private final NoteChars chars;
  /** The items of the list split last, reused from one list to the next. */
  private final NoteItems items = new NoteItems();
  /** The general reader of responsibility clauses, asked before the shape readers' answer is kept. */
  private final RoleClauses clauses;
  /** Tells where the general reader's reading could not be kept, so it is not asked for. */
  private final KeyedNoteCheck keyedCheck;

  NoteReader(String folded, @Nullable Integer year) {
    this.f = folded;
    this.year = year;
    this.chars = new NoteChars(folded);
    this.clauses = new RoleClauses(folded, this, year);
    this.keyedCheck = new KeyedNoteCheck(folded, clauses);
  }

  /**
   * Reads note content {@code [start, end)} (brackets excluded) as one note; null when the content
   * is not a note: it opens with no key and, where {@code allowVerb}, is not a verb-form note or a
   * list of units either.
   */
  @Nullable NoteParts read(int start, int end, boolean allowVerb) {
    chars.survey(start, end);
    int defaultAt = defaultClauseAt(start, end);
    int noteEnd = defaultAt >= 0 ? defaultAt : end;
    NoteParts parts = readByShape(start, end, allowVerb, defaultAt, noteEnd);
    if (allowVerb && (defaultAt < 0 || skipSeparators(start, noteEnd) < noteEnd)) {
      boolean clean = parts != null && isClean(parts);
      if (clean && !parts.names().isEmpty() && keyedCheck.generalCannotWin(start, noteEnd, parts)) {
        return parts;
      }
      NoteParts general = clauses.read(start, noteEnd, clean, false, null);
      if (general != null && prefersGeneral(general, parts)) {
        parts = general;
        if (defaultAt >= 0) {
          readDefaultClause(defaultAt, end, parts);
        }
        parts.countNote();
      }
    }
    return parts;
  }

  /**
   * Whether the general reader's reading of a note is kept over the shape readers' ({@code shaped}):
   * when they read nothing, or a name that is not only a unit's ({@link #isClean}), or fewer names,
   * or the same names in other roles or without the suffix they share ({@code 各县(市)、区人民政府});
   * the shape readers' reading stands where it names more (two
   * units run together, {@code 市行政审批局市司法局}) or the same.
   */
  private boolean prefersGeneral(NoteParts general, @Nullable NoteParts shaped) {
    if (shaped == null || shaped.names().isEmpty() || !isClean(shaped)) {
      return true;
    }
    List<NoteParts.Name> a = general.names();
    List<NoteParts.Name> b = shaped.names();
    if (a.size() != b.size()) {
      return a.size() > b.size();
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).role() != b.get(i).role() || a.get(i).suffixStart() >= 0 && b.get(i).suffixStart() < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every unit a reading names reads as a unit's name, with no role word, space or
   * joining word inside it ({@link RoleClauses#isCleanName}): such a reading is kept when the
   * general reader finds no role phrase in the note.
   */
  private boolean isClean(NoteParts parts) {
    for (NoteParts.Name name : parts.names()) {
      if (name.role() != NoteParts.Role.LEADER && name.suffixStart() < 0 && !clauses.isCleanName(name.start(), name.end())) {
        return false;
      }
    }
    return true;
  }

  /** The shape readers' reading of note content {@code [start, end)} ({@link #read}). */
  private @Nullable NoteParts readByShape(int start, int end, boolean allowVerb, int defaultAt, int noteEnd) {
    NoteParts parts = new NoteParts();
    int p = skipSeparators(start, noteEnd);
    if (p < noteEnd && NoteKeyReader.isKeyAt(f, p, noteEnd)) {
      readKeyed(p, noteEnd, parts);
    } else if (p < noteEnd || defaultAt < 0 || !allowVerb) {
      if (!allowVerb || !readVerbForm(start, noteEnd, parts, false) && !readBareUnits(start, noteEnd, parts)
          && !readClauseThenKeyed(start, noteEnd, parts)) {
        return null;
      }
    }
    if (defaultAt >= 0) {
      readDefaultClause(defaultAt, end, parts);
    }
    parts.countNote();
    return parts;
  }

  /**
   * Reads {@code [start, end)}, the last sentence or clause of a task written without brackets, as
   * a verb-form note ({@code 县农业农村局牵头，各乡镇人民政府负责}, {@code 由A会同B等部门负责落实});
   * null unless every name in it ends like a unit ({@code unit-endings.txt}), so that instructions
   * such as {@code 各村要积极配合} stay text.
   */
  @Nullable NoteParts readClosingSentence(int start, int end) {
    chars.survey(start, end);
    NoteParts parts = new NoteParts();
    if (!readVerbForm(start, end, parts, true)) {
      parts = null;
    }
    NoteParts general = clauses.read(start, end, true, true, null);
    if (general != null && prefersGeneral(general, parts)) {
      parts = general;
    }
    if (parts != null) {
      parts.countNote();
    }
    return parts;
  }

  /**
   * Whether the bracket {@code [open, close]} holds a key that marks the role of the name right
   * before it, a list break or {@code end} after it ({@code X（牵头单位）、Y（配合单位）}): no keyed note.
   */
  boolean marksOwnKey(int open, int close, int end) {
    return clauses.marksOwnKey(open, close, end);
  }

  /** Whether the bracket {@code [open, close]} marks the role of the name before it ({@link RoleClauses#marksNameBefore}). */
  boolean marksNameBefore(int open, int close) {
    return clauses.marksNameBefore(open, close);
  }

  /**
   * Whether {@code [start, end)} names units and nothing else, as a note of them would
   * ({@link #readBareUnits}: the first opens with its place and ends like an office, or names a
   * group, and every other reads as a unit; or any unit-like names before the document's rule).
   */
  boolean readsAsBareUnits(int start, int end) {
    chars.survey(start, end);
    return !clauses.holdsRolePhrase(start, end) && readBareUnits(start, end, new NoteParts());
  }

  /**
   * A note whose keyed part follows one short leading clause ({@code 5月底完成，牵头考核单位：市审批服务局},
   * annotation guide §6): the clause is the note's deadline, reported when it states no date.
   */
  private boolean readClauseThenKeyed(int start, int end, NoteParts parts) {
    int limit = Math.min(end, start + MAX_LEADING_CLAUSE);
    int i = firstOutsideBrackets(start, limit, end, NoteReader::opensColonKey);
    if (i < 0) {
      return false;
    }
    int s = skipSeparators(start, i);
    int e = trimEnd(s, i);
    if (s < e) {
      DeadlineReader.Result result = DeadlineReader.inNoteValue(f, s, e, year);
      if (result.earliest() == null && !result.neededYear()) {
        parts.unreadDeadline(s, e);
      }
      parts.deadline(result);
    }
    readKeyed(i + 1, end, parts);
    return true;
  }

  /** Whether a clause break at {@code at} is followed by a key written with its colon. */
  private boolean opensColonKey(int at, int from, int end) {
    char c = f.charAt(at);
    return (c == ',' || c == ';' || c == '。' || c == ' ') && colonKeyAt(at + 1, end);
  }

  /**
   * A test of one place {@code at} of a note whose scan runs from {@code from} within {@code end};
   * its implementations are method references to {@link NoteReader}'s own tests, which capture
   * nothing, so a scan allocates no test object.
   */
  @FunctionalInterface
  private interface PlaceTest {
    boolean holds(NoteReader reader, int at, int from, int end);
  }

  /**
   * The first index of {@code [from, limit)} outside brackets, not itself a bracket that opens or
   * closes one, where {@code test} holds (given {@code from} and the note's {@code end}); -1 when
   * there is none. An unmatched closing bracket is tested like any other char.
   */
  private int firstOutsideBrackets(int from, int limit, int end, PlaceTest test) {
    int depth = 0;
    for (int i = from; i < limit; i++) {
      char c = f.charAt(i);
      if (depth == 0 && c == NoteKeyReader.BRACKET_OPEN && test.holds(this, i, from, end)) {
        return i;
      }
      if (TextChars.isOpenBracket(c)) {
        depth++;
      } else if (TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
      } else if (depth == 0 && test.holds(this, i, from, end)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where a default clause opens in {@code [start, end)} ({@code 以下均需…}, {@code
   * note-default-clauses.txt}): at the start or after a clause's end, outside brackets; -1 when
   * none does.
   */
  private int defaultClauseAt(int start, int end) {
    if (!chars.mayHold(NoteChars.Kind.DEFAULT_OPENER, start, end)) {
      return -1;
    }
    return firstOutsideBrackets(start, end, end, NoteReader::opensDefaultClause);
  }

  /** Whether a default clause opens at {@code at}: at {@code from} or after a clause's end. */
  private boolean opensDefaultClause(int at, int from, int end) {
    return (at == from || isClauseEnd(f.charAt(at - 1))) && defaultOpenerEnd(at, end) > 0;
  }

  /** The most chars of a written-out subject between a lead-in and its link ({@code 各项措施的配合单位}). */
  private static final int MAX_DEFAULT_SUBJECT = 12;

  /**
   * The end of the default clause's opener at {@code at}, or -1: a word of {@code
   * note-default-clauses.txt} ({@code 以下均需}), else a lead-in, a written-out subject of at most
   * {@link #MAX_DEFAULT_SUBJECT} chars inside the clause, and a link ({@code 以下各项措施的配合单位均为},
   * {@code 以下各项工作均由}).
   */
  private int defaultOpenerEnd(int at, int end) {
    WordTable.Match<Boolean> opener = NoteWords.defaultOpeners().matchAt(f, at, end);
    if (opener != null) {
      return opener.end();
    }
    WordTable.Match<Boolean> leadIn = NoteWords.defaultLeadIns().matchAt(f, at, end);
    if (leadIn == null) {
      return -1;
    }
    int limit = Math.min(end, leadIn.end() + MAX_DEFAULT_SUBJECT + 1);
    for (int i = leadIn.end() + 1; i < limit; i++) {
      char c = f.charAt(i - 1);
      if (isClauseEnd(c) || TextChars.isOpenBracket(c) || TextChars.isCloseBracket(c)) {
        return -1;
      }
      WordTable.Match<Boolean> link = NoteWords.defaultLinks().matchAt(f, i, end);
      if (link != null) {
        return link.end();
      }
    }
    return -1;
  }

  private static boolean isClauseEnd(char c) {
    return c == ',' || c == ';' || c == '。' || c == ' ' || c == '.';
  }

  /**
   * Reads the default clause at {@code [at, end)}: its opener, the units it names up to the end of
   * the clause (a closing verb left out), then closers such as {@code 不再列出}; anything else is
   * reported.
   */
  private void readDefaultClause(int at, int end, NoteParts parts) {
    int openerEnd = defaultOpenerEnd(at, end);
    int unitsStart = openerEnd < 0 ? at : openerEnd;
    int clauseEnd = clauseEnd(unitsStart, end);
    int e = trimEnd(unitsStart, clauseEnd);
    Verb verb = verbAtEnd(unitsStart, e);
    if (verb != null && verb.start() > unitsStart) {
      e = trimEnd(unitsStart, verb.start());
    }
    List<NoteParts.Name> found = new ArrayList<>();
    splitClause(unitsStart, e, NoteParts.Role.RESPONSIBLE, found);
    if (found.isEmpty() || !allUnitLike(found)) {
      parts.unread(at, trimEnd(at, end), "default clause of a responsibility note names no unit");
      return;
    }
    parts.defaults(found, at);
    int p = skipSeparators(clauseEnd, end);
    while (p < end) {
      WordTable.Match<Boolean> closer = NoteWords.defaultClosers().matchAt(f, p, end);
      if (closer == null) {
        parts.unread(p, trimEnd(p, end), "text in a responsibility note after its default clause");
        return;
      }
      p = skipSeparators(closer.end(), end);
    }
  }

  /** The end of the clause starting at {@code from}: the next {@code , ; 。} outside brackets, or {@code end}. */
  private int clauseEnd(int from, int end) {
    int at = firstOutsideBrackets(from, end, end, NoteReader::endsClause);
    return at < 0 ? end : at;
  }

  /** Whether {@code , ; 。} ends a clause at {@code at}. */
  private boolean endsClause(int at, int from, int end) {
    char c = f.charAt(at);
    return c == ',' || c == ';' || c == '。';
  }

  /**
   * A closing bracket that only names units ({@code （县发改局、县财政局）}), maybe followed by the
   * document's rule ({@code （市发改委、…、中储粮某州直属库。排名第一的为牵头单位，下同）}): read like
   * a verb-form {@code 负责} note when its first name opens with a place and ends like an office
   * ({@code 县…局}, {@code 市…委}) or names a group ({@code 各…}) and every other name reads as a
   * unit ({@code 农发行某州市分行}, {@code 青山、白水县人民政府}); with the rule stated, any list of
   * unit-like names. Remarks such as {@code (传染病医院)} stay text.
   */
  private boolean readBareUnits(int start, int end, NoteParts parts) {
    int unitsEnd = trimEnd(start, end);
    int rule = -1;
    for (int clause = lastClauseStart(start, unitsEnd); clause > start; clause = lastClauseStart(start, unitsEnd)) {
      int e = trimEnd(clause, unitsEnd);
      if (statesFirstListedLeads(clause, e)) {
        rule = clause;
      } else if (!isSameBelow(clause, e)) {
        break;
      }
      unitsEnd = trimEnd(start, clause);
    }
    List<NoteParts.Name> found = new ArrayList<>();
    splitNames(start, unitsEnd, NoteParts.Role.RESPONSIBLE_BY_VERB, "、,;", found);
    if (found.isEmpty() || !allUnitLike(found) || rule < 0 && !opensAsOffice(found.get(0))) {
      return false;
    }
    for (NoteParts.Name name : found) {
      parts.add(name);
    }
    if (rule >= 0) {
      parts.firstListedLeads(rule);
    }
    return true;
  }

  /**
   * Where the last clause of {@code [start, end)} starts: after its last {@code , ; 。} outside
   * brackets, else {@code start}. A separator at {@code start} itself opens no clause, and a line
   * break ends none (a note's units may run over a line).
   */
  private int lastClauseStart(int start, int end) {
    int clause = TextChars.lastStretchStart(f, start + 1, end, ",;。", false);
    return clause < 0 ? start : clause;
  }

  /** Whether the name at {@code start} opens with its place ({@code 县…}, {@code unit-place-levels.txt}) or a group mark ({@code 各…}). */
  boolean opensWithPlace(int start) {
    return isGroupMark(f.charAt(start)) || PLACE_LEVELS.indexOf(f.charAt(start)) >= 0;
  }

  /** Whether {@code [start, end)} ends like an office ({@code …局}, {@code …政府}: {@code unit-endings.txt}). */
  boolean endsAsOffice(int start, int end) {
    return endsAs(start, end) == UnitEnding.OFFICE;
  }

  /** Whether {@code [start, end)} opens with a place and ends like an office ({@code 县…局}), or names a group ({@code 各…}). */
  boolean opensAsOffice(int start, int end) {
    return isGroupMark(f.charAt(start)) || PLACE_LEVELS.indexOf(f.charAt(start)) >= 0 && endsAs(start, end) == UnitEnding.OFFICE;
  }

  /** Whether {@code name} names a group ({@code 各…}) or opens with a place and ends like an office. */
  private boolean opensAsOffice(NoteParts.Name name) {
    int s = name.start();
    int e = name.suffixStart() < 0 ? name.end() : name.suffixEnd();
    return isGroupMark(f.charAt(s)) || PLACE_LEVELS.indexOf(f.charAt(s)) >= 0 && endsAs(s, e) == UnitEnding.OFFICE;
  }

  /**
   * Whether {@code [start, end)} names units and nothing else, each opening with a place and
   * ending like an office ({@code 县农粮局}, {@code 县委宣传部、县财政局}) or naming a group
   * ({@code 各乡镇}): a table cell that names the units answering for a row.
   */
  boolean namesOnlyOffices(int start, int end) {
    return officesNamed(start, end) != null;
  }

  private @Nullable List<NoteParts.Name> officesNamed(int start, int end) {
    List<NoteParts.Name> found = new ArrayList<>();
    splitNames(start, end, NoteParts.Role.RESPONSIBLE_BY_VERB, "、,;", found);
    if (found.isEmpty()) {
      return null;
    }
    for (NoteParts.Name name : found) {
      int s = name.start();
      int e = name.end();
      boolean group = isGroupMark(f.charAt(s));
      boolean office = PLACE_LEVELS.indexOf(f.charAt(s)) >= 0 && endsAs(s, e) == UnitEnding.OFFICE;
      if (!isUnitLike(s, e) || !(group || office)) {
        return null;
      }
    }
    return found;
  }

  /**
   * Reads {@code [start, end)} as the value of {@code key}: a table cell under a key column such
   * as {@code 牵头单位}. A unit cell that opens with a note key of its own ({@code 牵头：A；配合：B、C}
   * under {@code 责任单位}) is read as a keyed note: its keys say who leads and who supports.
   */
  void readValueOf(NoteField key, int start, int end, NoteParts parts) {
    chars.survey(start, end);
    int s = skipSeparators(start, end);
    NoteParts general = key == NoteField.LEADER || key == NoteField.DEADLINE ? null
        : clauses.read(start, end, true, false, key);
    if (general != null) {
      NoteParts shaped = new NoteParts();
      readValueByShape(key, start, s, end, shaped);
      chars.survey(start, end);
      if (!prefersGeneral(general, shaped)) {
        general = null;
      }
    }
    if (general != null) {
      for (NoteParts.Name name : general.names()) {
        parts.add(name);
      }
      if (general.firstListedRuleAt() >= 0) {
        parts.firstListedLeads(general.firstListedRuleAt());
      }
    } else {
      readValueByShape(key, start, s, end, parts);
    }
    parts.countNote();
  }

  /** The shape readers' reading of a cell under {@code key} ({@link #readValueOf}). */
  private void readValueByShape(NoteField key, int start, int s, int end, NoteParts parts) {
    if (key != NoteField.LEADER && key != NoteField.DEADLINE && s < end && NoteKeyReader.couldStartKey(f.charAt(s))
        && NoteKeyReader.isKeyAt(f, s, end)) {
      readKeyed(s, end, parts);
    } else {
      readValue(key, start, start, end, parts);
    }
  }

  /**
   * Whether note content {@code [start, end)} reads like a note: a key spelled at a clause's start
   * ({@code …，责任单位…}), or a clause that ends with a verb of notes after some name
   * ({@code …负责}).
   */
  boolean readsLikeNote(int start, int end) {
    for (int i = start; i < end; i++) {
      if ((i == start || isClauseEnd(f.charAt(i - 1))) && NoteKeyReader.couldStartKey(f.charAt(i))
          && NoteKeyReader.at(f, i, end) != null) {
        return true;
      }
      if ((i + 1 == end || isClauseEnd(f.charAt(i + 1))) && i > start) {
        Verb verb = verbAtEnd(start, i + 1);
        if (verb != null && verb.start() > start && !isClauseEnd(f.charAt(verb.start() - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code [start, end)} opens with a note key standing as a key. */
  boolean startsWithKey(int start, int end) {
    int p = skipSeparators(start, end);
    return p < end && NoteKeyReader.isKeyAt(f, p, end);
  }

  private void readKeyed(int start, int end, NoteParts parts) {
    int p = start;
    while (p < end) {
      p = skipSeparators(p, end);
      if (p >= end) {
        break;
      }
      NoteKeyReader.Match key = NoteKeyReader.keyAt(f, p, end);
      if (key == null) {
        int next = nextKey(p, end);
        parts.unread(p, next, "text in a responsibility note that follows no key");
        p = next;
        continue;
      }
      int valueEnd = nextKey(key.end(), end);
      readValue(key.key(), p, key.end(), valueEnd, parts);
      p = valueEnd;
    }
  }

  private void readValue(NoteField key, int keyStart, int start, int end, NoteParts parts) {
    int s = skipSeparators(start, end);
    int e = trimEnd(s, end);
    if (s >= e) {
      parts.unread(keyStart, Math.max(end, keyStart), "responsibility note key has no value");
      return;
    }
    switch (key) {
      case DEADLINE:
        DeadlineReader.Result result = DeadlineReader.inNoteValue(f, s, e, year);
        if (result.earliest() == null && !result.neededYear()) {
          parts.unreadDeadline(s, e);
        }
        parts.deadline(result);
        break;
      case LEADER:
        names(s, e, NoteParts.Role.LEADER, parts, false);
        break;
      case LEAD:
        names(s, e, NoteParts.Role.LEAD, parts, true);
        break;
      case RESPONSIBLE:
        names(s, e, NoteParts.Role.RESPONSIBLE, parts, true);
        break;
      case RESPONSIBLE_DEPARTMENT:
        names(s, e, NoteParts.Role.RESPONSIBLE_DEPARTMENT, parts, true);
        break;
      case SUPPORTING:
        names(s, e, NoteParts.Role.SUPPORTING, parts, true);
        break;
      default:
        throw new IllegalStateException("Unhandled note key " + key);
    }
  }

  /**
   * Splits {@code [start, end)} into names at 、 , ; / 。 and spaces outside brackets, and, in a
   * list of units, at a joining word ({@code 以及}, {@code 和各}: {@link #nextJoiner}), as a verb-form
   * note's list is split; a suffix shared by the list ({@code 甲、乙市政府}) is given to the short
   * names before it. In a list of
   * units, {@code A会同B} names A in {@code role} and B as supporting, as in a verb-form note; a
   * group after it that opens with {@code 有关} or {@code 相关} ({@code 科技部会同有关部门}) names no
   * unit (annotation guide §6 Notes: {@code X等有关部门} is X), unless a level word follows ({@code
   * 会同有关省、自治区人民政府}: {@link #isRelatedDepartments}).
   */
  private void names(int start, int end, NoteParts.Role role, NoteParts parts, boolean units) {
    int together = units && chars.mayHold(NoteChars.Kind.TOGETHER, start, end)
        ? TextChars.indexOf(f, "会同", start, end) : -1;
    if (together > start) {
      names(start, together, role, parts, true);
      int rest = skipSeparators(together + 2, end);
      if (rest < end && !isRelatedDepartments(rest, end)) {
        names(rest, end, NoteParts.Role.SUPPORTING, parts, true);
      }
      return;
    }
    int[] join = units ? nextJoiner(start, end) : null;
    if (join != null) {
      names(start, join[0], role, parts, true);
      names(join[1], end, role, parts, true);
      return;
    }
    NoteItems items = listItems(start, end, "、,; /。", units, true);
    for (int k = 0; k < items.size(); k++) {
      name(items.start(k), items.end(k), role, parts, units, items.suffixStart(k), items.suffixEnd(k));
    }
  }

  /**
   * The items of a list {@code [start, end)} separated by any of {@code separators} outside brackets,
   * each trimmed of separators and spaces, in the reader's reused {@link NoteItems} (valid until the
   * next list is split). In a list
   * of {@code units}, each item loses a closing {@code 等} ({@link #addListItem}), a group of governments
   * listed by level is one item ({@link #joinLevelLists}), and shared suffixes and kind words go to
   * the names before them ({@link #shareSuffix}, {@link #shareKind}). An empty item is kept only when
   * {@code keepEmpty}.
   */
  private NoteItems listItems(int start, int end, String separators, boolean units, boolean keepEmpty) {
    NoteItems items = this.items;
    items.clear();
    for (int itemStart = start; ; ) {
      int itemEnd = ListItems.itemEnd(f, itemStart, end, separators);
      int s = skipSeparators(itemStart, itemEnd);
      int e = trimEnd(s, itemEnd);
      if (units) {
        addListItem(items, s, e, keepEmpty);
      } else if (keepEmpty || s < e) {
        items.add(s, e, -1, -1);
      }
      if (itemEnd == end) {
        break;
      }
      itemStart = itemEnd + 1;
    }
    if (units) {
      joinLevelLists(items);
      shareSuffix(items);
      shareKind(items);
    }
    return items;
  }

  /**
   * Whether {@code [at, end)} opens with {@code 有关} or {@code 相关} and no level word after it
   * ({@code 有关部门}, {@code 相关单位}): a group that names no unit, unlike a group of governments
   * listed by level ({@code 有关省、自治区人民政府}, {@code 有关省级人民政府}), which is one unit as
   * written in a list ({@link #joinLevelLists}).
   */
  boolean isRelatedDepartments(int at, int end) {
    return (f.startsWith("有关", at) || f.startsWith("相关", at)) && levelEnd(at + 2, end) < 0;
  }

  /** The level words a group of governments lists before its suffix ({@code unit-list-levels.txt}). */
  private static final WordTable<Boolean> LIST_LEVELS =
      WordLists.table("unit-list-levels.txt");
  /** The words that open such a group ({@code 各}, {@code 有关}: {@code unit-list-openers.txt}). */
  private static final WordTable<Boolean> LIST_OPENERS =
      WordLists.table("unit-list-openers.txt");

  /**
   * Joins, in place, a group of governments written as a list of level words into one item, as
   * written: an opener and a level word ({@code 各县}, {@code 有关省}), then items that are a level
   * word alone ({@code 市}, {@code 自治区}), then a level word and a name ending in {@code 政府}
   * ({@code 区政府}, {@code 直辖市人民政府}): {@code 各县、市、区政府} (the crawl form of {@code
   * 各县（市、区）政府}), {@code 各省、自治区、直辖市人民政府}, {@code 有关省、自治区人民政府}. Other
   * items stay as they are.
   */
  private void joinLevelLists(NoteItems items) {
    for (int k = 0; k + 1 < items.size(); k++) {
      int firstEnd = items.end(k);
      WordTable.Match<Boolean> opener = LIST_OPENERS.matchAt(f, items.start(k), firstEnd);
      if (opener == null || levelEnd(opener.end(), firstEnd) != firstEnd) {
        continue;
      }
      int m = k + 1;
      while (m < items.size() && levelEnd(items.start(m), items.end(m)) == items.end(m)) {
        m++;
      }
      if (m == items.size()) {
        continue;
      }
      int lastEnd = items.end(m);
      int level = levelEnd(items.start(m), lastEnd);
      if (level > 0 && lastEnd - level >= 2 && f.startsWith("政府", lastEnd - 2)) {
        items.setEnd(k, lastEnd);
        items.remove(k + 1, m + 1);
      }
    }
  }

  /** Where the level word opening {@code [at, end)} ends ({@code unit-list-levels.txt}), or -1. */
  private int levelEnd(int at, int end) {
    WordTable.Match<Boolean> level = LIST_LEVELS.matchAt(f, at, end);
    return level == null ? -1 : level.end();
  }

  /** The longest stem before a shared suffix: {@code 乙} in {@code 甲、乙市政府}. */
  private static final int MAX_STEM = 4;
  /** The level words a shared suffix opens with ({@code 市政府}, {@code 县人民政府}: {@code unit-suffix-levels.txt}). */
  private static final String LEVELS = WordLists.chars("unit-suffix-levels.txt");

  /**
   * Gives the short place names before an item of a list the suffix that item carries ({@code
   * 甲、乙市政府} names 甲市政府 and 乙市政府, annotation guide §6), wherever the item stands in the
   * list ({@code 商务部、黑河、绥芬河市人民政府、海关总署}): the suffix opens with a level word after a
   * stem of at most {@link #MAX_STEM} chars and ends like a unit; a name right before it gets the
   * suffix when it is as short, ends like no unit and with no level word.
   */
  private void shareSuffix(NoteItems items) {
    for (int carrier = items.size() - 1; carrier >= 1; carrier--) {
      int lastStart = items.start(carrier);
      int lastEnd = items.end(carrier);
      int suffix = -1;
      for (int i = lastStart + 1; i + 1 < lastEnd && i <= lastStart + MAX_STEM; i++) {
        if (LEVELS.indexOf(f.charAt(i)) >= 0 && endsAs(i, lastEnd) != null) {
          suffix = i;
          break;
        }
      }
      if (suffix < 0) {
        continue;
      }
      for (int k = carrier - 1; k >= 0; k--) {
        int start = items.start(k);
        int end = items.end(k);
        int length = end - start;
        if (length < 1 || length > MAX_STEM || isGroupMark(f.charAt(start)) || endsAs(start, end) != null
            || LEVELS.indexOf(f.charAt(end - 1)) >= 0) {
          break;
        }
        items.setSuffix(k, suffix, lastEnd);
      }
    }
  }

  private void name(int start, int end, NoteParts.Role role, NoteParts parts, boolean unit,
      int suffixStart, int suffixEnd) {
    int s = skipSeparators(start, end);
    int e = unit ? withoutEtc(s, trimEnd(s, end)) : trimEnd(s, end);
    if (s >= e) {
      return;
    }
    if (statesFirstListedLeads(s, e)) {
      parts.firstListedLeads(s);
      return;
    }
    if (isSameBelow(s, e)) {
      return;
    }
    if (unit) {
      int marker = leadMarker(s, e);
      if (marker > s) {
        parts.add(NoteParts.Role.LEAD, s, trimEnd(s, marker));
        return;
      }
      Verb verb = verbAtEnd(s, e);
      if (verb != null && verb.start() > s) {
        parts.add(verb.role(), s, trimEnd(s, verb.start()));
        return;
      }
    }
    parts.add(suffixStart < 0 && unit ? withoutRemark(role, s, e) : new NoteParts.Name(role, s, e, suffixStart, suffixEnd));
  }

  /**
   * The unit {@code [start, end)} without a remark in brackets inside it that opens with a remark
   * word ({@code 各市（含定州、辛集市，下同）政府} names 各市政府, {@code unit-remarks.txt}); the name
   * as written when it holds none.
   */
  NoteParts.Name withoutRemark(NoteParts.Role role, int start, int end) {
    if (!chars.mayHold(NoteChars.Kind.OPEN_BRACKET, start, end)) {
      return new NoteParts.Name(role, start, end);
    }
    for (int open = start + 1; open < end; open++) {
      if (TextChars.isOpenBracket(f.charAt(open)) && NoteWords.unitRemarks().startsAt(f, open + 1, end)) {
        int close = TextChars.closingBracket(f, open, end);
        if (close < 0) {
          break;
        }
        return close + 1 < end
            ? new NoteParts.Name(role, start, open, close + 1, end)
            : new NoteParts.Name(role, start, open);
      }
    }
    return new NoteParts.Name(role, start, end);
  }

  /**
   * The start of a bracketed lead marker closing a unit name ({@code 县发改局（牵头）}), or -1.
   */
  private int leadMarker(int start, int end) {
    int close = end - 1;
    if (close - 3 < start || !TextChars.isCloseBracket(f.charAt(close))) {
      return -1;
    }
    int open = close - 3;
    return TextChars.isOpenBracket(f.charAt(open)) && f.startsWith("牵头", open + 1) ? open : -1;
  }

  /**
   * Reads verb-form clauses ({@code 县科技局牵头,县财政局配合}); the first clause after them that
   * opens with a key ({@code 责任领导:…}, or {@code 完成时限:…} after a space) starts a keyed part,
   * read to the end of the note as a keyed note is.
   */
  private boolean readVerbForm(int start, int end, NoteParts parts, boolean everyNameEndsAsUnit) {
    List<NoteParts.Name> found = new ArrayList<>();
    List<int[]> verbless = new ArrayList<>();
    int rule = -1;
    int depth = 0;
    int clauseStart = start;
    int keyedFrom = -1;
    for (int i = start; i <= end && keyedFrom < 0; i++) {
      char c = i < end ? f.charAt(i) : ',';
      if (TextChars.isOpenBracket(c)) {
        depth++;
      } else if (TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
      } else if (i == end || depth == 0 && (c == ',' || c == ';' || c == '。'
          || c == ' ' && colonKeyAt(i + 1, end))) {
        int s = skipSeparators(clauseStart, i);
        int e = trimEnd(s, i);
        clauseStart = i + 1;
        if (s >= e) {
          continue;
        }
        if (!found.isEmpty() && NoteKeyReader.keyAt(f, s, end) != null) {
          keyedFrom = s;
          continue;
        }
        if (statesFirstListedLeads(s, e)) {
          rule = s;
          continue;
        }
        if (isSameBelow(s, e)) {
          continue;
        }
        s = agentStart(s, e);
        Verb verb = verbAtEnd(s, e);
        if (verb == null) {
          verbless.add(new int[] {s, e});
          continue;
        }
        if (verb.start() <= s && verbless.isEmpty()) {
          return false;
        }
        for (int[] clause : verbless) {
          splitClause(clause[0], clause[1], verb.role(), found);
        }
        verbless.clear();
        if (verb.start() > s) {
          addClause(s, trimEnd(s, verb.start()), verb.role(), found);
        }
      }
    }
    if (found.isEmpty() || !allUnitLike(found) || !allTiming(verbless)
        || everyNameEndsAsUnit && !allEndAsUnits(found)) {
      return false;
    }
    for (NoteParts.Name name : found) {
      parts.add(endsAs(name.start(), name.end()) == UnitEnding.LEADER
          ? new NoteParts.Name(NoteParts.Role.LEADER, name.start(), name.end(), name.suffixStart(), name.suffixEnd())
          : name);
    }
    for (int[] clause : verbless) {
      parts.deadline(DeadlineReader.inNoteValue(f, clause[0], clause[1], year));
    }
    if (rule >= 0) {
      parts.firstListedLeads(rule);
    }
    if (keyedFrom >= 0) {
      readKeyed(keyedFrom, end, parts);
    }
    return true;
  }

  /** The longest label before a colon that opens a verb-form note ({@code 责任分工}, {@code 工作分工}). */
  private static final int MAX_LABEL = 8;

  /**
   * Where a verb-form clause {@code [start, end)} starts after a label and its colon that name no
   * unit ({@code 责任分工：县交通运输局牵头}, {@code 分工：…}): the words before a colon within
   * {@value #MAX_LABEL} chars that do not end as a unit's name does ({@code unit-endings.txt}) are a
   * label, not part of the first unit; else {@code start}.
   */
  private int afterLabel(int start, int end) {
    int limit = Math.min(end - 1, start + MAX_LABEL + 1);
    for (int k = start + 1; k < limit; k++) {
      if (f.charAt(k) == ':') {
        return endsAs(start, k) == null ? skipSeparators(k + 1, end) : start;
      }
    }
    return start;
  }

  /** The words that name the task itself before 由 ({@code note-agent-subjects.txt}: 此项工作, 该项任务). */
  private static final WordTable<Boolean> AGENT_SUBJECTS = WordLists.table("note-agent-subjects.txt");

  /**
   * Where the units of a verb-form clause {@code [start, end)} start: after a {@code 由} or {@code 请}
   * that opens it, or after {@code 由} when one word naming the task itself stands before it
   * ({@code 此项工作由县水利局负责}: {@code note-agent-subjects.txt}); else at {@code start}.
   */
  private int agentStart(int start, int end) {
    start = afterLabel(start, end);
    char c = f.charAt(start);
    if (c == '由' || c == '请') {
      return start + 1;
    }
    if (!AGENT_SUBJECTS.couldStart(c)) {
      return start;
    }
    WordTable.Match<Boolean> subject = AGENT_SUBJECTS.matchAt(f, start, end);
    return subject != null && subject.end() + 1 < end && f.charAt(subject.end()) == '由'
        ? subject.end() + 1 : start;
  }

  /**
   * Adds the units of one verb-form clause {@code [start, end)} (its verb left out) with the verb's
   * role; in {@code A会同B} A leads and B supports. A group after {@code 会同} that opens with
   * {@code 有关} or {@code 相关} ({@code 省商务厅会同有关部门负责}) names no unit, as in a keyed
   * list ({@link #names}; annotation guide §6 Notes: {@code X等有关部门} is X), unless a level word
   * follows ({@code 会同有关省、自治区人民政府}: {@link #isRelatedDepartments}).
   */
  private void addClause(int start, int end, NoteParts.Role role, List<NoteParts.Name> found) {
    int together = chars.mayHold(NoteChars.Kind.TOGETHER, start, end)
        ? TextChars.indexOf(f, "会同", start, end) : -1;
    if (together > start) {
      splitClause(start, together, NoteParts.Role.LEAD, found);
      int rest = skipSeparators(together + 2, end);
      if (rest < end && !isRelatedDepartments(rest, end)) {
        splitClause(rest, end, NoteParts.Role.SUPPORTING, found);
      }
    } else {
      splitClause(start, end, role, found);
    }
  }

  /**
   * Whether every clause left after the last verb of a verb-form note tells the task's timing
   * ({@code 2019年底前完成}: a date; {@code 持续推进}: a pace, {@code note-progress.txt}) rather
   * than naming units without a verb; true when there is none.
   */
  private boolean allTiming(List<int[]> clauses) {
    for (int[] clause : clauses) {
      WordTable.Match<Boolean> pace = NoteWords.progressPhrases().matchAt(f, clause[0], clause[1]);
      if (pace != null && pace.end() == clause[1]) {
        continue;
      }
      DeadlineReader.Result result = DeadlineReader.inNoteValue(f, clause[0], clause[1], year);
      if (result.earliest() == null && !result.neededYear()) {
        return false;
      }
    }
    return true;
  }

  /** Whether a key written with its colon ({@code 完成时限:}) stands at {@code at}. */
  private boolean colonKeyAt(int at, int end) {
    if (at >= end || !NoteKeyReader.couldStartKey(f.charAt(at))) {
      return false;
    }
    NoteKeyReader.Match key = NoteKeyReader.keyAt(f, at, end);
    return key != null && f.charAt(key.end() - 1) == ':';
  }

  /** What the last word of {@code [start, end)} shows ({@code unit-endings.txt}), or null. */
  private @Nullable UnitEnding endsAs(int start, int end) {
    WordTable.Match<UnitEnding> ending = ENDINGS.matchEndingAt(f, end, start);
    return ending == null ? null : ending.meaning();
  }

  /**
   * Whether folded {@code [start, end)} reads as a unit name: it ends like an organisation
   * ({@code …局}, {@code …中心}, {@code …公司}) or names a group ({@code 各镇街}, {@code 县直有关部门}).
   */
  private boolean isUnitLike(int start, int end) {
    if (end - start < 2 || end - start > 40) {
      return false;
    }
    return isGroupMark(f.charAt(start)) || TextChars.isCloseBracket(f.charAt(end - 1)) || endsAs(start, end) != null;
  }

  /**
   * {@code 下同}, {@code 不再列出}: a clause that extends a stated rule to what follows
   * ({@code note-default-clauses.txt}, closers).
   */
  boolean isSameBelow(int start, int end) {
    WordTable.Match<Boolean> closer = NoteWords.defaultClosers().matchAt(f, start, end);
    return closer != null && closer.end() == end;
  }

  /**
   * The words after {@code 等} that name the kind of unit a list of fields shares ({@code
   * 商务、财政等部门}: {@code unit-kinds-after-etc.txt}).
   */
  private static final WordTable<Boolean> KINDS_AFTER_ETC = WordLists.table("unit-kinds-after-etc.txt");
  /** The longest field name that takes that kind word ({@code 人力资源社会保障}). */
  private static final int MAX_FIELD = 10;

  /**
   * Adds the list item {@code [start, end)} to {@code items} without a closing {@code 等} and the
   * group words after it ({@link #withoutEtc}); where the word after {@code 等} is {@code 部门}
   * alone and the name before it ends like no unit ({@code 财政等部门}: a kind of department named
   * by its field, at every level), that word is the name's suffix: 财政部门. An item left empty is
   * added only when {@code keepEmpty}.
   */
  private void addListItem(NoteItems items, int start, int end, boolean keepEmpty) {
    int run = runTogetherEnd(start, end);
    if (run > 0) {
      items.add(start, run, -1, -1);
      addListItem(items, run, end, keepEmpty);
      return;
    }
    int e = withoutEtc(start, end);
    if (!keepEmpty && start >= e) {
      return;
    }
    int etc = e < end ? TextChars.indexOf(f, '等', e, end) : -1;
    boolean kind = etc >= 0 && isKindAfterEtc(etc + 1, end) && e - start <= MAX_FIELD && endsAs(start, e) == null;
    if (kind) {
      items.add(start, e, etc + 1, end);
    } else {
      items.add(start, e, -1, -1);
    }
  }

  /** The shortest of two unit names run together ({@link #runTogetherEnd}). */
  private static final int MIN_RUN_TOGETHER_NAME = 3;
  /** Words that open with a place level but no unit's name ({@code unit-run-together-not-openings.txt}). */
  private static final WordTable<Boolean> NOT_RUN_TOGETHER_OPENINGS =
      WordLists.table("unit-run-together-not-openings.txt");

  /**
   * Where the first of two unit names run together without a separator ends ({@code
   * 市行政审批局市司法局}: a copy lost the line break between them; annotation guide §6, Lost line
   * breaks), or -1: both open with a place level ({@code unit-place-levels.txt}), the first ends like
   * an office ({@code 局}, {@code 委}, {@code 办}, {@code 厅}, {@code 中心}), the second like a unit, neither
   * shorter than {@value #MIN_RUN_TOGETHER_NAME} characters ({@code 市委} is no name to split after), and
   * no word of {@code unit-run-together-not-openings.txt} ({@code 市场}) opens the second. Looks
   * only where a place level stands.
   */
  private int runTogetherEnd(int start, int end) {
    if (end - start < 2 * MIN_RUN_TOGETHER_NAME || PLACE_LEVELS.indexOf(f.charAt(start)) < 0) {
      return -1;
    }
    for (int p = start + MIN_RUN_TOGETHER_NAME; p <= end - MIN_RUN_TOGETHER_NAME; p++) {
      char c = f.charAt(p - 1);
      if (TextChars.isOpenBracket(c) || TextChars.isCloseBracket(c)) {
        return -1;
      }
      if (PLACE_LEVELS.indexOf(f.charAt(p)) >= 0 && endsAs(start, p) == UnitEnding.OFFICE
          && NOT_RUN_TOGETHER_OPENINGS.matchAt(f, p, end) == null && isRunTogetherSecond(p, end)) {
        return p;
      }
    }
    return -1;
  }

  /** Whether {@code [p, end)} ends like a unit or an office, not a group or a leader's post. */
  private boolean isRunTogetherSecond(int p, int end) {
    UnitEnding ending = endsAs(p, end);
    return ending == UnitEnding.OFFICE || ending == UnitEnding.UNIT;
  }

  /**
   * Gives the kind word that the last item of a list took after {@code 等} ({@link #addListItem}) to
   * the field names before it that end like no unit: {@code 人力资源社会保障、财政等部门} names
   * 人力资源社会保障部门 and 财政部门 (annotation guide §6: a shared suffix distributes).
   */
  private void shareKind(NoteItems items) {
    if (items.size() == 0) {
      return;
    }
    int last = items.size() - 1;
    int kindStart = items.suffixStart(last);
    int kindEnd = items.suffixEnd(last);
    if (kindStart < 0 || !isKindAfterEtc(kindStart, kindEnd)) {
      return;
    }
    for (int k = last - 1; k >= 0; k--) {
      int start = items.start(k);
      int end = items.end(k);
      if (items.suffixStart(k) >= 0 || end - start < 1 || end - start > MAX_FIELD || isGroupMark(f.charAt(start))
          || endsAs(start, end) != null) {
        break;
      }
      items.setSuffix(k, kindStart, kindEnd);
    }
  }

  /** Whether {@code [start, end)} is a kind word after {@code 等} and nothing more ({@code 部门}). */
  private boolean isKindAfterEtc(int start, int end) {
    WordTable.Match<Boolean> kind = KINDS_AFTER_ETC.matchAt(f, start, end);
    return kind != null && kind.end() == end;
  }

  /** Whether {@code c} marks a group of units ({@code 各} of {@code 各镇街}: {@code unit-group-marks.txt}). */
  private static boolean isGroupMark(char c) {
    return GROUP_MARKS.indexOf(c) >= 0;
  }

  /** The longest group phrase after {@code 等} ({@code 等国务院有关部门和单位}). */
  private static final int MAX_GROUP_AFTER_ETC = 10;

  /**
   * The end of the name {@code [start, end)} without a closing {@code 等} list marker and the group
   * words after it ({@code 发展改革委等}, {@code 县财政局等有关部门}, {@code 公安部等国务院相关部门},
   * annotation guide §6): the name is the unit before it.
   */
  int withoutEtc(int start, int end) {
    if (!chars.mayHold(NoteChars.Kind.ETC, start, end)) {
      return end;
    }
    for (int at = end - 1; at > start + 1 && at >= end - 1 - MAX_GROUP_AFTER_ETC; at--) {
      if (f.charAt(at) == '等' && (at + 1 == end || endsAs(at + 1, end) == UnitEnding.GROUP)) {
        return trimEnd(start, at);
      }
    }
    return end;
  }

  /**
   * Adds the units of a list {@code [start, end)} separated by {@code 、}, spaces, {@code /} or a
   * joining word ({@code 以及}; {@code 和} after {@code 等} or before {@code 各}: {@code
   * unit-joiners.txt}), outside brackets.
   */
  private void splitClause(int start, int end, NoteParts.Role role, List<NoteParts.Name> out) {
    int from = start;
    for (int[] join = nextJoiner(from, end); join != null; join = nextJoiner(from, end)) {
      splitNames(from, join[0], role, "、 /", out);
      from = join[1];
    }
    splitNames(from, end, role, "、 /", out);
  }

  /**
   * The first joining word of a list of units in {@code [from, end)} outside brackets ({@code
   * 以及}, {@code 及}; {@code 和} after {@code 等} or before {@code 各}: {@code unit-joiners.txt})
   * that has a name before it, as {@code {start, end}} of the word itself; null when none.
   */
  private int @Nullable [] nextJoiner(int from, int end) {
    if (!chars.mayHold(NoteChars.Kind.JOINER, from, end)) {
      return null;
    }
    int depth = 0;
    for (int i = from; i < end; i++) {
      char c = f.charAt(i);
      if (TextChars.isOpenBracket(c)) {
        depth++;
        continue;
      }
      if (TextChars.isCloseBracket(c)) {
        depth = Math.max(0, depth - 1);
        continue;
      }
      WordTable.Match<UnitJoiner> joiner = depth == 0 && JOINERS.couldStart(c) ? JOINERS.matchAt(f, i, end) : null;
      if (joiner != null) {
        int joinStart = i + joiner.meaning().start();
        int joinEnd = i + joiner.meaning().end();
        if (joinStart > from) {
          return new int[] {joinStart, joinEnd};
        }
      }
    }
    return null;
  }

  /**
   * Adds to {@code out} the names in {@code [start, end)} separated by any of {@code separators}
   * outside brackets, each trimmed of separators and spaces and of a closing {@code 等}.
   */
  private void splitNames(int start, int end, NoteParts.Role role, String separators,
      List<NoteParts.Name> out) {
    NoteItems items = listItems(start, end, separators, true, false);
    for (int k = 0; k < items.size(); k++) {
      out.add(new NoteParts.Name(role, items.start(k), items.end(k), items.suffixStart(k), items.suffixEnd(k)));
    }
  }

  /**
   * Whether every name ends like a unit or a leader's post (not only opens with {@code 各}); a name
   * closing with a bracketed part ends as what stands before that bracket ({@code 各乡镇（街道）},
   * {@code 县政府办公室（县政府督查室）}: {@link #endsAsBeforeBracket}).
   */
  private boolean allEndAsUnits(List<NoteParts.Name> names) {
    for (NoteParts.Name name : names) {
      if (name.suffixStart() < 0 && endsAs(name.start(), name.end()) == null
          && !endsAsBeforeBracket(name.start(), name.end())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code [start, end)} closes with one bracketed part (another name or the places it
   * covers: {@code 各乡镇（街道）}, {@code 县发改局（粮食局）}) and the name before that bracket ends
   * like a unit. Nested brackets are not followed.
   */
  private boolean endsAsBeforeBracket(int start, int end) {
    if (end - start < 4 || !TextChars.isCloseBracket(f.charAt(end - 1))) {
      return false;
    }
    for (int i = end - 2; i > start; i--) {
      char c = f.charAt(i);
      if (TextChars.isCloseBracket(c)) {
        return false;
      }
      if (TextChars.isOpenBracket(c)) {
        return endsAs(start, i) != null;
      }
    }
    return false;
  }

  private boolean allUnitLike(List<NoteParts.Name> names) {
    for (NoteParts.Name name : names) {
      if (name.suffixStart() < 0 && !isUnitLike(name.start(), name.end())) {
        return false;
      }
    }
    return true;
  }

  private record Verb(NoteParts.Role role, int start) {}

  /**
   * The verb ending {@code [start, end)}, the longest winning; a responsibility verb right after a
   * lead or supporting verb ({@code 牵头负责落实}, {@code 参与研究提出落实意见}) is that verb's.
   */
  private @Nullable Verb verbAtEnd(int start, int end) {
    WordTable.Match<NoteVerb> verb = VERBS.matchEndingAt(f, end, start);
    if (verb == null) {
      Verb keyed = roleKeyAtEnd(start, end);
      return keyed != null ? keyed : headBeforeTail(start, end);
    }
    if (verb.meaning() == NoteVerb.RESPONSIBLE) {
      WordTable.Match<NoteVerb> before = VERBS.matchEndingAt(f, verb.start(), start);
      if (before != null && before.meaning() != NoteVerb.RESPONSIBLE) {
        return new Verb(roleOf(before.meaning()), before.start());
      }
    }
    return new Verb(roleOf(verb.meaning()), verb.start());
  }

  /**
   * A unit key after {@code 为} or {@code 是} closing {@code [start, end)}, read as a verb of its role
   * ({@code 县行政审批局为牵头单位，县政务服务中心、县大数据中心为配合单位}: {@link
   * NoteKeyReader#roleKeyEndingAt}): a lead key leads, a supporting key supports, a responsible key
   * is 负责; the verb starts at the link. Null when the clause does not end so.
   */
  private @Nullable Verb roleKeyAtEnd(int start, int end) {
    if (end - start < 4 || !TextChars.isIdeograph(f.charAt(end - 1))) {
      return null;
    }
    NoteKeyReader.LinkedKey key = NoteKeyReader.roleKeyEndingAt(f, end, start);
    if (key == null) {
      return null;
    }
    int link = key.link();
    switch (key.field()) {
      case LEAD:
        return new Verb(NoteParts.Role.LEAD, link);
      case SUPPORTING:
        return new Verb(NoteParts.Role.SUPPORTING, link);
      default:
        return new Verb(NoteParts.Role.RESPONSIBLE_BY_VERB, link);
    }
  }

  /**
   * The role word before an unlisted verb of at most {@value #MAX_VERB_TAIL} ideographs that closes
   * {@code [start, end)} ({@code 县商务局牵头督办}, {@code A、B按职责分工推进}; {@code
   * note-verb-heads.txt}), with at least one character before it to name a unit; null when there is
   * none, or when the words after it are a unit's noun ({@code 各项目牵头单位}: a unit named by its role).
   */
  private @Nullable Verb headBeforeTail(int start, int end) {
    for (int tail = 1; tail <= MAX_VERB_TAIL && end - tail > start; tail++) {
      if (!TextChars.isIdeograph(f.charAt(end - tail))) {
        return null;
      }
      WordTable.Match<NoteVerb> head = VERB_HEADS.matchEndingAt(f, end - tail, start);
      if (head != null && head.start() > start) {
        WordTable.Match<UnitEnding> noun = ENDINGS.matchEndingAt(f, end, end - tail);
        return noun != null && noun.start() == end - tail ? null : new Verb(roleOf(head.meaning()), head.start());
      }
    }
    return null;
  }

  private static NoteParts.Role roleOf(NoteVerb verb) {
    switch (verb) {
      case LEAD:
        return NoteParts.Role.LEAD;
      case RESPONSIBLE:
        return NoteParts.Role.RESPONSIBLE_BY_VERB;
      case SUPPORTING:
        return NoteParts.Role.SUPPORTING;
      default:
        throw new IllegalStateException("Unhandled verb role " + verb);
    }
  }

  /** Whether a word naming the first place of a list ({@code 第一}, {@code 首位}; note-phrases.txt) stands in {@code [start, end)}. */
  private boolean namesFirstPosition(int start, int end) {
    WordTable<Boolean> words = NoteKeys.firstPositionWords();
    for (int i = start; i < end; i++) {
      if (words.couldStart(f.charAt(i)) && words.startsAt(f, i, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code [start, end)} says that the first-listed unit leads: a first place's words
   * ({@code 第一}, {@code 首位}) within 11 chars before {@code 为} or {@code 是} and a lead key or
   * {@code 牵头} after it ({@code 列第一位的为牵头单位}, {@code 排在首位的为主责单位}).
   */
  boolean statesFirstListedLeads(int start, int end) {
    if (!chars.mayHold(NoteChars.Kind.LINK, start, end)) {
      return false;
    }
    return statesFirstListedLeadsAfter("为", start, end) || statesFirstListedLeadsAfter("是", start, end);
  }

  /** Whether a {@code link} in {@code [start, end)} has a first place's words before it and a lead key after it. */
  private boolean statesFirstListedLeadsAfter(String link, int start, int end) {
    for (int at = TextChars.indexOf(f, link, start + 1, end - 1); at >= 0; at = TextChars.indexOf(f, link, at + 1, end - 1)) {
      NoteKeyReader.Match key = NoteKeyReader.couldStartKey(f.charAt(at + 1)) ? NoteKeyReader.at(f, at + 1, end) : null;
      boolean lead = key != null && key.key() == NoteField.LEAD || f.startsWith("牵头", at + 1);
      if (lead && namesFirstPosition(Math.max(start, at - 11), at)) {
        return true;
      }
    }
    return false;
  }

  private int skipSeparators(int start, int end) {
    int i = start;
    while (i < end) {
      char c = f.charAt(i);
      if (c == ' ' || c == ',' || c == ';' || c == '、' || c == '.' || c == '。' || c == ':'
          || TextChars.isLineBreak(c)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private int trimEnd(int start, int end) {
    int e = end;
    while (e > start) {
      char c = f.charAt(e - 1);
      if (c == ' ' || c == ',' || c == ';' || c == '、' || c == '.' || c == '。' || c == ':'
          || TextChars.isLineBreak(c)) {
        e--;
      } else {
        break;
      }
    }
    return e;
  }

  /**
   * The start of the next key after {@code from}: a key that stands at a boundary (after a
   * separator or space, outside brackets), or a key with its colon run straight onto the units
   * before it ({@code 牵头单位:县科技局责任单位:…}, own-line notes whose line break a copy lost),
   * within {@code end}; {@code end} when there is none.
   */
  private int nextKey(int from, int end) {
    int at = firstOutsideBrackets(from, end, end, NoteReader::opensNextKey);
    return at < 0 ? end : at;
  }

  /**
   * Whether a key stands at {@code at}, after {@code from}: after a boundary, or with its colon (or
   * a link standing for one, {@link NoteKeyReader#endsWithColon}) straight after the units before it.
   */
  private boolean opensNextKey(int at, int from, int end) {
    if (at <= from) {
      return false;
    }
    NoteKeyReader.Match key = NoteKeyReader.keyAt(f, at, end);
    return key != null && (isBoundary(f.charAt(at - 1)) || NoteKeyReader.endsWithColon(f, key)
        || f.charAt(at) == NoteKeyReader.BRACKET_OPEN);
  }

  private static boolean isBoundary(char c) {
    return c == ' ' || c == ',' || c == ';' || c == '。' || c == '.' || c == '、'
        || TextChars.isLineBreak(c) || TextChars.isCloseBracket(c);
  }
}
