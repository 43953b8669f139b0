package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.NoteField;
import io.github.policytasks.metrics.lexicon.NoteKey;
import io.github.policytasks.metrics.lexicon.NoteKeys;
import io.github.policytasks.metrics.lexicon.WordTable;
import org.jspecify.annotations.Nullable;

/**
 * Finds the keys of a responsibility note (annotation guide §2) in folded text, from the
 * lexicon's {@code note-keys.txt}: Traditional and full-width spellings ({@code 牽頭單位}) match
 * because the text is folded first. Stateless and thread-safe.
 */
final class NoteKeyReader {
  private static final WordTable<NoteKey> KEYS = NoteKeys.table();

  private NoteKeyReader() {}

  /** A key found in text: the field it fills, and where its spelling (or its colon) ends. */
  record Match(NoteField key, int end) {}

  /** The folded chars some key's spelling starts with: those {@link #couldStartKey} answers yes for. */
  static String keyStarts() {
    return KEYS.firstChars();
  }

  /** Whether some key's spelling starts with the folded character {@code c}. */
  static boolean couldStartKey(char c) {
    return KEYS.couldStart(c);
  }

  /**
   * The key spelled at {@code folded[at…]} within {@code limit}, the longest spelling winning;
   * null when none is.
   */
  static @Nullable Match at(String folded, int at, int limit) {
    WordTable.Match<NoteKey> spelled = KEYS.matchAt(folded, at, limit);
    return spelled == null ? null : new Match(spelled.meaning().field(), spelled.end());
  }

  /**
   * The key at {@code at} when it stands as a key: followed, after optional spaces, by a colon,
   * or (for a key that needs no colon) by spaces then more text, or by the end; null otherwise.
   * Returns the match whose end is past the colon, or past the spaces.
   */
  static @Nullable Match keyAt(String folded, int at, int limit) {
    WordTable.Match<NoteKey> spelled = KEYS.matchAt(folded, at, limit);
    if (spelled == null) {
      return null;
    }
    int i = spelled.end();
    int afterSpaces = i;
    while (afterSpaces < limit && TextChars.isBlank(folded.charAt(afterSpaces))) {
      afterSpaces++;
    }
    NoteField field = spelled.meaning().field();
    if (afterSpaces < limit && folded.charAt(afterSpaces) == ':') {
      return new Match(field, afterSpaces + 1);
    }
    if (!spelled.meaning().colonOnly() && (afterSpaces > i || afterSpaces == limit)) {
      return new Match(field, afterSpaces);
    }
    return null;
  }
}
