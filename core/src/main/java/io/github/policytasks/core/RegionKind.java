package io.github.policytasks.core;

/**
 * What a stretch of a plan's input is (annotation guide §1 and §6): every non-blank character of
 * the input lies in exactly one {@link Region} of one of these kinds.
 */
public enum RegionKind {
  /** The portal's header table (索引号, 发文字号…). */
  METADATA,
  /** The covering notice (通知). */
  NOTICE,
  /** The plan's own title line. */
  TITLE,
  /** Text after the title and before the first section or task, and a section's opening text. */
  PREAMBLE,
  /** A section heading ({@code 一、…}), tail sentences of the heading line excluded. */
  SECTION_HEADING,
  /** A subsection heading ({@code （一）…}). */
  SUBSECTION_HEADING,
  /**
   * A task: its label, body and responsibility notes; also a group note that names the units of
   * the tasks above it ({@code 以上任务由…牵头，…配合}).
   */
  TASK,
  /** Text stating a section's headline goals. */
  GOAL,
  /** A cited document standing on its own (the notice's list of documents). */
  REFERENCE,
  /** End matter: closing paragraphs, 抄送, 印发 lines, attachments. */
  END_MATTER,
  /** Page furniture of a web or printed copy ({@code 扫一扫在手机打开当前页}, page numbers). */
  FURNITURE,
  /** Text the reader did not read; a diagnostic with the same span says so. */
  UNREAD
}
