package io.github.policytasks.metrics.lexicon;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The words of responsibility notes other than keys (annotation guide §2, §6 Notes): the verbs of
 * verb-form notes with their roles and Traditional forms ({@code note-verbs.txt}), the words of a
 * default clause ({@code note-default-clauses.txt}), the endings of unit names ({@code
 * unit-endings.txt}), the words joining the last unit of a list ({@code unit-joiners.txt}) and
 * those opening a remark inside a unit name ({@code unit-remarks.txt}), and the phrases closing a
 * verb-form note with the task's pace ({@code note-progress.txt}), and the words opening a group
 * note ({@code 以上任务由…}, {@code note-group-openers.txt}). The parser reads notes with them; the renderer writes verbs with them.
 * Immutable and thread-safe.
 */
public final class NoteWords {
  private static final Map<String, String> TRADITIONAL = new HashMap<>();
  private static final WordTable<NoteVerb> VERBS = WordTable.of(readVerbs());
  private static final Map<String, Boolean> OPENERS = new LinkedHashMap<>();
  private static final Map<String, Boolean> CLOSERS = new LinkedHashMap<>();
  private static final Map<String, Boolean> LEAD_INS = new LinkedHashMap<>();
  private static final Map<String, Boolean> LINKS = new LinkedHashMap<>();

  static {
    for (LexiconFile.Row row : LexiconFile.read("note-default-clauses.txt", 2, 2)) {
      String word = LexiconFile.folded(row, row.field(0));
      switch (row.field(1)) {
        case "opener":
          OPENERS.put(word, Boolean.TRUE);
          break;
        case "closer":
          CLOSERS.put(word, Boolean.TRUE);
          break;
        case "lead-in":
          LEAD_INS.put(word, Boolean.TRUE);
          break;
        case "link":
          LINKS.put(word, Boolean.TRUE);
          break;
        default:
          throw row.error("role must be opener, closer, lead-in or link, found \"" + row.field(1) + "\"");
      }
    }
  }

  private static final WordTable<Boolean> DEFAULT_OPENERS = WordTable.of(OPENERS);
  private static final WordTable<Boolean> DEFAULT_CLOSERS = WordTable.of(CLOSERS);
  private static final WordTable<Boolean> DEFAULT_LEAD_INS = WordTable.of(LEAD_INS);
  private static final WordTable<Boolean> DEFAULT_LINKS = WordTable.of(LINKS);
  private static final WordTable<NoteVerb> VERB_HEADS = WordTable.of(readVerbHeads());
  private static final WordTable<UnitEnding> UNIT_ENDINGS = WordTable.of(readEndings());
  private static final WordTable<UnitJoiner> UNIT_JOINERS = WordTable.of(readJoiners());
  private static final WordTable<Boolean> UNIT_REMARKS = WordTable.of(readWords("unit-remarks.txt"));
  private static final WordTable<Boolean> PROGRESS = WordTable.of(readWords("note-progress.txt"));
  private static final WordTable<GroupNoteWord> GROUP_OPENERS = WordTable.of(readGroupOpeners());

  private NoteWords() {}

  private static Map<String, NoteVerb> readVerbs() {
    Map<String, NoteVerb> verbs = new LinkedHashMap<>();
    for (LexiconFile.Row row : LexiconFile.read("note-verbs.txt", 3, 3)) {
      String verb = LexiconFile.folded(row, row.field(0));
      String traditional = row.field(1);
      if (!Folding.fold(traditional).equals(verb)) {
        throw row.error("the Traditional form " + traditional + " folds to "
            + Folding.fold(traditional) + ", not to " + verb);
      }
      if (verbs.put(verb, LexiconFile.constant(row, row.field(2), NoteVerb.class)) != null) {
        throw row.error("the verb " + verb + " is listed twice");
      }
      TRADITIONAL.put(verb, traditional);
    }
    return verbs;
  }

  private static Map<String, NoteVerb> readVerbHeads() {
    Map<String, NoteVerb> heads = new LinkedHashMap<>();
    for (LexiconFile.Row row : LexiconFile.read("note-verb-heads.txt", 2, 2)) {
      String head = LexiconFile.folded(row, row.field(0));
      if (heads.put(head, LexiconFile.constant(row, row.field(1), NoteVerb.class)) != null) {
        throw row.error("the head " + head + " is listed twice");
      }
    }
    return heads;
  }

  private static Map<String, UnitEnding> readEndings() {
    Map<String, UnitEnding> endings = new LinkedHashMap<>();
    for (LexiconFile.Row row : LexiconFile.read("unit-endings.txt", 2, 2)) {
      String ending = LexiconFile.folded(row, row.field(0));
      if (endings.put(ending, LexiconFile.constant(row, row.field(1), UnitEnding.class)) != null) {
        throw row.error("the ending " + ending + " is listed twice");
      }
    }
    return endings;
  }

  private static Map<String, GroupNoteWord> readGroupOpeners() {
    Map<String, GroupNoteWord> words = new LinkedHashMap<>();
    for (LexiconFile.Row row : LexiconFile.read("note-group-openers.txt", 2, 2)) {
      String word = LexiconFile.folded(row, row.field(0));
      if (words.put(word, LexiconFile.constant(row, row.field(1), GroupNoteWord.class)) != null) {
        throw row.error("the word " + word + " is listed twice");
      }
    }
    return words;
  }

