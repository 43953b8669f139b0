package io.github.policytasks.metrics.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain word lists of the genre's vocabulary (annotation guide §2-§6): resources of one word a
 * row next to these classes, in folded form, every row ending in a comment that says where the word
 * comes from ({@code unit-list-levels.txt}: {@code 自治区 # national plans: 各省、自治区、直辖市人民政府}),
 * read by the one reader of this package's vocabularies. A missing resource, a row without its
 * comment or with more than one word, a word listed twice, and a word not in folded form are errors
 * naming the resource and the line. Stateless and thread-safe.
 */
public final class WordLists {
  private WordLists() {}

  /**
   * The words of the list {@code resource}, in file order.
   *
   * @param resource the name of the list's resource in this package ({@code region-suffixes.txt})
   * @return its words, in file order, each once
   * @throws IllegalStateException naming the resource and line of a malformed row, or when the
   *     resource is missing
   */
  public static List<String> words(String resource) {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (LexiconFile.Row row : LexiconFile.read(resource, 1, 1)) {
      if (seen.put(LexiconFile.folded(row, row.field(0)), Boolean.TRUE) != null) {
        throw row.error("the word " + row.field(0) + " is listed twice");
      }
    }
    return List.copyOf(new ArrayList<>(seen.keySet()));
  }

  /**
   * The words of the list {@code resource} as a table to match in folded text.
   *
   * @param resource the name of the list's resource in this package ({@code unit-list-levels.txt})
   * @return a table giving {@link Boolean#TRUE} for each of its words
   * @throws IllegalStateException naming the resource and line of a malformed row, or when the
   *     resource is missing
   */
  public static WordTable<Boolean> table(String resource) {
    return WordTable.of(Boolean.TRUE, words(resource).toArray(String[]::new));
  }

  /**
   * The characters of the list {@code resource}, each of its rows one character.
   *
   * @param resource the name of the list's resource in this package ({@code unit-group-marks.txt})
   * @return its characters, in file order
   * @throws IllegalStateException naming the resource and line of a row that is not one
   *     character, or of a malformed row, or when the resource is missing
   */
  public static String chars(String resource) {
    StringBuilder chars = new StringBuilder();
    for (LexiconFile.Row row : LexiconFile.read(resource, 1, 1)) {
      char c = LexiconFile.single(row, LexiconFile.folded(row, row.field(0)));
      if (chars.indexOf(String.valueOf(c)) >= 0) {
        throw row.error("the character " + c + " is listed twice");
      }
      chars.append(c);
    }
    return chars.toString();
  }
}
