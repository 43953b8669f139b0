package io.github.policytasks.render;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.TargetKind;

/**
 * A generated target before it is worded: kind, comparator, which wording of the comparator,
 * which unit and subject (indices into the pools, taken modulo their size), the value as an
 * unscaled integer and a scale (so trailing zeros such as {@code 12.30} occur), the width of a
 * range, the direction and the numeral form. Every field shrinks towards the simplest target.
 */
record TargetSpec(
    TargetKind kind,
    Bound comparator,
    int wording,
    int unitIndex,
    long unscaled,
    int scale,
    long rangeWidth,
    int subjectIndex,
    boolean decrease,
    NumeralForm numeralForm) {

  /** How the value's figure is written. */
  enum NumeralForm {
    /** {@code 1200}, {@code 12.30}. */
    DIGITS,
    /** {@code 1,200} for whole numbers from 1000 up. */
    THOUSANDS_SEPARATED,
    /** {@code 十五个}, {@code 两家} for whole counts 1..99 that are not ranges. */
    CHINESE
  }

  @Override
  public String toString() {
    return kind + " " + comparator + "#" + wording + " unit#" + unitIndex + " " + unscaled
        + "e-" + scale + (comparator == Bound.RANGE ? " +" + rangeWidth : "")
        + (decrease ? " decrease" : "") + " " + numeralForm;
  }
}
