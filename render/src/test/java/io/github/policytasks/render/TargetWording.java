package io.github.policytasks.render;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Direction;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import io.github.policytasks.metrics.lexicon.NotTargetPatterns;
import io.github.policytasks.metrics.lexicon.NotTargetRule;
import io.github.policytasks.metrics.lexicon.Numerals;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Words a {@link TargetSpec} as the genre writes targets (annotation guide §3) and builds the
 * {@link Target} a careful annotator would read from those words: {@code 创新平台4家以上} is
 * AT_LEAST 4 家 with text {@code 4家以上}; {@code 进出口增长20%以上} is GROWTH INCREASE with text
 * {@code 20%以上}; {@code 签约率提升1-3个百分点} is POINTS RANGE 1..3 个百分点.
 */
final class TargetWording {
  /** One worded target: the clause that carries it and the target it states. */
  record Worded(String clause, Target target) {}

  private static final List<Dimension> AMOUNT_DIMENSIONS = List.of(
      Dimension.COUNT, Dimension.CURRENCY, Dimension.AREA, Dimension.MASS, Dimension.LENGTH,
      Dimension.POWER, Dimension.ENERGY, Dimension.VOLUME, Dimension.STANDARD_COAL,
      Dimension.CONCENTRATION, Dimension.DURATION);

  private static final List<String> AMOUNT_UNITS = amountUnits();

  private TargetWording() {}

  private static List<String> amountUnits() {
    List<String> units = new ArrayList<>();
    AMOUNT_DIMENSIONS.forEach(d -> units.addAll(UnitTable.symbolsOf(d)));
    return List.copyOf(units);
  }

  /** The unit {@code spec} is written in. */
  static String unit(TargetSpec spec) {
    switch (spec.kind()) {
      case AMOUNT:
        return AMOUNT_UNITS.get(spec.unitIndex() % AMOUNT_UNITS.size());
      case POINTS:
        return spec.unitIndex() % 2 == 0 ? "个百分点" : "百分点";
      default:
        return "%";
    }
  }

  /** {@code spec} worded as a clause, with its target numbered {@code id}. */
  static Worded word(TargetSpec spec, String id) {
    String unit = unit(spec);
    UnitTable.Row row = UnitTable.row(unit);
    long unscaled = spec.kind() == TargetKind.AMOUNT ? spec.unscaled() : 1 + spec.unscaled() % 999;
    long width = spec.kind() == TargetKind.AMOUNT ? spec.rangeWidth() : 1 + spec.rangeWidth() % 99;
    int scale = UnitTable.CLASSIFIERS.contains(unit) ? 0 : spec.scale();
    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
    BigDecimal upper = spec.comparator() == Bound.RANGE
        ? BigDecimal.valueOf(unscaled + width, scale)
        : null;
    String text = text(spec, value, upper, unit);
    Quantity quantity = Quantity.of(value, unit);
    Quantity upperQuantity = upper == null ? null : Quantity.of(upper, unit);
    Direction direction = spec.kind().hasDirection()
        ? (spec.decrease() ? Direction.DECREASE : Direction.INCREASE)
        : null;
    String subject = subject(spec, row.dimension());
    Target target = Target.builder()
        .id(id)
        .text(text)
        .span(SourceSpan.of(0, 0))
        .subject(subject)
        .comparator(spec.comparator())
        .kind(spec.kind())
        .direction(direction)
        .value(quantity)
        .upper(upperQuantity)
        .normalized(UnitTable.normalize(quantity))
        .normalizedUpper(upperQuantity == null ? null : UnitTable.normalize(upperQuantity))
        .dimension(row.dimension())
        .build();
    return new Worded(subject + verb(spec, text) + text, target);
  }

