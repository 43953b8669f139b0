package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.NoteField;
import io.github.policytasks.metrics.lexicon.NoteKey;
import io.github.policytasks.metrics.lexicon.NoteKeys;
import io.github.policytasks.metrics.lexicon.WordLists;
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

  /**
   * The folded chars at which a scan over running text looks for a key ({@link NoteKeys#scanStarts}):
   * every key's first char but those that open only keys of a responsible role composed with a unit
   * noun ({@code 实施单位}, {@code 落实单位}), which are looked for where a note or a line starts.
   */
  static String keyStarts() {
    return NoteKeys.scanStarts();
  }

  /** Whether a scan over running text looks for a key at the folded character {@code c} ({@link #keyStarts}). */
  static boolean scanLooksForKeyAt(char c) {
    return SCAN_STARTS.indexOf(c) >= 0;
  }

  private static final String SCAN_STARTS = NoteKeys.scanStarts();

  /** Whether some key's spelling starts with the folded character {@code c}. */
  static boolean couldStartKey(char c) {
    return KEYS.couldStart(c);
  }

  /** {@return the length in chars of the longest spelling of a key} */
  static int longestKey() {
    return KEYS.longestWord();
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
   * or (for a key that needs no colon) by spaces then more text, by the end, or by a link to its
   * units ({@link #linksAt}); null otherwise. Returns the match whose end is past the colon, the
   * link, or the spaces.
   */
  static @Nullable Match keyAt(String folded, int at, int limit) {
    if (at < limit && folded.charAt(at) == BRACKET_OPEN) {
      return bracketedKeyAt(folded, at, limit);
    }
    WordTable.Match<NoteKey> spelled = KEYS.matchAt(folded, at, limit);
    int end = spelled == null ? -1 : keyEnd(spelled, folded, limit);
    return end < 0 ? null : new Match(spelled.meaning().field(), end);
  }

  /** Whether a key stands as one at {@code at}: {@link #keyAt} is not null, found without building its match. */
  static boolean isKeyAt(String folded, int at, int limit) {
    if (at < limit && folded.charAt(at) == BRACKET_OPEN) {
      return bracketedKeyAt(folded, at, limit) != null;
    }
    WordTable.Match<NoteKey> spelled = KEYS.matchAt(folded, at, limit);
    return spelled != null && keyEnd(spelled, folded, limit) >= 0;
  }

  /** The corner bracket that opens a key written in brackets ({@link #bracketedKeyAt}). */
  static final char BRACKET_OPEN = '【';

  /**
   * A key written in square corner brackets with no colon ({@code 【牵头单位】县应急管理局【配合单位】…},
   * annotation guide §2: other brackets, keys parted without punctuation) at {@code at}, its
   * opening bracket: the bracket holds the key's spelling and nothing else; the match ends past
   * the closing bracket, which stands for the colon. Null otherwise.
   */
  static @Nullable Match bracketedKeyAt(String folded, int at, int limit) {
    WordTable.Match<NoteKey> spelled = at + 1 < limit ? KEYS.matchAt(folded, at + 1, limit) : null;
    return spelled == null || spelled.end() >= limit || folded.charAt(spelled.end()) != '】'
        ? null : new Match(spelled.meaning().field(), spelled.end() + 1);
  }

  /**
   * The unit key that closes {@code folded[…, end)} after {@code 为} or {@code 是}, not before
   * {@code floor} ({@code 县行政审批局为牵头单位}, {@code 县税务局是配合单位}): the field it names and
   * where its link stands, or null when the text does not end so or the key names no unit field.
   * The units before the link take that role, as before a verb of notes.
   */
  static @Nullable LinkedKey roleKeyEndingAt(String folded, int end, int floor) {
    WordTable.Match<NoteKey> spelled = KEYS.matchEndingAt(folded, end, floor);
    return spelled != null && spelled.start() > floor && isLink(folded.charAt(spelled.start() - 1))
        && takesLink(spelled.meaning())
        ? new LinkedKey(spelled.meaning().field(), spelled.start() - 1) : null;
  }

  /**
   * A unit key linked to the units before it: the field it fills, and where its {@code 为} or
   * {@code 是} stands.
   */
  record LinkedKey(NoteField field, int link) {}

  /** Whether {@code c} links a unit key and its units in place of a colon: {@code 为} or {@code 是}. */
  private static boolean isLink(char c) {
    return c == '为' || c == '是';
  }

  /**
   * Whether {@code key} may be linked to its units by {@code 为} or {@code 是}: it needs no colon
   * and fills a unit field (not a leader's or a deadline's).
   */
  private static boolean takesLink(NoteKey key) {
    return !key.colonOnly() && key.field() != NoteField.LEADER && key.field() != NoteField.DEADLINE;
  }

  /** The levels a unit's name opens with when it names its place, and 各 ({@code unit-place-levels.txt}). */
  private static final String PLACE_LEVELS = WordLists.chars("unit-place-levels.txt");

  /**
   * Whether a unit key's spelling ending at {@code i} is linked to its units by {@code 为} or {@code
   * 是} in place of a colon ({@code 牵头单位为区市场监管局，配合单位是区税务局}): the key fills a unit
   * field, needs no colon, and the word after the link opens as a unit's name does, with its place
   * or 各 ({@code unit-place-levels.txt}), so that {@code 牵头单位是第一责任主体} stays text.
   */
  private static boolean linksAt(WordTable.Match<NoteKey> spelled, String folded, int i, int limit) {
    return i + 1 < limit && isLink(folded.charAt(i)) && takesLink(spelled.meaning())
        && PLACE_LEVELS.indexOf(folded.charAt(i + 1)) >= 0;
  }

  /**
   * Whether the key {@code key} found in {@code folded} ends with its colon or a link standing for
   * one: {@code 为} or {@code 是} ({@link #linksAt}), or blanks before a value that opens as the
   * key's field does (a unit's place or 各 after a unit key, a digit after a deadline key:
   * {@code 牵头部门　县农业农村局}, {@code 完成时限　2025年10月底}), so that such a key parts a line
   * of keys as a colon would; not with blanks before other words, nor at the end.
   */
  static boolean endsWithColon(String folded, Match key) {
    char last = folded.charAt(key.end() - 1);
    if (last == ':' || isLink(last)) {
      return true;
    }
    if (!TextChars.isBlank(last) || key.end() >= folded.length()) {
      return false;
    }
    char next = folded.charAt(key.end());
    switch (key.key()) {
      case DEADLINE:
        return TextChars.isDigit(next);
      case LEADER:
        return false;
      default:
        return PLACE_LEVELS.indexOf(next) >= 0;
    }
  }

  /** Where the key {@code spelled} ends as {@link #keyAt} tells it (past its colon, link or spaces), or -1. */
  private static int keyEnd(WordTable.Match<NoteKey> spelled, String folded, int limit) {
    int i = spelled.end();
    if (linksAt(spelled, folded, i, limit)) {
      return i + 1;
    }
    int afterSpaces = i;
    while (afterSpaces < limit && TextChars.isBlank(folded.charAt(afterSpaces))) {
      afterSpaces++;
    }
    if (afterSpaces < limit && folded.charAt(afterSpaces) == ':') {
      return afterSpaces + 1;
    }
    if (!spelled.meaning().colonOnly() && (afterSpaces > i || afterSpaces == limit)) {
      return afterSpaces;
    }
    return -1;
  }
}
