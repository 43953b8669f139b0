package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.NoteField;
import io.github.policytasks.metrics.lexicon.NoteWords;
import io.github.policytasks.metrics.lexicon.RoleWord;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tokeniser of the responsibility-clause reader ({@link RoleClauses}): cuts a note into role
 * phrases ({@link RolePhrases}), runs of unit names ({@link RoleItem}s, parted at {@code 、 / ／},
 * spaces, joining words and {@code 会同}) and clause breaks, dropping a stated rule ({@code
 * 列第一位的为牵头单位}) and {@code 下同}. Not thread-safe (one per parse: it marks {@link
 * RoleNoteFlags}).
 */
final class RoleTokens {
  /** The longest clause read as a stated rule ({@code 列第一位的为牵头单位，}), not as names before one. */
  private static final int MAX_RULE = 16;
  /** The most ideographs of words no list holds between a unit and its role phrase ({@code 联合}, {@code 是第一}). */
  private static final int MAX_LINK = 3;
  /** The clauses that extend a stated rule to what follows ({@code 下同}): {@link NoteReader#isSameBelow} reads one only where one of them starts. */
  private static final WordTable<Boolean> CLOSERS = NoteWords.defaultClosers();

  private final String f;
  private final NoteReader rules;
  private final RoleNames names;
  private final RolePhrases phrases;
  private final RoleNoteFlags flags;
  /** The last clause {@link #clauseEnd} scanned: from, end, first bracket in it (or its end), scan limit. */
  private int clauseFrom = -1;
  private int clauseTo = -1;
  private int clauseBracket = -1;
  private int clauseLimit = -1;
  /** The tokens of the note read last, reused from one note to the next. */
  private final List<Object> tokenList = new ArrayList<>();
  /** Lists of names reused from one note to the next: the first {@link #runsUsed} hold the runs of the note read last. */
  private final List<List<RoleItem>> runLists = new ArrayList<>();
  private int runsUsed;

  RoleTokens(String folded, NoteReader rules, RoleNames names, RolePhrases phrases, RoleNoteFlags flags) {
    this.f = folded;
    this.rules = rules;
    this.names = names;
    this.phrases = phrases;
    this.flags = flags;
  }

