package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.NoteField;
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
 * Thread-safe: holds only the folded text and the plan year.
 */
final class NoteReader {
  /** The longest note the reader looks for; bounds every scan so reading stays linear. */
  static final int MAX_NOTE = 1000;

  private static final String[] LEAD_VERBS = {"牵头负责", "牵头落实", "牵头实施", "牵头推进", "牵头抓总", "牵头"};
  private static final String[] RESPONSIBLE_VERBS = {
    "按照职责分工负责", "按职责分工负责", "按职责分工落实", "按职能分工负责", "按职责负责", "按职责落实",
    "分工负责", "共同负责", "分别负责", "具体负责", "负责落实", "负责实施", "负责", "落实"
  };
  private static final String[] SUPPORTING_VERBS = {"协同配合", "配合落实", "积极配合", "共同参与", "配合", "参与", "协助", "协同", "参加"};

  /** The last chars of every verb: no verb ends with any other char. */
  private static final boolean[] IS_VERB_LAST = lastChars(LEAD_VERBS, RESPONSIBLE_VERBS, SUPPORTING_VERBS);

  private final String f;
  private final @Nullable Integer year;

  NoteReader(String folded, @Nullable Integer year) {
    this.f = folded;
    this.year = year;
  }

  /**
   * Reads note content {@code [start, end)} (brackets excluded) as one note; null when the content
   * is not a note: it opens with no key and, where {@code allowVerb}, is not a verb-form note or a
   * list of units either.
   */
  @Nullable NoteParts read(int start, int end, boolean allowVerb) {
    NoteParts parts = new NoteParts();
    int p = skipSeparators(start, end);
    if (p < end && NoteKeyReader.keyAt(f, p, end) != null) {
      readKeyed(p, end, parts);
    } else if (!allowVerb || !readVerbForm(start, end, parts) && !readBareUnits(start, end, parts)) {
      return null;
    }
    parts.countNote();
    return parts;
  }

  /**
   * A closing bracket that only names units ({@code （县发改局、县财政局）}): read like a verb-form
   * {@code 负责} note, when every name is unit-like and opens with a place ({@code 县…}, {@code
   * 市…}, {@code 各…}), so that remarks such as {@code (传染病医院)} stay text.
   */
  private boolean readBareUnits(int start, int end, NoteParts parts) {
    List<NoteParts.Name> found = new ArrayList<>();
    splitNames(start, end, NoteParts.Role.RESPONSIBLE_BY_VERB, "、,;", found);
    if (found.isEmpty()) {
      return false;
    }
    for (NoteParts.Name name : found) {
      int s = name.start();
      int e = name.end();
      boolean group = f.charAt(s) == '各';
      boolean office = "省市县区".indexOf(f.charAt(s)) >= 0 && BARE_UNIT_ENDINGS.indexOf(f.charAt(e - 1)) >= 0;
      if (!isUnitLike(s, e) || !(group || office)) {
        return false;
      }
    }
    for (NoteParts.Name name : found) {
      parts.add(name.role(), name.start(), name.end());
    }
    return true;
  }

  /**
   * Reads {@code [start, end)} as the value of {@code key}: a table cell under a key column such
   * as {@code 牵头单位}.
   */
  void readValueOf(NoteField key, int start, int end, NoteParts parts) {
    readValue(key, start, start, end, parts);
    parts.countNote();
  }

