package io.github.policytasks.render;

/** A {@link RenderStyle} option: what separates the keyed parts of a note: {@code 牵头单位:…;责任单位:…}. */
public enum NoteSeparator {
  /** {@code ;} or {@code ；}. */
  SEMICOLON,
  /** {@code ,} or {@code ，}. */
  COMMA,
  /** A space only: {@code 牵头单位:县科技局 责任单位:县财政局}. */
  SPACE
}
