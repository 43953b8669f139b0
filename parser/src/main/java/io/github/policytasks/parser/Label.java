package io.github.policytasks.parser;

/**
 * The numbering that opens a line: what kind it is, the number it states, where the label stands
 * ({@code [start, end)}, separator included) and where the text after it starts. Immutable and
 * thread-safe.
 */
record Label(Kind kind, int number, int start, int end, int textStart) {

  /** The numbering styles of the genre. */
  enum Kind {
    /** {@code 一、}: a section. */
    SECTION,
    /** {@code 第一章}, {@code 第一部分}: a section. */
    CHAPTER,
    /** {@code 第一节}: a subsection. */
    PART,
    /** {@code (一)}, {@code （一）}: a subsection, or a task where nothing else numbers tasks. */
    PARENTHESISED,
    /** {@code 第一条}: a task. */
    ARTICLE,
    /** {@code 1.}, {@code 1．}, {@code 1、}: a task. */
    ARABIC,
    /** {@code 1 } followed by text: a task when its number follows on. */
    ARABIC_SPACE,
    /**
     * {@code (1)}, {@code （1）}: a point inside a task, or a task of its own when it ends with its
     * own responsibility note.
     */
    SUB_ITEM
  }
}
