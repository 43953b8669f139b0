package io.github.policytasks.render;

import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.NoteField;
import io.github.policytasks.metrics.lexicon.NoteKey;
import io.github.policytasks.metrics.lexicon.NoteKeys;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A task's text without its responsibility note, for writing the note anew in another style: a
 * trailing bracketed note ({@code (牵头单位:…)}, {@code （…牵头）}, {@code 〔责任单位：…〕}, with any
 * punctuation after it) and own-line notes ({@code 牵头单位:…} on a line of its own after the
 * first) are removed; any other text, brackets that hold no note included, is kept as it is.
 * Stateless and thread-safe.
 */
final class TaskBodyText {
  /** The note keys of the lexicon ({@code note-keys.txt}), matched in folded text. */
  private static final WordTable<NoteKey> KEYS = NoteKeys.table();
  private static final String OPENING = "(（〔【[";
  private static final String CLOSING = ")）〕】]";
  private static final String AFTER_NOTE = ".。;；,，";

  private TaskBodyText() {}

  /** {@code text} without its responsibility note; lines joined by {@code \n}. */
  static String withoutNote(String text) {
    List<String> kept = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i > 0 && isOwnLineNote(line.strip())) {
        continue;
      }
      kept.add(line);
    }
    return withoutTrailingNote(String.join("\n", kept));
  }

  private static boolean isOwnLineNote(String line) {
    if (line.isEmpty()) {
      return false;
    }
    int open = OPENING.indexOf(line.charAt(0));
    if (open >= 0 && line.charAt(line.length() - 1) == CLOSING.charAt(open)) {
      return isNote(line.substring(1, line.length() - 1));
    }
    String folded = Folding.fold(line);
    WordTable.Match<NoteKey> key = KEYS.matchAt(folded, 0, folded.length());
    return key != null && !key.meaning().colonOnly() && key.end() < folded.length()
        && folded.charAt(key.end()) == ':';
  }

  private static String withoutTrailingNote(String text) {
    int end = text.length();
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1))
        || AFTER_NOTE.indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    if (end == 0) {
      return text.strip();
    }
    int kind = CLOSING.indexOf(text.charAt(end - 1));
    if (kind < 0) {
      return text.stripTrailing();
    }
    int open = matchingOpening(text, end - 1);
    if (open < 0 || !isNote(text.substring(open + 1, end - 1))) {
      return text.stripTrailing();
    }
    return text.substring(0, open).stripTrailing();
  }

  /** The offset of the bracket that {@code close} closes, counting brackets of every kind. */
  private static int matchingOpening(String text, int close) {
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      char c = text.charAt(i);
      if (CLOSING.indexOf(c) >= 0) {
        depth++;
      } else if (OPENING.indexOf(c) >= 0) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Whether {@code content} holds a note key that needs no colon, or the verb {@code 牵头}. */
  private static boolean isNote(String content) {
    String folded = Folding.fold(content);
    for (int i = 0; i < folded.length(); i++) {
      WordTable.Match<NoteKey> key = KEYS.matchAt(folded, i, folded.length());
      if (key != null && (!key.meaning().colonOnly() || key.meaning().field() == NoteField.LEAD)) {
        return true;
      }
    }
    return false;
  }
}
