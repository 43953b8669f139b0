package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.NoteWords;
import io.github.policytasks.metrics.lexicon.WordLists;
import java.util.List;

/**
 * Where the unit names that open a table cell end when the cell runs on into other text without
 * a separator ({@code 县财政局、县发展和改革局促进消费}): a web copy that lost a row's line break
 * ran the row's last cell, its units, into the next row's first cell (annotation guide §6, Lost
 * line breaks; Tables). Stateless and thread-safe.
 */
final class UnitsRunOn {
  /** What may follow a unit name inside a list or a note: another name, 等, a clause's mark, a bracket, a verb of leading. */
  private static final String LIST_CHARS = "、,;:()等和及与会牵负配共";
  /** What separates the names of a list. */
  private static final String SEPARATORS = "、,;:()";
  /** The shortest unit name read as ending a cell's list of names. */
  private static final int SHORTEST = 3;
  /** Words that hold a unit ending but end no name ({@code unit-inner-words.txt}). */
  private static final List<String> INNER_WORDS = WordLists.words("unit-inner-words.txt");

  private UnitsRunOn() {}

  /**
   * The end of the first run of names that only name offices ({@link NoteReader#namesOnlyOffices})
   * opening {@code [start, end)} after which text follows that continues no list and no name
   * (the last name is at least {@value #SHORTEST} characters long, no ending of one character,
   * {@code unit-endings.txt}, follows it, and its ending lies inside no word of {@code
   * unit-inner-words.txt}: {@code 县委} in {@code 县委宣传部}, {@code 各镇} in {@code 各镇街} and
   * {@code 县人力资源和社会} in {@code 县人力资源和社会保障局} are no end); -1 when there is none, or when the whole range names
   * offices only and holds no figure or sentence mark. Looks only at the offsets where a unit
   * ending ends.
   */
  static int end(String f, NoteReader notes, int start, int end) {
    if (!holdsFigureOrMark(f, start, end) && notes.namesOnlyOffices(start, end)) {
      return -1;
    }
    for (int p = start + 2; p < end; p++) {
      if (LIST_CHARS.indexOf(f.charAt(p)) < 0 && !TextChars.isBlank(f.charAt(p))
          && NoteWords.unitEndings().endsAt(f, p, start) && !continues(f, start, p)
          && notes.namesOnlyOffices(start, p)) {
        return p;
      }
    }
    return -1;
  }

  /**
   * Whether the name that ends at {@code p} goes on: it is shorter than {@value #SHORTEST} characters
   * ({@code 县委} of {@code 县委宣传部}), or one more ending follows it ({@code 各镇} of {@code 各镇街}).
   */
  private static boolean continues(String f, int start, int p) {
    int name = p;
    while (name > start && SEPARATORS.indexOf(f.charAt(name - 1)) < 0) {
      name--;
    }
    return p - name < SHORTEST || p + 1 <= f.length() && NoteWords.unitEndings().matchEndingAt(f, p + 1, p) != null
        || insideWord(f, name, p);
  }

  /**
   * Whether the ending before {@code p} lies inside a word that ends no name ({@code
   * unit-inner-words.txt}: 会 of 社会 in {@code 县人力资源和社会保障局}, 办 of 办公 in {@code 县政府办公室}).
   */
  private static boolean insideWord(String f, int name, int p) {
    for (String word : INNER_WORDS) {
      for (int s = Math.max(name, p - word.length()); s < p && s + word.length() <= f.length(); s++) {
        if (f.startsWith(word, s)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean holdsFigureOrMark(String f, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = f.charAt(i);
      if (TextChars.isDigit(c) || c == '。' || c == ',' || c == ';') {
        return true;
      }
    }
    return false;
  }
}
