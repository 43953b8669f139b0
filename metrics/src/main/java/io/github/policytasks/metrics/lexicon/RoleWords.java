package io.github.policytasks.metrics.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words of responsibility clauses, each with what it does ({@link RoleWord}), from {@code
 * note-role-words.txt}: one table that a reader matches in folded text to find the role phrases
 * standing next to a run of unit names in any order ({@code X牵头}, {@code 牵头：X}, {@code
 * X（牵头）}, {@code X为牵头单位}, {@code 由X负责}), so that a new spelling made of known words is
 * read on first sight. Immutable and thread-safe.
 */
public final class RoleWords {
  private static final WordTable<RoleWord> TABLE = WordTable.of(read());

  private RoleWords() {}

  /**
   * The role words, matched longest-first in folded text.
   *
   * @return the table of {@code note-role-words.txt}
   */
  public static WordTable<RoleWord> table() {
    return TABLE;
  }

  private static Map<String, RoleWord> read() {
    Map<String, RoleWord> words = new LinkedHashMap<>();
    for (LexiconFile.Row row : LexiconFile.read("note-role-words.txt", 2, 2)) {
      String word = LexiconFile.folded(row, row.field(0));
      if (words.put(word, LexiconFile.constant(row, row.field(1), RoleWord.class)) != null) {
        throw row.error("the word " + word + " is listed twice");
      }
    }
    return words;
  }
}
