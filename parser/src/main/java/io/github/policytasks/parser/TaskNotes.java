package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.NoteWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the responsibility notes of one task in its text (annotation guide §2): bracketed notes
 * that open with a key, key-led notes without brackets ({@code 牵头单位：…} on their own line or
 * after a sentence) and a closing verb-form or unit-only note; tells whether a line ends with a
 * note or is one, and where a web copy ran the next task onto a line after a note. A verb-form
 * note after a sentence inside the task is one of its notes too (one note per measure). A note is
 * recognised once: every question about a note ({@link #noteIn}) goes through one
 * recogniser whose reading is kept (the last {@value #REMEMBERED}, since the questions about one
 * note come together) and reused when the task's notes are read. Every bracket match
 * is bounded by {@link NoteReader#MAX_NOTE}, so the work stays linear. Belongs to one parse of one
 * document (it remembers its readings); not thread-safe.
 */
final class TaskNotes {
  private final String f;
  private final NoteReader notes;
  /** How many readings are remembered: the questions about one note come close together. */
  private static final int REMEMBERED = 16;
  /** The {@code start << 32 | end} of each remembered reading, -1 where none is. */
  private final long[] readAt = new long[REMEMBERED];
  private final @Nullable NoteParts[] readings = new NoteParts[REMEMBERED];
  private int nextReading;
  /** The notes {@link #scan} found last, reused from one scan to the next. */
  private final List<Found> scanned = new ArrayList<>();
  /**
   * The folded chars at which {@link #scan} can find or skip anything: brackets, the first chars of
   * note keys looked for anywhere ({@link NoteKeyReader#keyStarts}) and line breaks, after which
   * any key is looked for. It passes every other char in one tight loop.
   */
  private static final long[] SCAN_STOPS = TextChars.charSet(
      TextChars.OPEN_BRACKET_CHARS + TextChars.CLOSE_BRACKET_CHARS + NoteKeyReader.keyStarts() + "\n\r");
  /** How far the running scan has looked for the chars that end a field's value ({@link FieldLabels#endsValue}). */
  private int valueEndsScanned;
  /**
   * The last offset before {@link #valueEndsScanned} whose char ends a field's value when one stands
   * within {@value FieldLabels#MAX_RUN} chars before it; else -1 or an offset further back.
   */
  private int lastValueEnd;
  /** The text's closing brackets, found when first asked for. */
  private @Nullable CloseBrackets closeBrackets;

  TaskNotes(String folded, NoteReader notes) {
    this.f = folded;
    this.notes = notes;
    Arrays.fill(readAt, -1L);
  }

  /** How a note was found in the text. */
  private enum Form {
    /** A bracketed note: keyed, or (closing a task) in verb form or naming units only. */
    BRACKETED,
    /** A keyed note whose bracket is not closed on its line. */
    UNCLOSED,
    /** A key-led note without brackets, read to the end of its line. */
    KEY_LED
  }

  /**
   * One note found in task text: {@code [start, end)} with brackets (trailing filler left out),
   * how it was found, and its content {@code [contentStart, contentEnd)}.
   */
  private record Found(Form form, int start, int end, int contentStart, int contentEnd) {}

  /**
   * Finds the task's responsibility notes: bracketed notes that open with a key anywhere in it,
   * key-led notes without brackets ({@code 牵头单位：…} on its own line or after a sentence), and a
   * closing verb-form note, bracketed or, naming only units, as the task's last sentence or clause; then sets where the body ends (before the closing notes)
   * and where the span ends (after the last note, trailing punctuation left out).
   */
  void read(TaskDraft t) {
    Found opening = t.rowEnd < 0 ? openingUnitsNote(t.textStart, t.end) : null;
    if (opening != null) {
      t.textStart = LineShapes.skipBlanks(f, opening.end(), t.end);
    }
    List<Found> found = scan(t.textStart, t.end, false);
    if (opening != null) {
      found.add(0, opening);
    }
    Found closing = closingUnkeyedNote(t.textStart, t.end, found);
    if (closing == null) {
      closing = closingSentenceNote(t.textStart, t.end, found);
    }
    if (closing != null) {
      found.add(closing);
    } else {
      reportUnreadClosingNote(t, found);
    }
    for (int k = 0; k < found.size(); k++) {
      Found note = found.get(k);
      addParts(t.notes, note);
      t.addNoteSpan(note.start(), note.end());
    }
    setEnds(t, found);
  }

  /**
   * The notes that stand in {@code [from, to)} in written order: keyed bracketed notes anywhere
   * (an unclosed one reported, read to its line's end) and key-led notes at a boundary outside
   * brackets (with a colon, or, unless {@code colonOnly}, at the start or at a line's start).
   * The list is this reader's own, valid until the next scan.
   */
  private List<Found> scan(int from, int to, boolean colonOnly) {
    List<Found> found = scanned;
    found.clear();
    valueEndsScanned = Math.max(0, from - FieldLabels.MAX_RUN);
    lastValueEnd = -1;
    int depth = 0;
    int i = from;
    while (i < to) {
      while (i < to && !TextChars.in(SCAN_STOPS, f.charAt(i))) {
        i++;
      }
      if (i == to) {
        break;
      }
      char c = f.charAt(i);
      if (c == NoteKeyReader.BRACKET_OPEN && depth == 0 && NoteKeyReader.bracketedKeyAt(f, i, to) != null) {
        int lineEnd = lineEnd(i, to);
        found.add(new Found(Form.KEY_LED, i, trimFiller(i, lineEnd), i, lineEnd));
        i = lineEnd;
        continue;
      }
      if (TextChars.isOpenBracket(c) && depth == 0 && i > from && i + 1 < to && TextChars.isIdeograph(f.charAt(i - 1))
          && RoleTables.WORDS.couldStart(f.charAt(i + 1))) {
        int close = matchForward(i, to);
        if (close > 0 && notes.marksOwnKey(i, close, to)) {
          i = close + 1;
          continue;
        }
      }
      if (TextChars.isOpenBracket(c)) {
        Found note = keyedBracketNoteAt(i, to);
        if (note == null && !colonOnly) {
          note = sentenceNoteAt(i, from, to);
        }
        if (note != null) {
          found.add(note);
          i = note.form() == Form.UNCLOSED ? lineEnd(i, to) : note.end();
          continue;
        }
        depth++;
      } else if (TextChars.isCloseBracket(c)) {
        if (depth > 0) {
          depth--;
        }
      } else if (depth == 0 && TextChars.isLineBreak(c)) {
        Found note = i + 1 < to && !TextChars.in(SCAN_STOPS, f.charAt(i + 1))
            ? keyLedNoteAt(i + 1, from, to, colonOnly) : null;
        if (note != null) {
          found.add(note);
          i = lineEnd(i + 1, to);
          continue;
        }
      } else if (depth == 0) {
        Found note = keyLedNoteAt(i, from, to, colonOnly);
        if (note != null) {
          found.add(note);
          i = lineEnd(i, to);
          continue;
        }
      }
      i++;
    }
    return found;
  }

  /** The most chars of the units that open a task before a colon ({@link #openingUnitsNote}). */
  private static final int MAX_OPENING_UNITS = 40;

  /**
   * The units that open a task's text before a colon ({@code 1.县教育体育局：新建公办幼儿园2所…},
   * {@code 县医疗保障局、县卫生健康局、县财政局：城乡居民医保参保率…}), or in a bracket that opens the
   * text ({@code 1.【市交通运输局、市财政局】新改建农村公路…}, the bracket's content): the text up to the first colon,
   * within {@value #MAX_OPENING_UNITS} chars and with no sentence stop, comma or line break before it,
   * names units and nothing else as a closing bracket of units only does ({@link
   * NoteReader#readsAsBareUnits}), and task text follows it; the first leads unless a document rule
   * says otherwise, the rest support. The colon belongs to the note. Null when the text opens
   * otherwise.
   */
  private @Nullable Found openingUnitsNote(int from, int to) {
    int limit = Math.min(to, from + MAX_OPENING_UNITS);
    if (from < to && TextChars.isOpenBracket(f.charAt(from))) {
      int close = matchForward(from, limit);
      return close > from + 1 && LineShapes.skipBlanks(f, close + 1, to) < to
          && notes.readsAsBareUnits(from + 1, close) ? new Found(Form.BRACKETED, from, close + 1, from + 1, close) : null;
    }
    if (from < to && f.charAt(from) == '由') {
      return openingAgentClause(from, to);
    }
    for (int i = from; i < limit; i++) {
      char c = f.charAt(i);
      if (c == ':') {
        return i > from && LineShapes.skipBlanks(f, i + 1, to) < to && notes.readsAsBareUnits(from, i)
            ? new Found(Form.BRACKETED, from, i + 1, from, i) : null;
      }
      if (TextChars.isSentenceStop(c) || TextChars.isLineBreak(c) || c == ',') {
        return null;
      }
    }
    return null;
  }

  /** The most chars of a verb-form clause that opens a task ({@link #openingAgentClause}). */
  private static final int MAX_OPENING_CLAUSE = 60;

  /**
   * The verb-form clauses that open a task's text after {@code 由} and before its text ({@code
   * 1.由县交通运输局牵头，县财政局配合，新建农村公路50公里。}): the longest run of comma-parted clauses from
   * {@code from}, within {@value #MAX_OPENING_CLAUSE} chars and before any sentence stop, that reads
   * as a closing verb-form note does, every name in it ending like a unit ({@link
   * NoteReader#readClosingSentence}), with task text after it. The comma after it belongs to the
   * note. Null when no such clause opens the text.
   */
  private @Nullable Found openingAgentClause(int from, int to) {
    int limit = Math.min(to, from + MAX_OPENING_CLAUSE);
    int clauseEnd = -1;
    for (int i = from + 1; i < limit; i++) {
      char c = f.charAt(i);
      if (TextChars.isSentenceStop(c) || TextChars.isLineBreak(c)) {
        break;
      }
      if (c == ',' && notes.readClosingSentence(from, i) != null) {
        clauseEnd = i;
      }
    }
    return clauseEnd > from && LineShapes.skipBlanks(f, clauseEnd + 1, to) < to
        ? new Found(Form.BRACKETED, from, clauseEnd + 1, from, clauseEnd) : null;
  }

  /** The keyed note whose bracket opens at {@code open}, closed or not; null when no key opens it. */
  private @Nullable Found keyedBracketNoteAt(int open, int to) {
    int limit = Math.min(to, open + 1 + NoteReader.MAX_NOTE);
    if (!notes.startsWithKey(open + 1, limit)) {
      return null;
    }
    int close = matchForward(open, limit);
    if (close > 0) {
      return new Found(Form.BRACKETED, open, close + 1, open + 1, close);
    }
    int lineEnd = lineEnd(open, to);
    return new Found(Form.UNCLOSED, open, trimFiller(open, lineEnd), open + 1, lineEnd);
  }

  /**
   * The unkeyed bracketed note (verb form, or units only) that opens at {@code open} right after a
   * sentence's end ({@code 。（…负责）}), as each measure of a task may have its own (annotation
   * guide §6: several notes per task); or the verb-form note that closes a measure inside a
   * sentence, a clause's end right after its bracket ({@code …压缩至1个工作日以内（甲科、乙科负责）；
   * 个体工商户转型…}), every name in it ending like a unit ({@link NoteReader#readClosingSentence}),
   * so that a bracket of units only or of other words stays text there. Null when the bracket is no
   * such note. Line breaks play no part, so a copy without them reads the same.
   */
  private @Nullable Found sentenceNoteAt(int open, int from, int to) {
    int before = trimBlank(from, open);
    if (before <= from) {
      return null;
    }
    boolean afterSentence = f.charAt(before - 1) == '。' || f.charAt(before - 1) == ';';
    int close = matchForward(open, Math.min(to, open + 1 + NoteReader.MAX_NOTE));
    if (close < 0) {
      return null;
    }
    if (afterSentence ? noteIn(open + 1, close) == null
        : !closesMeasure(close + 1, to) || notes.readClosingSentence(open + 1, close) == null) {
      return null;
    }
    return new Found(Form.BRACKETED, open, close + 1, open + 1, close);
  }

  /** Whether a clause ends at {@code i} (blanks skipped), with more of the task after it: {@code ；}, {@code ，} or {@code 。}. */
  private boolean closesMeasure(int i, int to) {
    int next = LineShapes.skipBlanks(f, i, to);
    if (next >= to || ";,。".indexOf(f.charAt(next)) < 0) {
      return false;
    }
    int after = next + 1;
    while (after < to && (TextChars.isBlank(f.charAt(after)) || TextChars.isLineBreak(f.charAt(after)))) {
      after++;
    }
    return after < to;
  }

  /**
   * The key-led note starting at {@code i}: a key at a boundary, or with its colon run onto a
   * programme field's value ({@link FieldLabels#valueRunsTo}: {@code 培训时间:…每期4天主办处室:预算处}), written with a colon or (unless
   * {@code colonOnly}) standing at {@code from} or at a line's start, read to the end of its line;
   * null when none starts there. The key is looked up first: most chars that could start one start
   * none, and for those the walk back to the last field value's end ({@link #lastValueEndBefore})
   * is not taken.
   */
  private @Nullable Found keyLedNoteAt(int i, int from, int to, boolean colonOnly) {
    if (!NoteKeyReader.couldStartKey(f.charAt(i))) {
      return null;
    }
    NoteKeyReader.Match key = NoteKeyReader.keyAt(f, i, to);
    if (key == null) {
      return null;
    }
    boolean boundary = i == from || isNoteBoundary(f.charAt(i - 1)) || LineShapes.endsPageNumber(f, i, from);
    boolean afterHeading = !boundary && !FieldLabels.valueRunsFrom(f, lastValueEndBefore(i), i);
    if (afterHeading && !headingRunsOnto(from, i)) {
      return null;
    }
    boolean colon = NoteKeyReader.endsWithColon(f, key);
    if (afterHeading && !colon) {
      return null;
    }
    if (!colon && (colonOnly || !boundary || i != from && !TextChars.isLineBreak(f.charAt(i - 1)))) {
      return null;
    }
    int lineEnd = lineEnd(i, to);
    int start = i;
    while (start > from && f.charAt(start - 1) == '—') {
      start--;
    }
    return new Found(Form.KEY_LED, start, trimFiller(i, lineEnd), i, lineEnd);
  }

  /**
   * Whether {@code f[from, i)} is an item's heading-like text that a copy ran onto its own-line note
   * ({@code (一)地区生产总值增长7%以上|责任单位:区发展和改革局}): at most {@value FieldLabels#MAX_RUN}
   * chars on one line with no sentence end, not ending in a group word that a key may follow
   * ({@code 各责任单位}). The key there needs its colon ({@link #keyLedNoteAt}).
   */
  private boolean headingRunsOnto(int from, int i) {
    if (i - from > FieldLabels.MAX_RUN || f.charAt(i - 1) == '各') {
      return false;
    }
    for (int k = from; k < i; k++) {
      char c = f.charAt(k);
      if (TextChars.isSentenceStop(c) || TextChars.isLineBreak(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last offset before {@code i} whose char ends a field's value ({@link FieldLabels#endsValue})
   * when one stands within {@value FieldLabels#MAX_RUN} chars before it, else -1 or an offset further
   * back (which {@link FieldLabels#valueRunsFrom} answers no for alike). Asked at offsets that never
   * decrease within one scan: it looks back from {@code i} only over chars not looked at yet and at
   * most that far, so each char is looked at once at most, and chars far before a key not at all.
   */
  private int lastValueEndBefore(int i) {
    int floor = Math.max(valueEndsScanned, i - FieldLabels.MAX_RUN);
    for (int k = i - 1; k >= floor; k--) {
      if (FieldLabels.endsValue(f.charAt(k))) {
        lastValueEnd = k;
        break;
      }
    }
    valueEndsScanned = Math.max(valueEndsScanned, i);
    return lastValueEnd;
  }

  /**
   * The unkeyed bracketed note (verb form, or units only) that closes {@code [from, to)} after
   * the notes already found; null when the text does not end with one.
   */
  private @Nullable Found closingUnkeyedNote(int from, int to, List<Found> found) {
    int e = trimFiller(from, to);
    int lastEnd = found.isEmpty() ? from : found.get(found.size() - 1).end();
    if (e <= from || !TextChars.isCloseBracket(f.charAt(e - 1)) || !found.isEmpty() && lastEnd >= e) {
      return null;
    }
    int open = matchBackward(e - 1, Math.max(from, e - 1 - NoteReader.MAX_NOTE));
    if (open < lastEnd || open > from && notes.marksOwnKey(open, e - 1, e)) {
      return null;
    }
    return noteIn(open + 1, e - 1) == null ? null : new Found(Form.BRACKETED, open, e, open + 1, e - 1);
  }

  /**
   * Whether {@code [from, e)} ends with a bracket that marks the role of the name before it ({@code
   * …市商务局（配合单位）}, {@link NoteReader#marksNameBefore}): a sentence ending so may be a note.
   */
  private boolean endsWithRoleMark(int from, int e) {
    int open = matchBackward(e - 1, from);
    return open > from && notes.marksNameBefore(open, e - 1);
  }

  /** The longest closing sentence or clause read as a note without brackets. */
  private static final int MAX_SENTENCE_NOTE = 80;

  /**
   * A note without brackets that closes {@code [from, to)} after the notes already found: its last
   * sentence ({@code 县农业农村局牵头，各乡镇人民政府负责。}; of clauses parted by {@code ；}, the longest
   * run that ends it and reads: {@code X、Y牵头负责；Z参与。}), else the longest run of clauses that
   * ends it ({@code …的问题，由财政部牵头，农业部参与研究提出落实意见}), when it names only units,
   * each ending like one, before verbs of notes; null when the text does not end so or the
   * sentence is all the text.
   */
  private @Nullable Found closingSentenceNote(int from, int to, List<Found> found) {
    int e = trimFiller(from, to);
    int lastEnd = found.isEmpty() ? from : found.get(found.size() - 1).end();
    if (e <= lastEnd || TextChars.isCloseBracket(f.charAt(e - 1)) && !endsWithRoleMark(lastEnd, e)) {
      return null;
    }
    Found afterDash = noteAfterDash(Math.max(lastEnd, e - MAX_SENTENCE_NOTE), e);
    if (afterDash != null) {
      return afterDash;
    }
    int sentence = startAfter(lastEnd, e, "。;");
    int clauses = startAfter(lastEnd, e, "。");
    while (clauses >= 0 && clauses < sentence) {
      if (clauses > from && e - clauses <= MAX_SENTENCE_NOTE && notes.readClosingSentence(clauses, e) != null) {
        return new Found(Form.BRACKETED, clauses, e, clauses, e);
      }
      int next = f.indexOf(';', clauses);
      clauses = next < 0 ? -1 : next + 1;
    }
    if (sentence > from && e - sentence <= MAX_SENTENCE_NOTE && notes.readClosingSentence(sentence, e) != null) {
      return new Found(Form.BRACKETED, sentence, e, sentence, e);
    }
    for (int c = Math.max(sentence, e - MAX_SENTENCE_NOTE); c < e; c++) {
      if (f.charAt(c) == ',' && notes.readClosingSentence(c + 1, e) != null) {
        return new Found(Form.BRACKETED, c + 1, e, c + 1, e);
      }
    }
    return null;
  }

  /**
   * A verb-form note, a keyed note ({@code ——牵头单位：区教育局；配合单位：区财政局}), or a bare list of
   * units ({@code ——市住房城乡建设局、市财政局、各区人民政府}, read as a closing bracket of units only
   * is), that a dash parts from the task's text ({@code …新增学位540个。——县教育体育局牵头，
   * 县财政局配合}): the text after the last run of dashes in {@code [from, end)} ({@code —}, {@code ─},
   * or two hyphens or more), when it reads as a closing note (up to its last verb, {@link #lastVerbNoteEnd}); the dash
   * belongs to the note's span, not its content. Null when there is none.
   */
  private @Nullable Found noteAfterDash(int from, int end) {
    for (int i = end - 1; i > from; i--) {
      char c = f.charAt(i);
      if (!isDash(c) || i + 1 < end && isDash(f.charAt(i + 1))) {
        continue;
      }
      int runStart = i;
      while (runStart > from && isDash(f.charAt(runStart - 1))) {
        runStart--;
      }
      boolean hyphens = c == '-';
      if (hyphens && i - runStart < 1) {
        return null;
      }
      int content = i + 1;
      while (content < end && TextChars.isBlank(f.charAt(content))) {
        content++;
      }
      if (content >= end) {
        return null;
      }
      if (notes.readClosingSentence(content, end) != null || notes.readsAsBareUnits(content, end)
          || notes.startsWithKey(content, end)) {
        return new Found(Form.BRACKETED, runStart, end, content, end);
      }
      int noteEnd = lastVerbNoteEnd(content, end);
      return noteEnd > content ? new Found(Form.BRACKETED, runStart, noteEnd, content, noteEnd) : null;
    }
    return null;
  }

  /**
   * Where a dash's verb-form note ends when a copy that lost its line breaks ran the closing
   * paragraph onto it ({@code ——甲局牵头，乙公司配合各牵头单位每季度末将…报县政府督查室。}): after the
   * last verb of notes ({@code note-verbs.txt}) in {@code [content, end)} up to which the text reads
   * as a closing note, the run-on text staying the task's; -1 when there is none.
   */
  private int lastVerbNoteEnd(int content, int end) {
    for (int p = end - 1; p > content; p--) {
      if (NoteWords.verbs().matchEndingAt(f, p, Math.max(content, p - MAX_VERB)) != null
          && notes.readClosingSentence(content, p) != null) {
        return p;
      }
    }
    return -1;
  }

  /** The longest verb of notes ({@code 按照职责分工配合}). */
  private static final int MAX_VERB = 8;

  private static boolean isDash(char c) {
    return c == '—' || c == '─' || c == '-';
  }

  /**
   * Where the last stretch of {@code [from, end)} after any of {@code ends} or a line break starts,
   * brackets skipped; {@code from} when none stands there.
   */
  private int startAfter(int from, int end, String ends) {
    int start = TextChars.lastStretchStart(f, from, end, ends, true);
    return start < 0 ? from : start;
  }

  /**
   * Reports the bracket closing the task's text when it reads like a note (it names a key or ends
   * with a verb of notes) but was not understood as one (issue 10 item 5: say so, with its span).
   */
  private void reportUnreadClosingNote(TaskDraft t, List<Found> found) {
    int e = trimFiller(t.textStart, t.end);
    int lastEnd = found.isEmpty() ? t.textStart : found.get(found.size() - 1).end();
    if (e <= lastEnd || !TextChars.isCloseBracket(f.charAt(e - 1))) {
      return;
    }
    int open = matchBackward(e - 1, Math.max(t.textStart, e - 1 - NoteReader.MAX_NOTE));
    if (open >= lastEnd && notes.readsLikeNote(open + 1, e - 1)) {
      t.notes.noteNotUnderstood(open, e);
    }
  }

  /**
   * Sets where the body ends (before the block of notes that closes the text, if any) and where
   * the span ends (after that block, or at the table row's end). A note that opens the task before
   * its text (units before a colon) never belongs to the closing block.
   */
  private void setEnds(TaskDraft t, List<Found> found) {
    int from = t.textStart;
    int to = t.end;
    int contentEnd = t.rowEnd >= 0 ? t.rowEnd : to;
    if (found.isEmpty() || found.get(found.size() - 1).start() < from
        || !isFiller(found.get(found.size() - 1).end(), to)) {
      t.bodyEnd = trimBlank(from, to);
      t.spanEnd = t.rowEnd >= 0 ? contentEnd : t.bodyEnd;
      return;
    }
    Found last = found.get(found.size() - 1);
    int blockStart = last.start();
    for (int k = found.size() - 2; k >= 0 && found.get(k).start() >= from && isFiller(found.get(k).end(), blockStart);
        k--) {
      blockStart = found.get(k).start();
    }
    t.bodyEnd = trimBlank(from, blockStart);
    t.spanEnd = t.rowEnd >= 0 ? contentEnd : last.end();
  }

  /**
   * The one recogniser of notes: what the note content {@code [start, end)} (brackets excluded)
   * says when it is a note (keyed, verb form, or units only), else null. Read once, then
   * remembered, so that telling whether a line ends with a note and reading the task's notes
   * later share one reading. The result is shared: callers never change it.
   */
  private @Nullable NoteParts noteIn(int start, int end) {
    long key = (long) start << 32 | end;
    for (int i = 0; i < REMEMBERED; i++) {
      if (readAt[i] == key) {
        return readings[i];
      }
    }
    NoteParts read = notes.read(start, end, true);
    readAt[nextReading] = key;
    readings[nextReading] = read;
    nextReading = (nextReading + 1) % REMEMBERED;
    return read;
  }

  /**
   * Adds to the task's {@code parts} what a found note says, as one more note: its content's
   * reading (nothing when a key, bounded by the content's end, no longer reads as one), and for an
   * unclosed bracket the report that it is not closed.
   */
  private void addParts(NoteParts parts, Found note) {
    NoteParts read = noteIn(note.contentStart(), note.contentEnd());
    parts.addAll(read);
    if (note.form() == Form.UNCLOSED) {
      parts.unread(note.start(), note.start() + 1, "responsibility note bracket is not closed");
    }
  }

  /**
   * Whether the task text {@code [from, to)}, whose last line starts at {@code lineFrom}, ends
   * with a responsibility note: a closing bracketed note, or a key-led note with its colon on that
   * line.
   */
  boolean endsWithNote(int from, int lineFrom, int to) {
    int e = trimFiller(lineFrom, to);
    if (e <= lineFrom) {
      return false;
    }
    if (TextChars.isCloseBracket(f.charAt(e - 1))) {
      int open = matchBackward(e - 1, Math.max(from, e - 1 - NoteReader.MAX_NOTE));
      if (open >= 0 && noteIn(open + 1, e - 1) != null) {
        return true;
      }
    }
    List<Found> onLine = scan(lineFrom, e, true);
    for (int k = 0; k < onLine.size(); k++) {
      if (onLine.get(k).form() == Form.KEY_LED) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the bracketed note (keyed, verb form or units only) that closes {@code [from, to)}
   * opens, or -1: a heading's note over the tasks under it ({@code 一、提升效能（牵头单位：…）}).
   */
  int closingNoteStart(int from, int to) {
    int e = trimFiller(from, to);
    if (e <= from || !TextChars.isCloseBracket(f.charAt(e - 1))) {
      return -1;
    }
    int open = matchBackward(e - 1, Math.max(from, e - 1 - NoteReader.MAX_NOTE));
    return open > from && noteIn(open + 1, e - 1) != null ? open : -1;
  }

  /**
   * Where text that a web copy ran onto a line after a sentence's closing note starts ({@code
   * …奖补100万元。(责任单位:…)推动企业上云。…}), or -1: the first bracketed note in {@code [from, to)}
   * that follows a {@code 。} and is followed by more text. An unnumbered measure ends with such a
   * note (annotation guide §6); a note inside a sentence ({@code 培育平台(责任单位:甲)和…}) ends none.
   */
  int textAfterSentenceNote(int from, int to) {
    CloseBrackets closes = closeBrackets();
    for (int i = closes.next(from); i < to; i = closes.next(i + 1)) {
      int open = matchBackward(i, Math.max(from, i - NoteReader.MAX_NOTE));
      int before = open - 1;
      while (before >= from && TextChars.isBlank(f.charAt(before))) {
        before--;
      }
      if (open < 0 || before < from || f.charAt(before) != '。' || noteIn(open + 1, i) == null) {
        continue;
      }
      int next = i + 1;
      while (next < to && (TextChars.isBlank(f.charAt(next)) || f.charAt(next) == '。' || f.charAt(next) == '.')) {
        next++;
      }
      return next < to ? next : -1;
    }
    return -1;
  }

  /**
   * The start of a task or section label that a web copy ran onto this line right after a
   * responsibility note, or -1. Only the next task number ({@code current + 1}) or the next
   * section number counts.
   */
  int joinedLabelAfterNote(int from, int to, int current, int lastSectionNumber) {
    CloseBrackets closes = closeBrackets();
    for (int i = closes.next(from); i < to; i = closes.next(i + 1)) {
      int next = i + 1;
      while (next < to && (TextChars.isBlank(f.charAt(next)) || f.charAt(next) == '.' || f.charAt(next) == '。')) {
        next++;
      }
      if (next >= to) {
        return -1;
      }
      char c = f.charAt(next);
      if (!TextChars.isDigit(c) && !ChineseNumerals.isNumeral(c)) {
        continue;
      }
      Label label = LineShapes.label(f, new Line(next, to, to, next, to));
      boolean nextTask = label != null && label.kind() == Label.Kind.ARABIC && label.number() == current + 1;
      boolean nextSection = label != null && label.kind() == Label.Kind.SECTION
          && label.number() == lastSectionNumber + 1;
      if (!nextTask && !nextSection) {
        continue;
      }
      int open = matchBackward(i, Math.max(from, i - NoteReader.MAX_NOTE));
      if (open >= 0 && noteIn(open + 1, i) != null) {
        return next;
      }
    }
    return -1;
  }

  private CloseBrackets closeBrackets() {
    CloseBrackets closes = closeBrackets;
    if (closes == null) {
      closes = new CloseBrackets(f);
      closeBrackets = closes;
    }
    return closes;
  }

  boolean isNoteLine(Line line) {
    int s = line.contentStart();
    int e = line.contentEnd();
    char c = f.charAt(s);
    if (TextChars.isOpenBracket(c)) {
      if (notes.startsWithKey(s + 1, e)) {
        return true;
      }
      int close = matchForward(s, e);
      return close > 0 && trimFiller(close, e) == close + 1 && noteIn(s + 1, close) != null;
    }
    return NoteKeyReader.couldStartKey(c) && NoteKeyReader.isKeyAt(f, s, e);
  }

  private int matchForward(int open, int limit) {
    int depth = 0;
    for (int i = open; i < limit; i++) {
      char c = f.charAt(i);
      if (TextChars.isOpenBracket(c)) {
        depth++;
      } else if (TextChars.isCloseBracket(c)) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private int matchBackward(int close, int limit) {
    int depth = 0;
    for (int i = close; i >= limit; i--) {
      char c = f.charAt(i);
      if (TextChars.isCloseBracket(c)) {
        depth++;
      } else if (TextChars.isOpenBracket(c)) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private int lineEnd(int from, int to) {
    int i = from;
    while (i < to && !TextChars.isLineBreak(f.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Whether a key-led note may start after {@code c}: a blank, a clause's or sentence's end, a line
   * break, a closing bracket, or a dash that parts a note from the task's text ({@code
   * …2所。——牵头单位：区教育局；配合单位：区财政局}; the dash belongs to the note's span).
   */
  private static boolean isNoteBoundary(char c) {
    return c == ' ' || c == '。' || c == ';' || c == ',' || c == '.' || TextChars.isLineBreak(c)
        || TextChars.isCloseBracket(c) || c == '—';
  }

  private static boolean isFillerChar(char c) {
    return TextChars.isBlank(c) || TextChars.isLineBreak(c) || c == '.' || c == '。' || c == ';'
        || c == ',' || c == '、';
  }

  private boolean isFiller(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isFillerChar(f.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code to} moved back over spaces, line breaks and trailing punctuation. */
  int trimFiller(int from, int to) {
    int e = to;
    while (e > from && isFillerChar(f.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** {@code to} moved back over spaces and line breaks only. */
  int trimBlank(int from, int to) {
    int e = to;
    while (e > from && (TextChars.isBlank(f.charAt(e - 1)) || TextChars.isLineBreak(f.charAt(e - 1)))) {
      e--;
    }
    return e;
  }
}
