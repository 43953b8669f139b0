package io.github.policytasks.render;

/** A {@link RenderStyle} option: the width of the punctuation around text: {@code ( ) : , ;} or {@code （ ）： ， ；}. */
public enum Punctuation {
  /** {@code ( ) : , ;}: as most web copies. */
  HALF_WIDTH,
  /** {@code （ ）： ， ；}: as typeset originals. Commas between digits stay half-width. */
  FULL_WIDTH
}
