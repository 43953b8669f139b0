package io.github.policytasks.parser;

import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Direction;
import io.github.policytasks.core.TargetKind;
import io.github.policytasks.metrics.lexicon.KindCue;
import io.github.policytasks.metrics.lexicon.KindCues;
import io.github.policytasks.metrics.lexicon.WordTable;
import org.jspecify.annotations.Nullable;

/**
 * Decides what a target's figure measures (annotation guide §3, Kinds). Percentage points are
 * POINTS. A percent is GROWTH when the nearest word before it in its clause is a change ({@code
 * 增长 增速 提高 提升 下降 降低 同比…}) or follows it ({@code 4.5%增长}), and SHARE when it is a
 * level ({@code 率 占比 比例 比重}, {@code 提高到}, {@code 降至}) or when no such word stands near it
 * ({@code 75%的城市社区}); a percent listed after another ({@code 分别减少2%、2.5%}) shares its kind.
 * The words are the lexicon's {@code kind-cues.txt}. A figure of unknown unit right after a word
 * of rise or fall, or whose text opens with one ({@code 增长1倍}, {@code 翻一番}), is GROWTH; a multiple of another level ({@code
 * 达到上年的1.5倍}) is SHARE, a level stated as a ratio. Everything else is AMOUNT. GROWTH and POINTS
 * take their direction from the change word; POINTS
 * without one are read as an increase and say so. Stateless and thread-safe.
 */
final class TargetKindRule {
  /** How far before a percent the rule looks for a change or level word. */
  static final int REACH = 24;

  /** The cue words of the lexicon's {@code kind-cues.txt}. */
  private static final WordTable<KindCue> CUES = KindCues.table();

  private TargetKindRule() {}

  /** A kind and, for GROWTH and POINTS, a direction; {@code assumed} when no word gave it. */
  record Reading(TargetKind kind, @Nullable Direction direction, boolean assumed) {
    /** Every reading, by kind, direction (none first) and assumed: a few values, made once. */
    private static final Reading[][][] ALL = all();

    /** The one reading of {@code kind}, {@code direction} and {@code assumed}. */
    static Reading of(TargetKind kind, @Nullable Direction direction, boolean assumed) {
      return ALL[kind.ordinal()][direction == null ? 0 : direction.ordinal() + 1][assumed ? 1 : 0];
    }

    private static Reading[][][] all() {
      TargetKind[] kinds = TargetKind.values();
      Direction[] directions = Direction.values();
      Reading[][][] all = new Reading[kinds.length][directions.length + 1][2];
      for (TargetKind kind : kinds) {
        for (int d = 0; d <= directions.length; d++) {
          for (int a = 0; a < 2; a++) {
            all[kind.ordinal()][d][a] = new Reading(kind, d == 0 ? null : directions[d - 1], a == 1);
          }
        }
      }
      return all;
    }
  }

