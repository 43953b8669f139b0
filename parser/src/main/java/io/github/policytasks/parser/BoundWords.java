package io.github.policytasks.parser;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.metrics.BoundGrammar;
import io.github.policytasks.metrics.lexicon.BoundWord;
import io.github.policytasks.metrics.lexicon.WordPosition;
import io.github.policytasks.metrics.lexicon.WordTable;
import org.jspecify.annotations.Nullable;

/**
 * Reads the bound words around a figure (annotation guide §3, Comparators) by the metrics {@link
 * BoundGrammar} that {@code BoundPhraseReader} shares, from the lexicon's {@code bound-words.txt}: after it {@code 以上 及以上 以下 以内 左右}; before it {@code 不低于 不少于
 * 至少 超过 突破 多于 不超过 不高于 控制在 低于 少于 约 近}, unless a longer word ends there ({@code
 * 最近}, {@code 赶超}). The explicit word next to the number wins in this order: a word after the
 * figure, a word before it, an open magnitude ({@code 500多亿元}, MORE_THAN its floor); a bare
 * figure is EXACTLY, and a range is always RANGE. {@code 翻一番} keeps its verb in the text. {@code 突破10家以上} is AT_LEAST; after a time
 * or a distance {@code 内} is AT_MOST ({@code 1个工作日内}). {@code 控制在} always belongs to the
 * target's text, {@code 保持在} and {@code 稳定在} when a bound word follows the figure ({@code
 * 稳定在13亿斤以上}). Stateless and thread-safe.
 */
final class BoundWords {
  /** Words that hold a level; they join the target's text but set no bound by themselves. */
  private static final WordTable<BoundWord> HOLDING = io.github.policytasks.metrics.lexicon.BoundWords.at(WordPosition.HOLDING);

  /**
   * Bound words that may stand a short verb, or a verb and its object, away from the number:
   * {@code 至少新落地1个}, {@code 至少打造示范村2个}.
   */
  private static final WordTable<BoundWord> DETACHED = io.github.policytasks.metrics.lexicon.BoundWords.at(WordPosition.DETACHED);

  /**
   * How many ideographs may stand between a detached bound word and its figure: a verb and its
   * object ({@code 打造示范村}, {@code 新建标准化厂房}); guide §6 reads a bound word separated from its
   * figure by the subject.
   */
  private static final int DETACHED_REACH = 8;

  /** The verb of a doubling ({@code 翻一番}) and its unit, which the catalogue lacks (guide §4). */
  private static final char DOUBLING_VERB = '翻';
  private static final String DOUBLINGS = "番";

  /** How long a subject may stand between a bound word and {@code 的} and its figure. */
  private static final int SUBJECT_REACH = 10;

  private BoundWords() {}

  /**
   * The bound of {@code figure} in {@code text}, reading bound words no further back than
   * {@code floor} and no further forward than {@code limit}.
   */
  static long read(CharSequence text, Figure figure, int floor, int limit) {
    int textStart = figure.start();
    int textEnd = figure.end();
    Bound after = null;
    int afterAt = BoundGrammar.pastInclusionRemark(text, TextChars.skipSpaces(text, figure.end(), limit), limit);
    WordTable.Match<BoundWord> word = BoundGrammar.after(text, afterAt, limit);
    boolean suffixed = word != null;
    if (word != null) {
      after = word.meaning().bound();
      textEnd = word.end();
    } else if (isSpan(figure) && afterAt < limit && text.charAt(afterAt) == '内') {
      suffixed = true;
      after = Bound.AT_MOST;
      textEnd = afterAt + 1;
    }
    Bound before = null;
    int beforeAt = TextChars.skipSpacesBack(text, figure.start(), floor);
    WordTable.Match<BoundWord> prefix = BoundGrammar.before(text, beforeAt, floor);
    if (prefix != null) {
      before = prefix.meaning().bound();
      textStart = prefix.start();
    } else {
      WordTable.Match<BoundWord> holding = HOLDING.matchEndingAt(text, beforeAt, floor);
      if (holding != null) {
        if (suffixed) {
          textStart = holding.start();
        }
      } else {
        WordTable.Match<BoundWord> detached = detachedBefore(text, figure, beforeAt, floor);
        if (detached != null) {
          before = detached.meaning().bound();
          textStart = detached.start();
        } else if (isDoubling(text, figure, beforeAt, floor)) {
          textStart = beforeAt - 1;
        }
      }
    }
    Bound comparator = BoundGrammar.comparator(figure.isRange(), after, before, figure.open());
    return BoundWording.of(comparator, textStart, textEnd, suffixed);
  }