  /** Whether {@code [start, end)} opens with a note key standing as a key. */
  boolean startsWithKey(int start, int end) {
    int p = skipSeparators(start, end);
    return p < end && NoteKeyReader.keyAt(f, p, end) != null;
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

  /** Splits {@code [start, end)} into names at 、 , ; / and spaces outside brackets. */
  private void names(int start, int end, NoteParts.Role role, NoteParts parts, boolean units) {
    eachItem(start, end, "、,; /", (s, e) -> name(s, e, role, parts, units));
  }

  /** Receives one item {@code [start, end)} of a list, separators not trimmed. */
  @FunctionalInterface
  private interface ItemSink {
    void item(int start, int end);
  }

  /**
   * Gives {@code sink} each item of {@code [start, end)} between any of {@code separators} outside
   * brackets ({@code 各镇(街道)} stays one item), in order, untrimmed.
   */
  private void eachItem(int start, int end, String separators, ItemSink sink) {
    int depth = 0;
    int itemStart = start;
    for (int i = start; i <= end; i++) {
      char c = i < end ? f.charAt(i) : '、';
      if (TextChars.isOpenBracket(c)) {
        depth++;
      } else if (TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
      } else if (i == end || depth == 0 && separators.indexOf(c) >= 0) {
        sink.item(itemStart, i);
        itemStart = i + 1;
      }
    }
  }

  private void name(int start, int end, NoteParts.Role role, NoteParts parts, boolean unit) {
    int s = skipSeparators(start, end);
    int e = unit ? withoutEtc(s, trimEnd(s, end)) : trimEnd(s, end);
    if (s >= e) {
      return;
    }
    if (statesFirstListedLeads(s, e)) {
      parts.firstListedLeads(s);
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
    parts.add(role, s, e);
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
  private boolean readVerbForm(int start, int end, NoteParts parts) {
    List<NoteParts.Name> found = new ArrayList<>();
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
        if (f.charAt(s) == '由' || f.charAt(s) == '请') {
          s++;
        }
        Verb verb = verbAtEnd(s, e);
        if (verb == null || verb.start() <= s) {
          return false;
        }
        int unitsEnd = trimEnd(s, verb.start());
        int together = TextChars.indexOf(f, "会同", s, unitsEnd);
        if (together > s) {
          splitClause(s, together, NoteParts.Role.LEAD, found);
          splitClause(together + 2, unitsEnd, NoteParts.Role.SUPPORTING, found);
        } else {
          splitClause(s, unitsEnd, verb.role(), found);
        }
      }
    }
    if (found.isEmpty() || !allUnitLike(found)) {
      return false;
    }
    for (NoteParts.Name name : found) {
      parts.add(name.role(), name.start(), name.end());
    }
    if (rule >= 0) {
      parts.firstListedLeads(rule);
    }
    if (keyedFrom >= 0) {
      readKeyed(keyedFrom, end, parts);
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

  /** The endings of an office named alone in brackets: no place word such as 区 or 镇. */
  private static final String BARE_UNIT_ENDINGS = "局委办室厅部心会府院司行社所队站团";

  /** The endings of organisation names, for telling a verb-form note from a remark in brackets. */
  private static final String UNIT_ENDINGS = "局委办室厅部中心会区镇乡街道府院校司行社所队站团厂场处组馆园集";

  /**
   * Whether folded {@code [start, end)} reads as a unit name: it ends like an organisation
   * ({@code …局}, {@code …中心}, {@code …公司}) or names a group ({@code 各镇街}, {@code 县直有关部门}).
   */
  private boolean isUnitLike(int start, int end) {
    if (end - start < 2 || end - start > 40) {
      return false;
    }
    char first = f.charAt(start);
    char last = f.charAt(end - 1);
    return first == '各' || UNIT_ENDINGS.indexOf(last) >= 0 || TextChars.isCloseBracket(last)
        || f.startsWith("有关", end - 2) || f.startsWith("单位", end - 2) || f.startsWith("部门", end - 2)
        || f.startsWith("企业", end - 2);
  }

  /** {@code 下同}, {@code 以下同}: the clause that extends a stated rule to what follows. */
  private boolean isSameBelow(int start, int end) {
    int length = end - start;
    return length == 2 && f.startsWith("下同", start) || length == 3 && f.startsWith("以下同", start);
  }

  /**
   * The end of the name {@code [start, end)} without a closing {@code 等} list marker ({@code
   * 发展改革委等}, {@code 县财政局等有关部门}, annotation guide §6): the name is the unit before it.
   */
  private int withoutEtc(int start, int end) {
    for (String tail : ETC_TAILS) {
      int at = end - tail.length();
      if (at > start + 1 && f.startsWith(tail, at)) {
        return trimEnd(start, at);
      }
    }
    return end;
  }

  private void splitClause(int start, int end, NoteParts.Role role, List<NoteParts.Name> out) {
    splitNames(start, end, role, "、 /", out);
  }

  /**
   * Adds to {@code out} the names in {@code [start, end)} separated by any of {@code separators}
   * outside brackets, each trimmed of separators and spaces and of a closing {@code 等}.
   */
  private void splitNames(int start, int end, NoteParts.Role role, String separators,
      List<NoteParts.Name> out) {
    eachItem(start, end, separators, (itemStart, itemEnd) -> {
      int s = skipSeparators(itemStart, itemEnd);
      int e = withoutEtc(s, trimEnd(s, itemEnd));
      if (s < e) {
        out.add(new NoteParts.Name(role, s, e));
      }
    });
  }

  private boolean allUnitLike(List<NoteParts.Name> names) {
    for (NoteParts.Name name : names) {
      if (!isUnitLike(name.start(), name.end())) {
        return false;
      }
    }
    return true;
  }

  /** Closing list markers of a unit list, longest first (annotation guide §6). */
  private static final String[] ETC_TAILS = {"等有关部门", "等相关部门", "等有关单位", "等相关单位", "等部门", "等单位", "等"};

  private record Verb(NoteParts.Role role, int start) {}

  private @Nullable Verb verbAtEnd(int start, int end) {
    Verb lead = verbAtEnd(start, end, LEAD_VERBS, NoteParts.Role.LEAD);
    if (lead != null) {
      return lead;
    }
    Verb responsible = verbAtEnd(start, end, RESPONSIBLE_VERBS, NoteParts.Role.RESPONSIBLE_BY_VERB);
    if (responsible != null) {
      Verb leadBefore = verbAtEnd(start, responsible.start(), LEAD_VERBS, NoteParts.Role.LEAD);
      return leadBefore != null ? leadBefore : responsible;
    }
    return verbAtEnd(start, end, SUPPORTING_VERBS, NoteParts.Role.SUPPORTING);
  }

  private @Nullable Verb verbAtEnd(int start, int end, String[] verbs, NoteParts.Role role) {
    if (end <= start || !IS_VERB_LAST[f.charAt(end - 1)]) {
      return null;
    }
    for (String verb : verbs) {
      int at = end - verb.length();
      if (at >= start && f.startsWith(verb, at)) {
        return new Verb(role, at);
      }
    }
    return null;
  }

  private static boolean[] lastChars(String[]... lists) {
    StringBuilder chars = new StringBuilder();
    for (String[] list : lists) {
      for (String word : list) {
        chars.append(word.charAt(word.length() - 1));
      }
    }
    return TextChars.charSet(chars.toString());
  }

  /** Whether {@code [start, end)} says that the first-listed unit leads (列第一位的为牵头单位). */
  boolean statesFirstListedLeads(int start, int end) {
    for (int at = TextChars.indexOf(f, "牵头", start, end); at >= 0;
        at = TextChars.indexOf(f, "牵头", at + 2, end)) {
      int from = Math.max(start, at - 12);
      String before = f.substring(from, at);
      if ((before.contains("第一") || before.contains("首位") || before.contains("首个")
              || before.contains("排首") || before.contains("列首") || before.contains("第1"))
          && (before.endsWith("为") || before.endsWith("是"))) {
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
   * separator or space, outside brackets) within {@code end}; {@code end} when there is none.
   */
  private int nextKey(int from, int end) {
    int depth = 0;
    for (int i = from; i < end; i++) {
      char c = f.charAt(i);
      if (TextChars.isOpenBracket(c)) {
        depth++;
      } else if (TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
      } else if (depth == 0 && i > from && isBoundary(f.charAt(i - 1))
          && NoteKeyReader.keyAt(f, i, end) != null) {
        return i;
      }
    }
    return end;
  }

  private static boolean isBoundary(char c) {
    return c == ' ' || c == ',' || c == ';' || c == '。' || c == '.' || c == '、'
        || TextChars.isLineBreak(c) || TextChars.isCloseBracket(c);
  }
}