  private static Map<String, UnitJoiner> readJoiners() {
    Map<String, UnitJoiner> joiners = new LinkedHashMap<>();
    for (LexiconFile.Row row : LexiconFile.read("unit-joiners.txt", 2, 2)) {
      String spelling = LexiconFile.folded(row, row.field(0));
      String joiner = LexiconFile.folded(row, row.field(1));
      int at = spelling.indexOf(joiner);
      if (at < 0) {
        throw row.error("the joining word " + joiner + " does not stand in " + spelling);
      }
      if (joiners.put(spelling, new UnitJoiner(at, at + joiner.length())) != null) {
        throw row.error("the spelling " + spelling + " is listed twice");
      }
    }
    return joiners;
  }

  private static Map<String, Boolean> readWords(String resource) {
    Map<String, Boolean> words = new LinkedHashMap<>();
    for (LexiconFile.Row row : LexiconFile.read(resource, 1, 1)) {
      words.put(LexiconFile.folded(row, row.field(0)), Boolean.TRUE);
    }
    return words;
  }

  /**
   * The words that open a remark in brackets inside a unit name ({@code 含} in {@code
   * 各市（含定州、辛集市，下同）政府}), in folded form.
   *
   * @return the remark words of {@code unit-remarks.txt}
   */
  public static WordTable<Boolean> unitRemarks() {
    return UNIT_REMARKS;
  }

  /**
   * The words that join the last unit of a list ({@code 以及}; {@code 和} only after {@code 等} or
   * before {@code 各}), each spelled with the characters that must stand around it, in folded
   * form, meaning where the joining word stands inside the spelling.
   *
   * @return the joining words of {@code unit-joiners.txt}
   */
  public static WordTable<UnitJoiner> unitJoiners() {
    return UNIT_JOINERS;
  }

  /**
   * The verbs of verb-form notes with the role each gives, matched longest-first in folded text.
   *
   * @return the verbs of {@code note-verbs.txt}
   */
  public static WordTable<NoteVerb> verbs() {
    return VERBS;
  }

  /**
   * The words that give a verb-form note its role when its closing verb is none of {@code
   * note-verbs.txt} ({@code 牵头} in {@code 县商务局牵头督办}, {@code 按职责分工} in {@code …按职责分工推进}),
   * matched longest-first in folded text.
   *
   * @return the heads of {@code note-verb-heads.txt}
   */
  public static WordTable<NoteVerb> verbHeads() {
    return VERB_HEADS;
  }

  /**
   * The Traditional form of a verb ({@code 负责} → {@code 負責}).
   *
   * @param verb a verb of {@code note-verbs.txt}, in folded form
   * @return its Traditional form
   * @throws IllegalArgumentException if {@code verb} is not in {@code note-verbs.txt}
   */
  public static String traditional(String verb) {
    String traditional = TRADITIONAL.get(Objects.requireNonNull(verb, "verb"));
    if (traditional == null) {
      throw new IllegalArgumentException("\"" + verb + "\" is no verb of note-verbs.txt");
    }
    return traditional;
  }

  /**
   * The words that open a default clause ({@code 以下均需}), in folded form.
   *
   * @return the openers of {@code note-default-clauses.txt}
   */
  public static WordTable<Boolean> defaultOpeners() {
    return DEFAULT_OPENERS;
  }

  /**
   * The words that open a default clause whose subject is written out before its link ({@code
   * 以下} in {@code 以下各项措施的配合单位均为…}), in folded form.
   *
   * @return the lead-ins of {@code note-default-clauses.txt}
   */
  public static WordTable<Boolean> defaultLeadIns() {
    return DEFAULT_LEAD_INS;
  }

  /**
   * The words that join a written-out subject to the units of a default clause ({@code 均为},
   * {@code 均由}), in folded form.
   *
   * @return the links of {@code note-default-clauses.txt}
   */
  public static WordTable<Boolean> defaultLinks() {
    return DEFAULT_LINKS;
  }

  /**
   * The words that close a default clause ({@code 不再列出}, {@code 下同}), in folded form.
   *
   * @return the closers of {@code note-default-clauses.txt}
   */
  public static WordTable<Boolean> defaultClosers() {
    return DEFAULT_CLOSERS;
  }

  /**
   * The words that open a group note ({@code 以上任务由}, {@code 上述各项工作均由}) with the part each
   * plays, in folded form.
   *
   * @return the words of {@code note-group-openers.txt}
   */
  public static WordTable<GroupNoteWord> groupOpeners() {
    return GROUP_OPENERS;
  }

  /**
   * The last words of unit names with what each shows, matched longest-first backward.
   *
   * @return the endings of {@code unit-endings.txt}
   */
  public static WordTable<UnitEnding> unitEndings() {
    return UNIT_ENDINGS;
  }

  /**
   * The phrases that close a verb-form note with the task's pace instead of a date ({@code 持续推进}).
   *
   * @return the phrases of {@code note-progress.txt}
   */
  public static WordTable<Boolean> progressPhrases() {
    return PROGRESS;
  }
}
