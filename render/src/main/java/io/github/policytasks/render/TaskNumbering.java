package io.github.policytasks.render;

/** A {@link RenderStyle} option: how a task's number is written. */
public enum TaskNumbering {
  /** {@code 12.} */
  DOT,
  /** {@code 12．} (full-width full stop). */
  FULL_WIDTH_DOT,
  /** {@code 12、} */
  IDEOGRAPHIC_COMMA,
  /** {@code (十二)} or {@code （十二）}: the Chinese numeral in brackets as the task number. */
  PARENTHESISED_CHINESE
}
