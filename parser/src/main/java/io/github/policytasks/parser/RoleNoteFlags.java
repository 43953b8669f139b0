package io.github.policytasks.parser;

/**
 * What the responsibility-clause reader ({@link RoleClauses}) finds along the way through one
 * note, shared by its tokeniser, phrase reader and assembler; reset before each note. Not
 * thread-safe (one per parse).
 */
final class RoleNoteFlags {
  /** Where the note being read states that the first-listed unit leads, or -1. */
  int ruleAt = -1;
  /** Whether a key's value in the note being read was not understood. */
  boolean failed;
  /** Whether words no list holds were taken off a name, or added to a role phrase, in the note being read. */
  boolean trimmed;
  /**
   * How many verbs no list holds after units the note being read has with nothing to tell a role by:
   * no filler before them ({@code 按职责分工}) and no leaning ({@code 支持}, {@code 主推}).
   */
  int bareVerbs;

  /** Forgets the last note's findings. */
  void reset() {
    ruleAt = -1;
    failed = false;
    trimmed = false;
    bareVerbs = 0;
  }
}
