package io.github.policytasks.metrics.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The vocabulary of responsibility notes (annotation guide §2, §6 Notes), from {@code
 * note-keys.txt} and {@code note-phrases.txt}: the keys with their Traditional forms and fields
 * (the spellings listed, then every key read from its shape, a role word of {@code
 * note-key-roles.txt} before a unit noun of {@code note-key-nouns.txt}), the sentence stating that the first-listed unit leads, and the words that name the first place
 * of a list. Both the parser (reading) and the renderer (writing) use these, so a key added to the
 * data file is read and written alike. Immutable and thread-safe.
 */
public final class NoteKeys {
  private static final List<NoteKey> KEYS = readKeys();
  private static final WordTable<NoteKey> TABLE = WordTable.of(byWord(KEYS));
  private static final Map<String, String> TRADITIONAL = new HashMap<>();
  private static final Map<String, Boolean> FIRST_POSITION = new HashMap<>();
  private static String firstListedRule = "";

  static {
    for (NoteKey key : KEYS) {
      TRADITIONAL.put(key.simplified(), key.traditional());
    }
    for (LexiconFile.Row row : LexiconFile.read("note-phrases.txt", 3, 3)) {
      String simplified = LexiconFile.folded(row, row.field(0));
      String traditional = traditionalOf(row, simplified, row.field(1));
      TRADITIONAL.put(simplified, traditional);
      switch (row.field(2)) {
        case "first-listed-rule":
          firstListedRule = simplified;
          break;
        case "first-position":
          FIRST_POSITION.put(simplified, Boolean.TRUE);
          break;
        default:
          throw row.error("unknown role \"" + row.field(2) + "\"");
      }
    }
    if (firstListedRule.isEmpty()) {
      throw new IllegalStateException("note-phrases.txt states no first-listed-rule");
    }
  }

  private static final WordTable<Boolean> FIRST_POSITION_WORDS = WordTable.of(FIRST_POSITION);

  private NoteKeys() {}

  /**
   * The keys of {@code note-keys.txt}, then every key composed of a role word of {@code
   * note-key-roles.txt} and a unit noun of {@code note-key-nouns.txt} that the first list does not
   * spell ({@link #composedKeys}).
   */
  private static List<NoteKey> readKeys() {
    List<NoteKey> listed = listedKeys();
    List<NoteKey> keys = new ArrayList<>(listed);
    java.util.Set<String> spelled = new java.util.HashSet<>();
    StringBuilder starts = new StringBuilder();
    for (NoteKey key : listed) {
      spelled.add(key.simplified());
      starts.append(key.simplified().charAt(0));
    }
    for (NoteKey key : composedKeys()) {
      if (spelled.add(key.simplified())) {
        keys.add(key);
        if (key.field() != NoteField.RESPONSIBLE && key.field() != NoteField.RESPONSIBLE_DEPARTMENT) {
          starts.append(key.simplified().charAt(0));
        }
      }
    }
    scanStarts = starts.chars().distinct().collect(StringBuilder::new, StringBuilder::appendCodePoint,
        StringBuilder::append).toString();
    return List.copyOf(keys);
  }

  /** {@link #scanStarts()}, set once by {@link #readKeys}. */
  private static String scanStarts;

  /**
   * {@return the first chars of the keys that a scan over running text stops at: those of the
   * listed keys and of the composed lead and supporting keys} A key composed of a responsible role
   * word and a unit noun ({@code 实施单位}, {@code 落实单位}) opens with a word that runs through
   * plans' prose ({@code 实施}, {@code 落实}), so a reader looks for it where a note or a line starts
   * rather than at every such char; it is in {@link #table()} like any key.
   */
  public static String scanStarts() {
    return scanStarts;
  }

