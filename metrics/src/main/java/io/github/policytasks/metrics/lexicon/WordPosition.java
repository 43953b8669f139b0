package io.github.policytasks.metrics.lexicon;

/** Where a bound word of {@code bound-words.txt} stands relative to its figure (annotation guide §3). */
public enum WordPosition {
  /** Right after the figure and its unit: {@code 80家以上}. */
  AFTER,
  /** Right before the figure: {@code 不低于154万亩}. */
  BEFORE,
  /** Before the figure with a short verb or the subject between: {@code 至少新落地1个}. */
  DETACHED,
  /** Holds a level; joins the target's text, sets no bound: {@code 稳定在13亿斤以上}. */
  HOLDING,
  /** A verb a bound phrase may open with; sets no bound: {@code 达到280兆瓦}. */
  LEAD_IN,
  /** After the figure, ends the phrase, sets no bound: {@code 3-5个之间}. */
  CLOSING,
  /** A longer word that ends like a bound word but is none: {@code 最近}, {@code 赶超}. */
  NONE,
  /**
   * Right before a magnitude word that stands for the figure, and only there: {@code 上万人次}
   * ({@code 上} before any other figure is no bound word: {@code 线上50学时}).
   */
  BEFORE_MAGNITUDE
}
