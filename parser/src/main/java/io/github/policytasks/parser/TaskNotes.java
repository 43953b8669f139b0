package io.github.policytasks.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the responsibility notes of one task in its text (annotation guide §2): bracketed notes
 * that open with a key, key-led notes without brackets ({@code 牵头单位：…} on their own line or
 * after a sentence) and a closing verb-form or unit-only note; tells whether a line ends with a
 * note or is one, and where a web copy ran the next task onto a line after a note. Every bracket
 * match is bounded by {@link NoteReader#MAX_NOTE}, so the work stays linear. Thread-safe: holds
 * only the folded text and the note reader.
 */
final class TaskNotes {
  private final String f;
  private final NoteReader notes;

  TaskNotes(String folded, NoteReader notes) {
    this.f = folded;
    this.notes = notes;
  }

  /**
   * Finds the task's responsibility notes: bracketed notes that open with a key anywhere in it,
   * key-led notes without brackets ({@code 牵头单位：…} on its own line or after a sentence), and a
   * closing bracketed verb-form note; then sets where the body ends (before the closing notes)
   * and where the span ends (after the last note, trailing punctuation left out).
   */
  void read(TaskDraft t) {
    int from = t.textStart;
    int to = t.end;
    List<int[]> found = new ArrayList<>();
    int depth = 0;
    int i = from;
    while (i < to) {
      char c = f.charAt(i);
      if (TextChars.isOpenBracket(c)) {
        int limit = Math.min(to, i + 1 + NoteReader.MAX_NOTE);
        if (notes.startsWithKey(i + 1, limit)) {
          int close = matchForward(i, limit);
          if (close > 0) {
            notes.read(i + 1, close, false, t.notes);
            found.add(new int[] {i, close + 1});
            i = close + 1;
            continue;
          }
          int lineEnd = lineEnd(i, to);
          notes.read(i + 1, lineEnd, false, t.notes);
          t.notes.unread(i, i + 1, "responsibility note bracket is not closed");
          found.add(new int[] {i, trimFiller(i, lineEnd)});
          i = lineEnd;
          continue;
        }
        depth++;
      } else if (TextChars.isCloseBracket(c)) {
        if (depth > 0) {
          depth--;
        }
      } else if (depth == 0 && NoteKeyReader.couldStartKey(c) && (i == from || isNoteBoundary(f.charAt(i - 1)))) {
        NoteKeyReader.Match key = NoteKeyReader.keyAt(f, i, to);
        if (key != null && (f.charAt(key.end() - 1) == ':' || i == from || TextChars.isLineBreak(f.charAt(i - 1)))) {
          int lineEnd = lineEnd(i, to);
          notes.read(i, lineEnd, false, t.notes);
          found.add(new int[] {i, trimFiller(i, lineEnd)});
          i = lineEnd;
          continue;
        }
      }
      i++;
    }
    int e = trimFiller(from, to);
    if (e > from && TextChars.isCloseBracket(f.charAt(e - 1))
        && (found.isEmpty() || found.get(found.size() - 1)[1] < e)) {
      int open = matchBackward(e - 1, Math.max(from, e - 1 - NoteReader.MAX_NOTE));
      int lastEnd = found.isEmpty() ? from : found.get(found.size() - 1)[1];
      if (open >= lastEnd && notes.read(open + 1, e - 1, true, t.notes)) {
        found.add(new int[] {open, e});
      }
    }
    int contentEnd = t.rowEnd >= 0 ? t.rowEnd : to;
    t.noteSpans.addAll(found);
    if (found.isEmpty()) {
      t.bodyEnd = trimBlank(from, to);
      t.spanEnd = t.rowEnd >= 0 ? t.rowEnd : t.bodyEnd;
      return;
    }
    int[] last = found.get(found.size() - 1);
    if (isFiller(last[1], to)) {
      int blockStart = last[0];
      for (int k = found.size() - 2; k >= 0 && isFiller(found.get(k)[1], blockStart); k--) {
        blockStart = found.get(k)[0];
      }
      t.bodyEnd = trimBlank(from, blockStart);
      t.spanEnd = t.rowEnd >= 0 ? contentEnd : last[1];
    } else {
      t.bodyEnd = trimBlank(from, to);
      t.spanEnd = t.rowEnd >= 0 ? contentEnd : t.bodyEnd;
    }
  }

  /**
   * Whether the task text {@code [from, to)}, whose last line starts at {@code lineFrom}, ends
   * with a responsibility note: a closing bracketed note, or a key-led note on that line.
   */
  boolean endsWithNote(int from, int lineFrom, int to) {
    int e = trimFiller(lineFrom, to);
    if (e <= lineFrom) {
      return false;
    }
    if (TextChars.isCloseBracket(f.charAt(e - 1))) {
      int open = matchBackward(e - 1, Math.max(from, e - 1 - NoteReader.MAX_NOTE));
      if (open >= 0 && (notes.startsWithKey(open + 1, e - 1)
          || notes.read(open + 1, e - 1, true, new NoteParts()))) {
        return true;
      }
    }
    int depth = 0;
    for (int i = lineFrom; i < e; i++) {
      char c = f.charAt(i);
      if (TextChars.isOpenBracket(c)) {
        depth++;
      } else if (TextChars.isCloseBracket(c) && depth > 0) {
        depth--;
      } else if (depth == 0 && NoteKeyReader.couldStartKey(c) && (i == lineFrom || isNoteBoundary(f.charAt(i - 1)))) {
        NoteKeyReader.Match key = NoteKeyReader.keyAt(f, i, e);
        if (key != null && f.charAt(key.end() - 1) == ':') {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The start of a task or section label that a web copy ran onto this line right after a
   * responsibility note, or -1. Only the next task number ({@code current + 1}) or the next
   * section number counts.
   */
  int joinedLabelAfterNote(int from, int to, int current, int lastSectionNumber) {
    for (int i = from; i < to; i++) {
      if (!TextChars.isCloseBracket(f.charAt(i))) {
        continue;
      }
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
      if (open >= 0 && (notes.startsWithKey(open + 1, i) || notes.read(open + 1, i, true, new NoteParts()))) {
        return next;
      }
    }
    return -1;
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
      return close > 0 && trimFiller(close, e) == close + 1
          && notes.read(s + 1, close, true, new NoteParts());
    }
    return NoteKeyReader.couldStartKey(c) && NoteKeyReader.keyAt(f, s, e) != null;
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

  private static boolean isNoteBoundary(char c) {
    return c == ' ' || c == '。' || c == ';' || c == ',' || c == '.' || TextChars.isLineBreak(c)
        || TextChars.isCloseBracket(c);
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
