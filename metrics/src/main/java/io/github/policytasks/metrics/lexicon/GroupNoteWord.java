package io.github.policytasks.metrics.lexicon;

/**
 * The part a word plays in the opening of a group note ({@code 以上任务由…牵头，…配合}: the units of
 * every task above it in its group that has no note of its own, annotation guide §2, §6 Notes),
 * from {@code note-group-openers.txt}: an opener, at most four words of scope, count ({@code 3项}),
 * object or all, then {@code BY} and units in verb form, or a note key and units keyed.
 */
public enum GroupNoteWord {
  /** {@code 以上}, {@code 上述}: the tasks above. */
  OPENER,
  /** {@code 各项}, {@code 所有}: all of them. */
  SCOPE,
  /** {@code 任务}, {@code 工作}: what the note speaks of. */
  OBJECT,
  /** {@code 均}: each of them alike. */
  ALL,
  /** {@code 由}: the units follow in verb form. */
  BY
}