  /**
   * The keys read from their shape, a role word and a unit noun (annotation guide §2: 牵头单位,
   * 实施单位, 主办部门): a lead role makes a lead key, a supporting role a supporting key, and a
   * responsible role a 责任单位-like key before {@code 单位} and a 责任部门-like key before a
   * department noun ({@code 部门}, {@code 处室}); a role word marked {@code alone} is also a key by
   * itself before a colon ({@code 主办：}). Every key is held in the table, so the reading costs
   * no more than a listed key's.
   */
  private static List<NoteKey> composedKeys() {
    List<NoteKey> keys = new ArrayList<>();
    List<LexiconFile.Row> nouns = LexiconFile.read("note-key-nouns.txt", 3, 3);
    for (LexiconFile.Row role : LexiconFile.read("note-key-roles.txt", 4, 4)) {
      String word = LexiconFile.folded(role, role.field(0));
      String traditional = traditionalOf(role, word, role.field(1));
      String meaning = role.field(2);
      if (!meaning.equals("lead") && !meaning.equals("responsible") && !meaning.equals("supporting")) {
        throw role.error("role must be lead, responsible or supporting, found \"" + meaning + "\"");
      }
      String alone = role.field(3);
      if (!alone.equals("yes") && !alone.equals("no")) {
        throw role.error("alone must be yes or no, found \"" + alone + "\"");
      }
      for (LexiconFile.Row noun : nouns) {
        String nounWord = LexiconFile.folded(noun, noun.field(0));
        String kind = noun.field(2);
        if (!kind.equals("unit") && !kind.equals("department")) {
          throw noun.error("kind must be unit or department, found \"" + kind + "\"");
        }
        keys.add(new NoteKey(word + nounWord, traditional + traditionalOf(noun, nounWord, noun.field(1)),
            fieldOf(meaning, kind.equals("department")), false));
      }
      if (alone.equals("yes")) {
        keys.add(new NoteKey(word, traditional, fieldOf(meaning, false), true));
      }
    }
    return keys;
  }

  /** The field a key of role {@code meaning} fills, before a department noun or not. */
  private static NoteField fieldOf(String meaning, boolean department) {
    switch (meaning) {
      case "lead":
        return NoteField.LEAD;
      case "supporting":
        return NoteField.SUPPORTING;
      default:
        return department ? NoteField.RESPONSIBLE_DEPARTMENT : NoteField.RESPONSIBLE;
    }
  }

  private static List<NoteKey> listedKeys() {
    return LexiconFile.read("note-keys.txt", 4, 4).stream().map(row -> {
      String simplified = LexiconFile.folded(row, row.field(0));
      String form = row.field(3);
      if (!form.equals("key") && !form.equals("colon")) {
        throw row.error("form must be key or colon, found \"" + form + "\"");
      }
      return new NoteKey(simplified, traditionalOf(row, simplified, row.field(1)),
          LexiconFile.constant(row, row.field(2), NoteField.class), form.equals("colon"));
    }).toList();
  }

  private static String traditionalOf(LexiconFile.Row row, String simplified, String traditional) {
    if (!Folding.fold(traditional).equals(simplified)) {
      throw row.error("the Traditional form " + traditional + " folds to "
          + Folding.fold(traditional) + ", not to " + simplified
          + "; the parser could not read what a renderer writes");
    }
    return traditional;
  }

  private static Map<String, NoteKey> byWord(List<NoteKey> keys) {
    Map<String, NoteKey> map = new LinkedHashMap<>();
    for (NoteKey key : keys) {
      if (map.put(key.simplified(), key) != null) {
        throw new IllegalStateException("note-keys.txt lists " + key.simplified() + " twice");
      }
    }
    return map;
  }

  /** {@return every key, in the order of the data file} */
  public static List<NoteKey> all() {
    return KEYS;
  }

  /** {@return the keys, matched longest-first in folded text ({@code 牵头单位} before {@code 牵头})} */
  public static WordTable<NoteKey> table() {
    return TABLE;
  }

  /**
   * {@return the key spelled {@code simplified}}
   *
   * @param simplified the key in Simplified characters
   * @throws IllegalArgumentException if no key is spelled so
   */
  public static NoteKey of(String simplified) {
    for (NoteKey key : KEYS) {
      if (key.simplified().equals(simplified)) {
        return key;
      }
    }
    throw new IllegalArgumentException("\"" + simplified + "\" is no note key of note-keys.txt");
  }

  /**
   * {@return the Traditional form of a key or note phrase ({@code 牵头单位} → {@code 牽頭單位})}
   *
   * @param simplified the key in Simplified characters
   * @throws IllegalArgumentException if {@code simplified} is neither a key nor a note phrase
   */
  public static String traditional(String simplified) {
    String traditional = TRADITIONAL.get(Objects.requireNonNull(simplified, "simplified"));
    if (traditional == null) {
      throw new IllegalArgumentException(
          "No Traditional form known for \"" + simplified + "\": not in note-keys.txt or note-phrases.txt");
    }
    return traditional;
  }

  /**
   * {@return the sentence a renderer writes to state that the first-listed unit leads (列第一位的为牵头单位)}
   */
  public static String firstListedRule() {
    return firstListedRule;
  }

  /**
   * {@return the words that name the first place of a list ({@code 第一}, {@code 首位}), in folded
   * text}
   */
  public static WordTable<Boolean> firstPositionWords() {
    return FIRST_POSITION_WORDS;
  }
}