  /**
   * The kind of a figure of {@code dimension} whose text is {@code text[textStart, textEnd)},
   * reading words back to {@code floor} (its clause start). A percent with no change or level word
   * before it is GROWTH when a change word follows it ({@code 4.5%以上增长}), takes the kind of
   * {@code listed}, the percent target it is listed after ({@code 分别减少2%、2.5%}), when given,
   * and is SHARE otherwise.
   */
  static Reading read(CharSequence text, @Nullable Dimension dimension, int textStart, int textEnd,
      int floor, @Nullable Reading listed) {
    if (dimension == Dimension.PERCENTAGE_POINTS) {
      Direction direction = directionBefore(text, textStart, floor);
      return direction != null
          ? Reading.of(TargetKind.POINTS, direction, false)
          : Reading.of(TargetKind.POINTS, Direction.INCREASE, true);
    }
    if (dimension == null) {
      Direction direction = changeRightBefore(text, textStart);
      WordTable.Match<KindCue> opening = CUES.matchAt(text, textStart, textEnd);
      if (direction == null && opening != null && opening.meaning() == KindCue.RISE && opening.end() < textEnd) {
        direction = Direction.INCREASE;
      }
      if (direction == null && textEnd > textStart
          && FigureScanner.isMultipleOfLevel(text, textStart, text.charAt(multipleEnd(text, textStart, textEnd)))) {
        return new Reading(TargetKind.SHARE, null, false);
      }
      return direction == null
          ? Reading.of(TargetKind.AMOUNT, null, false)
          : Reading.of(TargetKind.GROWTH, direction, false);
    }
    if (dimension != Dimension.PERCENT) {
      return Reading.of(TargetKind.AMOUNT, null, false);
    }
    int reachFloor = Math.max(floor, textStart - REACH);
    for (int end = textStart; end > reachFloor; end--) {
      WordTable.Match<KindCue> cue = CUES.matchEndingAt(text, end, reachFloor);
      if (cue == null || isFalseCue(text, cue)) {
        continue;
      }
      switch (cue.meaning()) {
        case RISE:
          return Reading.of(TargetKind.GROWTH, Direction.INCREASE, false);
        case FALL:
          return Reading.of(TargetKind.GROWTH, Direction.DECREASE, false);
        case CHANGE:
          return Reading.of(TargetKind.GROWTH, Direction.INCREASE, true);
        default:
          return Reading.of(TargetKind.SHARE, null, false);
      }
    }
    WordTable.Match<KindCue> following = CUES.matchAt(text, TextChars.skipSpaces(text, textEnd,
        text.length()), text.length());
    if (following != null && following.end() - following.start() > 1) {
      if (following.meaning() == KindCue.RISE) {
        return Reading.of(TargetKind.GROWTH, Direction.INCREASE, false);
      }
      if (following.meaning() == KindCue.FALL) {
        return Reading.of(TargetKind.GROWTH, Direction.DECREASE, false);
      }
    }
    if (listed != null && listed.kind() != TargetKind.AMOUNT && listed.kind() != TargetKind.POINTS) {
      return listed;
    }
    return Reading.of(TargetKind.SHARE, null, false);
  }

  /** The index of the unit char after the number that opens {@code text[textStart, textEnd)}. */
  private static int multipleEnd(CharSequence text, int textStart, int textEnd) {
    int i = textStart;
    while (i < textEnd - 1 && (TextChars.isDigit(text.charAt(i)) || text.charAt(i) == '.'
        || ChineseNumerals.isNumeral(text.charAt(i)))) {
      i++;
    }
    return i;
  }

  /**
   * The direction of a word of rise or fall that ends right before {@code textStart} ({@code
   * 增长1倍}, {@code 翻一番}): a multiple of unknown unit written after it is a relative change.
   */
  private static @Nullable Direction changeRightBefore(CharSequence text, int textStart) {
    int end = TextChars.skipSpacesBack(text, textStart, 0);
    WordTable.Match<KindCue> cue = CUES.matchEndingAt(text, end, Math.max(0, end - REACH));
    if (cue == null) {
      return null;
    }
    return cue.meaning() == KindCue.RISE ? Direction.INCREASE
        : cue.meaning() == KindCue.FALL ? Direction.DECREASE : null;
  }

  /** The direction the nearest change word before {@code textStart} gives, if any. */
  private static @Nullable Direction directionBefore(CharSequence text, int textStart, int floor) {
    int reachFloor = Math.max(floor, textStart - REACH);
    for (int end = textStart; end > reachFloor; end--) {
      WordTable.Match<KindCue> cue = CUES.matchEndingAt(text, end, reachFloor);
      if (cue == null || isFalseCue(text, cue)) {
        continue;
      }
      if (cue.meaning() == KindCue.RISE) {
        return Direction.INCREASE;
      }
      if (cue.meaning() == KindCue.FALL) {
        return Direction.DECREASE;
      }
    }
    return null;
  }

  /** {@code 率} in {@code 率先} leads, it is not a rate; {@code 增} and {@code 减} alone inside other words. */
  private static boolean isFalseCue(CharSequence text, WordTable.Match<KindCue> cue) {
    int length = cue.end() - cue.start();
    if (length != 1) {
      return false;
    }
    char c = text.charAt(cue.start());
    char next = cue.end() < text.length() ? text.charAt(cue.end()) : 0;
    if (c == '率') {
      return next == '先' || next == '领';
    }
    if (c == '增' || c == '减' || c == '降') {
      return TextChars.isIdeograph(next);
    }
    return false;
  }
}
