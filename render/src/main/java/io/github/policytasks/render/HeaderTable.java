package io.github.policytasks.render;

/** A {@link RenderStyle} option: whether and how the portal header table is written before the document. */
public enum HeaderTable {
  /** No header table. */
  NONE,
  /** The four-column table ({@code 索 引 号: | … | 主题分类: | … |}). */
  FOUR_COLUMNS,
  /** The two-column table, one key per row. */
  TWO_COLUMNS,
  /** Both tables, four columns first, as some portal copies have. */
  BOTH
}
