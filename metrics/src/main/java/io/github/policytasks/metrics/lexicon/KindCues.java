package io.github.policytasks.metrics.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * The words that tell the kind and direction of a percent (annotation guide §3, Kinds) of {@code
 * kind-cues.txt}, in folded form, each with its {@link KindCue}. Immutable and thread-safe.
 */
public final class KindCues {
  private static final WordTable<KindCue> TABLE = build();

  private KindCues() {}

  private static WordTable<KindCue> build() {
    Map<String, KindCue> map = new HashMap<>();
    for (LexiconFile.Row row : LexiconFile.read("kind-cues.txt", 2, 2)) {
      KindCue cue = LexiconFile.constant(row, row.field(1), KindCue.class);
      KindCue previous = map.put(LexiconFile.folded(row, row.field(0)), cue);
      if (previous != null) {
        throw new IllegalStateException("kind-cues.txt: \"" + row.field(0) + "\" is listed twice");
      }
    }
    return WordTable.of(map);
  }

  /**
   * Every cue word with its cue, matched longest-first ({@code 年均增长} before {@code 增长}).
   *
   * @return the table read once from {@code kind-cues.txt}
   */
  public static WordTable<KindCue> table() {
    return TABLE;
  }
}