  /**
   * Whether the verb {@code 翻} stands right before a count of {@code 番} ({@code 翻一番}, {@code
   * 翻两番}): the doubling target's text is the whole verb phrase.
   */
  private static boolean isDoubling(CharSequence text, Figure figure, int beforeAt, int floor) {
    return beforeAt > floor && text.charAt(beforeAt - 1) == DOUBLING_VERB
        && figure.definition() == null && figure.unit().equals(DOUBLINGS);
  }

  private static boolean isPercent(Figure figure) {
    return figure.definition() != null && figure.definition().dimension() == Dimension.PERCENT
        && !figure.isRange();
  }

  /** Whether the figure measures a time or a distance, after which {@code 内} means within. */
  private static boolean isSpan(Figure figure) {
    return figure.definition() != null
        && (figure.definition().dimension() == Dimension.DURATION
            || figure.definition().dimension() == Dimension.LENGTH);
  }

  /** Whether a bound word that may stand before a figure ends at {@code start} (spaces skipped). */
  static boolean hasWordBefore(CharSequence text, int start) {
    int at = TextChars.skipSpacesBack(text, start, 0);
    return BoundGrammar.hasBefore(text, at, 0);
  }

  /**
   * A bound word separated from its figure by the subject the figure is a share of (annotation
   * guide §6): {@code 不低于新增用地的30%}. The subject, ending at {@code end} (just before {@code
   * 的}), is ideographs only and at most {@link #SUBJECT_REACH} long.
   */
  private static WordTable.@Nullable Match<BoundWord> boundBeforeSubject(
      CharSequence text, int end, int floor) {
    int reachFloor = Math.max(floor, end - SUBJECT_REACH - 3);
    for (int gapStart = end - 1; gapStart >= Math.max(floor, end - SUBJECT_REACH); gapStart--) {
      if (!TextChars.isIdeograph(text.charAt(gapStart))) {
        return null;
      }
      WordTable.Match<BoundWord> match = BoundGrammar.before(text, gapStart, reachFloor);
      if (match != null) {
        return match;
      }
    }
    return null;
  }

  /**
   * A bound word a few words before the figure: a detached one before a short verb ({@code
   * 至少新落地1个}), or any bound word before the subject that a figure is a share of, with {@code
   * 的} ({@code 不低于新增用地的30%}) or, for a percent, without it ({@code 不超过项目投资额30%}).
   */
  private static WordTable.@Nullable Match<BoundWord> detachedBefore(
      CharSequence text, Figure figure, int end, int floor) {
    if (end > floor && text.charAt(end - 1) == '的') {
      return boundBeforeSubject(text, end - 1, floor);
    }
    if (isPercent(figure)) {
      WordTable.Match<BoundWord> share = boundBeforeSubject(text, end, floor);
      if (share != null) {
        return share;
      }
    }
    int reachFloor = Math.max(floor, end - DETACHED_REACH - 3);
    for (int gapStart = end - 1; gapStart >= Math.max(floor, end - DETACHED_REACH); gapStart--) {
      char c = text.charAt(gapStart);
      if (!TextChars.isIdeograph(c)) {
        return null;
      }
      WordTable.Match<BoundWord> match = DETACHED.matchEndingAt(text, gapStart, reachFloor);
      if (match != null) {
        return match;
      }
    }
    return null;
  }
}
