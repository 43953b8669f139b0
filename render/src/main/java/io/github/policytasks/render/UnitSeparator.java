package io.github.policytasks.render;

/** A {@link RenderStyle} option: what separates the units named under one key of a note. */
public enum UnitSeparator {
  /** {@code 、} */
  IDEOGRAPHIC_COMMA,
  /** {@code ,} or {@code ，}. */
  COMMA
}