  /**
   * The note as tokens: {@link RolePhrase}s, runs (lists of {@link RoleItem}) and clause breaks
   * ({@link Integer} offsets); null when some stretch is neither (a word that is no unit, no role
   * phrase and no rule). The list and its runs are reused by the next call: they are read before
   * another note is.
   */
  @Nullable List<Object> tokens(int start, int end) {
    List<Object> tokens = tokenList;
    tokens.clear();
    runsUsed = 0;
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
      if (rule || CLOSERS.couldStart(c) && rules.isSameBelow(p, names.trim(p, clauseEnd))) {
        if (rule) {
          flags.ruleAt = p;
        }
        p = clauseEnd;
        continue;
      }
      if (TextChars.isOpenBracket(c)) {
        int close = TextChars.closingBracket(f, p, end);
        if (close > p && (phrases.isBracketPhrase(p, close) || phrases.isBracketKey(p, close))) {
          RolePhrase inner = phrases.phraseAt(p + 1, close, true);
          tokens.add(new RolePhrase(inner.role(), p, close + 1, true, inner.department(), inner.subject()));
          p = close + 1;
          continue;
        }
      }
      NoteKeyReader.Match known = NoteKeyReader.couldStartKey(c) ? NoteKeyReader.keyAt(f, p, end) : null;
      if (known != null && RoleTables.keyRole(known.key()) != null) {
        tokens.add(new RolePhrase(RoleTables.keyRole(known.key()), p, known.end(), true,
            known.key() == NoteField.RESPONSIBLE_DEPARTMENT));
        p = known.end();
        continue;
      }
      RolePhrase phrase = phrases.phraseAt(p, end, true);
      if (phrase == null && known == null) {
        phrase = phrases.shapedKeyAt(p, end);
      }
      if (phrase != null) {
        tokens.add(phrase);
        p = phrase.end();
        continue;
      }
      int runEnd = runEnd(p, end);
      int e = names.trim(p, runEnd);
      boolean beforePhrase = runEnd < end && !RolePhrases.isBreak(f.charAt(runEnd)) && f.charAt(runEnd) != ',' && f.charAt(runEnd) != ';'
          && f.charAt(runEnd) != '。' && !TextChars.isLineBreak(f.charAt(runEnd));
      if (beforePhrase && e - p <= RoleNames.MAX_UNKNOWN && !rules.opensWithPlace(p) && names.unitEndBefore(p, e) < 0 && !names.endsAsUnit(p, e) && names.allIdeographs(p, e)) {
        p = runEnd;
        continue;
      }
      List<RoleItem> run = run(p, runEnd);
      if (run == null) {
        return null;
      }
      RolePhrase unknownVerb = null;
      if (!run.isEmpty()) {
        RoleItem last = run.get(run.size() - 1);
        if (!names.isCleanName(last.start(), last.end()) && rules.opensWithPlace(last.start())) {
          int unitEnd = beforePhrase ? -1 : names.verbTailUnitEnd(last.start(), last.end(), RoleNames.MAX_UNKNOWN);
          if (unitEnd < 0) {
            unitEnd = names.unitEndBefore(last.start(), last.end());
          }
          if (unitEnd > 0 && beforePhrase && last.end() - unitEnd > MAX_LINK) {
            unitEnd = -1;
          }
          if (unitEnd < 0 && beforePhrase) {
            unitEnd = names.verbTailUnitEnd(last.start(), last.end(), MAX_LINK);
          }
          if (unitEnd > 0) {
            run.set(run.size() - 1, new RoleItem(last.start(), rules.withoutEtc(last.start(), unitEnd), last.own(), last.together()));
            flags.trimmed |= beforePhrase;
            if (!beforePhrase) {
              int verb = names.afterFillers(unitEnd, last.end());
              RoleWord leaning = RoleTables.leaning(f, unitEnd, last.end());
              flags.bareVerbs += verb == unitEnd && leaning == RoleWord.RESPONSIBLE ? 1 : 0;
              flags.trimmed |= RoleTables.ROLE_GIVING.couldStart(f.charAt(Math.min(verb, last.end() - 1)))
                  && RoleTables.ROLE_GIVING.startsAt(f, verb, last.end());
              unknownVerb = new RolePhrase(leaning, unitEnd, last.end(), false, false,
                  false, true);
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

  /**
   * The end of the clause from {@code p}: the next {@code , ; 。} outside brackets, or {@code end}.
   * The last clause found is kept: from any later {@code p} in it with no bracket before {@code p},
   * the scan would find the same end, so it is not done again for each token of the clause.
   */
  private int clauseEnd(int p, int end) {
    if (p > clauseFrom && p < clauseTo && p <= clauseBracket && end == clauseLimit) {
      return clauseTo;
    }
    int depth = 0;
    int bracket = -1;
    int i = p;
    for (; i < end; i++) {
      char c = f.charAt(i);
      if (TextChars.isOpenBracket(c)) {
        depth++;
        bracket = bracket < 0 ? i : bracket;
      } else if (TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ';' || c == '。')) {
        break;
      } else if (TextChars.isCloseBracket(c)) {
        bracket = bracket < 0 ? i : bracket;
      }
    }
    clauseFrom = p;
    clauseTo = i;
    clauseBracket = bracket < 0 ? i : bracket;
    clauseLimit = end;
    return i;
  }

  /** Where the run of names from {@code p} ends: at a clause break, a role phrase, or {@code end}. */
  private int runEnd(int p, int end) {
    int depth = 0;
    for (int i = p; i < end; i++) {
      char c = f.charAt(i);
      if (TextChars.isOpenBracket(c)) {
        int close = TextChars.closingBracket(f, i, end);
        boolean ownKey = close > i && phrases.isOwnKeyMark(i, close, end);
        if (close > i && !ownKey && phrases.isBracketKey(i, close)) {
          return i;
        }
        if (close > i && (ownKey || phrases.isBracketPhrase(i, close) || rules.statesFirstListedLeads(i + 1, close))) {
          i = close;
          continue;
        }
        depth++;
      } else if (TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ';' || c == '。' || TextChars.isLineBreak(c))) {
        return i;
      } else if (depth == 0 && i > p && TextChars.isBlank(f.charAt(i - 1)) && phrases.shapedKeyAt(i, end) != null) {
        return i;
      } else if (depth == 0 && i > p && RoleTables.WORDS.couldStart(c)) {
        RolePhrase phrase = phrases.phraseAt(i, end, false);
        if (phrase != null && phrase.role() != RoleWord.NOUN) {
          return i;
        }
      }
    }
    return end;
  }

  /**
   * The names of the run {@code [p, runEnd)}: parted at {@code 、 / ／} and spaces outside
   * brackets, at {@code 和 及 与} after a name that ends like a unit, and at {@code 会同}; a
   * bracketed phrase after a name is its own role, a bracketed rule is dropped; {@code 由} and a
   * task's own subject before it open no name; a closing {@code 等} ends one. Null when a name is
   * empty of any unit.
   */
  private @Nullable List<RoleItem> run(int p, int runEnd) {
    int s = agentStart(p, runEnd);
    List<RoleItem> items = freshRun();
    boolean together = false;
    int from = s;
    int depth = 0;
    RoleWord own = null;
    int nameEnd = -1;
    List<Object[]> named = null;
    int supportedAfter = 0;
    for (int i = s; i <= runEnd; i++) {
      char c = i < runEnd ? f.charAt(i) : '、';
      if (i < runEnd && TextChars.isOpenBracket(c) && depth == 0) {
        int close = TextChars.closingBracket(f, i, runEnd);
        if (close > i && (phrases.isBracketPhrase(i, close) || phrases.isOwnKeyMark(i, close, runEnd))) {
          own = phrases.phraseAt(i + 1, close, true).role();
          nameEnd = i;
          i = close;
          continue;
        }
        if (close > i && rules.statesFirstListedLeads(i + 1, close)) {
          flags.ruleAt = i + 1;
          nameEnd = i;
          i = close;
          continue;
        }
        if (close > i && named == null) {
          named = new ArrayList<>();
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
      } else if (i > from && RoleTables.WORDS.couldStart(c)) {
        int object = supportedUnitAt(from, i, runEnd);
        if (object > 0) {
          cut = i;
          next = object;
          supportedAfter = items.size() + 1;
        }
      }
      if (cut < 0) {
        continue;
      }
      int a = from;
      int b = names.trim(a, nameEnd >= 0 ? nameEnd : cut);
      if (a < b && rules.isRelatedDepartments(a, b) && names.endsAsGroup(a, b)) {
        if (own != null) {
          return null;
        }
      } else if (a < b) {
        b = rules.withoutEtc(a, b);
        items.add(new RoleItem(a, b, own, together));
      } else if (own != null) {
        return null;
      }
      together = nextTogether;
      own = null;
      nameEnd = -1;
      from = next;
    }
    for (int k = 0; k < supportedAfter && k < items.size(); k++) {
      RoleItem item = items.get(k);
      if (item.own() == null) {
        items.set(k, new RoleItem(item.start(), item.end(), RoleWord.SUPPORTING, item.together()));
      }
    }
    for (Object[] again : named == null ? List.<Object[]>of() : named) {
      String text = (String) again[0];
      for (int k = 0; k < items.size(); k++) {
        RoleItem item = items.get(k);
        if (item.own() == null && f.regionMatches(item.start(), text, 0, text.length())
            && item.end() - item.start() == text.length()) {
          items.set(k, new RoleItem(item.start(), item.end(), (RoleWord) again[1], item.together()));
        }
      }
    }
    return items;
  }

  /**
   * Whether the joining word ending at {@code at} ({@code 和}, {@code 以及}) stands between two
   * units: the name before it ends like a unit or with {@code 等}, and the one after it opens
   * with its place, a group mark or {@code 有关} ({@code 市司法局和市政务服务管理局}, {@code 公司等和各省级人民政府});
   * {@code 市场运行和消费促进处} is one name. A joining word that opens the run joins nothing.
   */
  private boolean joinsUnits(int from, int at, int runEnd) {
    int before = at - (f.charAt(at) == '及' && at > from && f.charAt(at - 1) == '以' ? 1 : 0);
    if (at + 1 >= runEnd || before <= from || !(names.endsAsUnit(from, before) || f.charAt(before - 1) == '等'
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
      if (!RoleTables.WORDS.couldStart(f.charAt(j))) {
        continue;
      }
      RolePhrase phrase = phrases.phraseAt(j, end, false);
      if (phrase == null || phrase.end() != end || phrase.forward()) {
        continue;
      }
      int from = start;
      List<Object[]> found = new ArrayList<>();
      for (int i = start; i <= j; i++) {
        if (i == j || f.charAt(i) == '、') {
          int a = names.skip(from, i);
          int b = names.trim(a, i);
          if (a >= b || !names.isCleanName(a, b)) {
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

  /**
   * Where the unit supported by the names before {@code at} starts when a support word of {@code
   * note-role-words.txt} stands there between two units ({@code Y、Z配合X落实}: the name before it
   * ends like a unit, the one after opens with its place): the names before support, the one after
   * answers for the task; -1 when no such word stands at {@code at}.
   */
  private int supportedUnitAt(int from, int at, int runEnd) {
    WordTable.Match<RoleWord> word = RoleTables.WORDS.matchAt(f, at, runEnd);
    if (word == null || word.meaning() != RoleWord.SUPPORTING || word.end() >= runEnd || !names.endsAsUnit(from, at)
        || !rules.opensWithPlace(word.end())) {
      return -1;
    }
    return word.end();
  }

  /**
   * Where the names start: after an opener of {@code note-agent-openers.txt} before a name that
   * opens with its place ({@code 以县教育局为主}), after {@code 由}/{@code 请} before any name, or after a
   * task's subject and {@code 由}.
   */
  private int agentStart(int start, int end) {
    char c = f.charAt(start);
    if ((c == '由' || c == '请') && start + 1 < end) {
      return start + 1;
    }
    WordTable.Match<Boolean> opener = RoleTables.AGENT_OPENERS.couldStart(c) ? RoleTables.AGENT_OPENERS.matchAt(f, start, end) : null;
    if (opener != null && opener.end() < end && rules.opensWithPlace(opener.end())) {
      return opener.end();
    }
    WordTable.Match<Boolean> subject = RoleTables.AGENT_SUBJECTS.couldStart(c) ? RoleTables.AGENT_SUBJECTS.matchAt(f, start, end) : null;
    return subject != null && subject.end() + 1 < end && f.charAt(subject.end()) == '由' ? subject.end() + 1 : start;
  }

  /** An empty list for a run of names, one not in use for the note being read. */
  private List<RoleItem> freshRun() {
    if (runsUsed == runLists.size()) {
      runLists.add(new ArrayList<>());
    }
    List<RoleItem> run = runLists.get(runsUsed++);
    run.clear();
    return run;
  }
}
