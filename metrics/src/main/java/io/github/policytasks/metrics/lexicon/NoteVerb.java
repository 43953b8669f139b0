package io.github.policytasks.metrics.lexicon;

/**
 * The role a verb of a verb-form responsibility note gives the units named before it (annotation
 * guide §2, §6 Notes), from {@code note-verbs.txt}.
 */
public enum NoteVerb {
  /** {@code 牵头}: the units lead. */
  LEAD,
  /** {@code 负责}, {@code 落实}: responsible; the first leads where the note names no lead. */
  RESPONSIBLE,
  /** {@code 配合}, {@code 参与}: the units support. */
  SUPPORTING
}