  private static String verb(TargetSpec spec, String text) {
    boolean startsWithFigure = Character.isDigit(text.charAt(0)) || "一两二三四五六七八九十".indexOf(text.charAt(0)) >= 0;
    switch (spec.kind()) {
      case GROWTH:
        return spec.decrease() ? pick(spec, "下降", "降低") : pick(spec, "增长", "提高");
      case POINTS:
        return spec.decrease() ? pick(spec, "下降", "降低") : pick(spec, "提升", "提高");
      case SHARE:
        return startsWithFigure ? "达到" : "";
      default:
        return startsWithFigure && spec.subjectIndex() % 2 == 0 ? "达到" : "";
    }
  }

  private static String pick(TargetSpec spec, String first, String second) {
    return spec.subjectIndex() % 2 == 0 ? first : second;
  }

  private static String text(
      TargetSpec spec, BigDecimal value, BigDecimal upper, String unit) {
    String n = figure(spec, value, unit);
    switch (spec.comparator()) {
      case AT_LEAST:
        return choose(spec, n + unit + "以上", n + unit + "及以上", "不低于" + n + unit,
            "不少于" + n + unit, "突破" + n + unit + "以上", "至少" + n + unit,
            "保持在" + n + unit + "以上", "稳定在" + n + unit + "以上");
      case MORE_THAN:
        if (spec.wording() % 3 == 2 && spec.kind() == TargetKind.AMOUNT && value.scale() == 0
            && spec.numeralForm() == TargetSpec.NumeralForm.DIGITS && value.intValue() >= 10) {
          return n + "多" + unit;
        }
        return choose(spec, "超过" + n + unit, "突破" + n + unit);
      case AT_MOST:
        return choose(spec, n + unit + "以内", n + unit + "以下", "不超过" + n + unit,
            "不高于" + n + unit, "控制在" + n + unit + "以内");
      case LESS_THAN:
        return choose(spec, "低于" + n + unit, "少于" + n + unit);
      case APPROXIMATELY:
        return choose(spec, n + unit + "左右", "约" + n + unit, "近" + n + unit);
      case RANGE:
        String m = upper.toPlainString();
        return choose(spec, n + "-" + m + unit, n + "—" + m + unit, n + "～" + m + unit,
            n + "至" + m + unit, n + "到" + m + unit, n + unit + "-" + m + unit);
      case EXACTLY:
        return n + unit;
      default:
        throw new AssertionError(spec.comparator());
    }
  }

  private static String choose(TargetSpec spec, String... wordings) {
    return wordings[spec.wording() % wordings.length];
  }

  private static String figure(TargetSpec spec, BigDecimal value, String unit) {
    boolean whole = value.scale() == 0;
    long number = whole ? value.longValueExact() : -1;
    if (spec.numeralForm() == TargetSpec.NumeralForm.CHINESE && whole && number < 100
        && spec.comparator() != Bound.RANGE && UnitTable.CLASSIFIERS.contains(unit)) {
      String chinese = number == 2 ? "两" : Numerals.write((int) number);
      if (!opensSetPhrase(chinese + unit)) {
        return chinese;
      }
    }
    if (spec.numeralForm() == TargetSpec.NumeralForm.THOUSANDS_SEPARATED && whole
        && number >= 1000 && spec.comparator() != Bound.RANGE) {
      return new DecimalFormat("#,###").format(number);
    }
    return value.toPlainString();
  }

  /**
   * Whether a count written in Chinese numerals opens a set phrase of the not-target lexicon
   * ({@code 一批} is "a batch of", guide §3), which the parser rightly reads as no target.
   */
  private static boolean opensSetPhrase(String count) {
    return NotTargetPatterns.words(NotTargetRule.SET_PHRASE).stream().anyMatch(count::startsWith);
  }

  private static String subject(TargetSpec spec, Dimension dimension) {
    List<String> pool = spec.kind() == TargetKind.AMOUNT
        ? GeneratorPools.amountSubjects(dimension)
        : GeneratorPools.subjectsOf(spec.kind());
    return pool.get(spec.subjectIndex() % pool.size());
  }
}
