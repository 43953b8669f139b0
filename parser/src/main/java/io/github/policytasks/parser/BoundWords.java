package io.github.policytasks.parser;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Dimension;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the bound words around a figure (annotation guide §3, Comparators): after it {@code 以上
 * 及以上 以下 以内 左右}; before it {@code 不低于 不少于 至少 超过 突破 多于 不超过 不高于 控制在
 * 低于 少于 约 近}. The explicit word next to the number wins in this order: a word after the
 * figure, a word before it, an open magnitude ({@code 500多亿元}, MORE_THAN its floor); a bare
 * figure is EXACTLY, and a range is always RANGE. {@code 突破10家以上} is AT_LEAST; after a time
 * or a distance {@code 内} is AT_MOST ({@code 1个工作日内}). {@code 控制在} always belongs to the
 * target's text, {@code 保持在} and {@code 稳定在} when a bound word follows the figure ({@code
 * 稳定在13亿斤以上}). Stateless and thread-safe.
 */
final class BoundWords {
  private static final WordTable<Bound> AFTER = WordTable.of(Map.ofEntries(
      Map.entry("以上", Bound.AT_LEAST),
      Map.entry("及以上", Bound.AT_LEAST),
      Map.entry("或以上", Bound.AT_LEAST),
      Map.entry("以下", Bound.AT_MOST),
      Map.entry("及以下", Bound.AT_MOST),
      Map.entry("以内", Bound.AT_MOST),
      Map.entry("之内", Bound.AT_MOST),
      Map.entry("左右", Bound.APPROXIMATELY),
      Map.entry("上下", Bound.APPROXIMATELY)));

  private static final WordTable<Bound> BEFORE = WordTable.of(Map.ofEntries(
      Map.entry("不低于", Bound.AT_LEAST),
      Map.entry("不少于", Bound.AT_LEAST),
      Map.entry("不小于", Bound.AT_LEAST),
      Map.entry("至少", Bound.AT_LEAST),
      Map.entry("最少", Bound.AT_LEAST),
      Map.entry("最低", Bound.AT_LEAST),
      Map.entry("超过", Bound.MORE_THAN),
      Map.entry("突破", Bound.MORE_THAN),
      Map.entry("多于", Bound.MORE_THAN),
      Map.entry("大于", Bound.MORE_THAN),
      Map.entry("高于", Bound.MORE_THAN),
      Map.entry("超出", Bound.MORE_THAN),
      Map.entry("超", Bound.MORE_THAN),
      Map.entry("逾", Bound.MORE_THAN),
      Map.entry("不超过", Bound.AT_MOST),
      Map.entry("不超出", Bound.AT_MOST),
      Map.entry("不高于", Bound.AT_MOST),
      Map.entry("不多于", Bound.AT_MOST),
      Map.entry("不大于", Bound.AT_MOST),
      Map.entry("最多", Bound.AT_MOST),
      Map.entry("至多", Bound.AT_MOST),
      Map.entry("最高", Bound.AT_MOST),
      Map.entry("控制在", Bound.AT_MOST),
      Map.entry("低于", Bound.LESS_THAN),
      Map.entry("少于", Bound.LESS_THAN),
      Map.entry("小于", Bound.LESS_THAN),
      Map.entry("不足", Bound.LESS_THAN),
      Map.entry("不到", Bound.LESS_THAN),
      Map.entry("约", Bound.APPROXIMATELY),
      Map.entry("大约", Bound.APPROXIMATELY),
      Map.entry("约为", Bound.APPROXIMATELY),
      Map.entry("近", Bound.APPROXIMATELY),
      Map.entry("将近", Bound.APPROXIMATELY),
      Map.entry("接近", Bound.APPROXIMATELY)));

  /** Words that hold a level; they join the target's text but set no bound by themselves. */
  private static final WordTable<Boolean> HOLDING = WordTable.of(Boolean.TRUE,
      "保持在", "稳定在", "维持在");

