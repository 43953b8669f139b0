package io.github.policytasks.metrics.lexicon;

import java.util.LinkedHashMap;
import java.util.List;
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

  /**
   * The role words of some meanings alone, so that a reader can ask cheaply whether any of them
   * stands in a stretch ({@code 领导} of the leaders).
   *
   * @param meanings what the words do
   * @return the table of the words of {@code note-role-words.txt} with one of those meanings
   */
  public static WordTable<RoleWord> only(RoleWord... meanings) {
    List<RoleWord> wanted = List.of(meanings);
    Map<String, RoleWord> words = new LinkedHashMap<>();
    for (Map.Entry<String, RoleWord> word : read().entrySet()) {
      if (wanted.contains(word.getValue())) {
        words.put(word.getKey(), word.getValue());
      }
    }
    return WordTable.of(words);
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