  /** Bound words that may stand a short verb away from the number: {@code 至少新落地1个}. */
  private static final WordTable<Bound> DETACHED = WordTable.of(Map.of(
      "至少", Bound.AT_LEAST,
      "不少于", Bound.AT_LEAST,
      "最少", Bound.AT_LEAST));

  private static final int DETACHED_REACH = 4;

  private BoundWords() {}

  /**
   * The bound of {@code figure} in {@code text}, reading bound words no further back than
   * {@code floor} and no further forward than {@code limit}.
   */
  static BoundWording read(String text, Figure figure, int floor, int limit) {
    int textStart = figure.start();
    int textEnd = figure.end();
    Bound after = null;
    int afterAt = TextChars.skipSpaces(text, figure.end(), limit);
    WordTable.Match<Bound> suffix = AFTER.matchAt(text, afterAt, limit);
    if (suffix == null && isSpan(figure) && afterAt < limit && text.charAt(afterAt) == '内') {
      suffix = new WordTable.Match<>(afterAt, afterAt + 1, Bound.AT_MOST);
    }
    if (suffix != null) {
      after = suffix.meaning();
      textEnd = suffix.end();
    }
    Bound before = null;
    int beforeAt = TextChars.skipSpacesBack(text, figure.start(), floor);
    WordTable.Match<Bound> prefix = BEFORE.matchEndingAt(text, beforeAt, floor);
    if (prefix != null && !isLongerWord(text, prefix, floor)) {
      before = prefix.meaning();
      textStart = prefix.start();
    } else {
      WordTable.Match<Boolean> holding = HOLDING.matchEndingAt(text, beforeAt, floor);
      if (holding != null) {
        if (suffix != null) {
          textStart = holding.start();
        }
      } else {
        WordTable.Match<Bound> detached = detachedBefore(text, beforeAt, floor);
        if (detached != null) {
          before = detached.meaning();
          textStart = detached.start();
        }
      }
    }
    Bound comparator;
    if (figure.isRange()) {
      comparator = Bound.RANGE;
    } else if (after != null) {
      comparator = after;
    } else if (before != null) {
      comparator = before;
    } else if (figure.open()) {
      comparator = Bound.MORE_THAN;
    } else {
      comparator = Bound.EXACTLY;
    }
    return new BoundWording(comparator, textStart, textEnd, suffix != null);
  }

  /** Whether the figure measures a time or a distance, after which {@code 内} means within. */
  private static boolean isSpan(Figure figure) {
    return figure.definition() != null
        && (figure.definition().dimension() == Dimension.DURATION
            || figure.definition().dimension() == Dimension.LENGTH);
  }

  /** Whether a bound word that may stand before a figure ends at {@code start} (spaces skipped). */
  static boolean hasWordBefore(String text, int start) {
    int at = TextChars.skipSpacesBack(text, start, 0);
    return BEFORE.matchEndingAt(text, at, 0) != null;
  }

  /**
   * Whether a one-character bound word is really the end of another word: {@code 近} in {@code
   * 最近}/{@code 附近}, {@code 超} in {@code 赶超}.
   */
  private static boolean isLongerWord(String text, WordTable.Match<Bound> prefix, int floor) {
    if (prefix.end() - prefix.start() != 1 || prefix.start() <= floor) {
      return false;
    }
    char word = text.charAt(prefix.start());
    char before = text.charAt(prefix.start() - 1);
    if (word == '近') {
      return before == '最' || before == '附' || before == '邻' || before == '靠' || before == '就';
    }
    if (word == '超') {
      return before == '赶' || before == '高';
    }
    return false;
  }

  private static WordTable.@Nullable Match<Bound> detachedBefore(
      String text, int end, int floor) {
    int reachFloor = Math.max(floor, end - DETACHED_REACH - 3);
    for (int gapStart = end - 1; gapStart >= Math.max(floor, end - DETACHED_REACH); gapStart--) {
      char c = text.charAt(gapStart);
      if (!TextChars.isIdeograph(c)) {
        return null;
      }
      WordTable.Match<Bound> match = DETACHED.matchEndingAt(text, gapStart, reachFloor);
      if (match != null) {
        return match;
      }
    }
    return null;
  }
}
