package io.github.policytasks.metrics;

import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Unit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Constants for the canonical units of annotation guide §4 and the units plans write most, all
 * in the {@linkplain UnitCatalogue#standard() standard catalogue}: {@code
 * normalizer.convert(quantity, Units.MU)}. Stateless.
 */
public final class Units {
  /** 元, canonical money. */
  public static final Unit YUAN = Unit.of("元");
  /** 万元. */
  public static final Unit TEN_THOUSAND_YUAN = Unit.of("万元");
  /** 亿元. */
  public static final Unit HUNDRED_MILLION_YUAN = Unit.of("亿元");
  /** 平方米, canonical area. */
  public static final Unit SQUARE_METRE = Unit.of("平方米");
  /** 万平方米. */
  public static final Unit TEN_THOUSAND_SQUARE_METRES = Unit.of("万平方米");
  /** 平方公里. */
  public static final Unit SQUARE_KILOMETRE = Unit.of("平方公里");
  /** 公顷. */
  public static final Unit HECTARE = Unit.of("公顷");
  /** 亩 = 2000/3 平方米. */
  public static final Unit MU = Unit.of("亩");
  /** 万亩. */
  public static final Unit TEN_THOUSAND_MU = Unit.of("万亩");
  /** 千克, canonical mass. */
  public static final Unit KILOGRAM = Unit.of("千克");
  /** 吨. */
  public static final Unit TONNE = Unit.of("吨");
  /** 万吨. */
  public static final Unit TEN_THOUSAND_TONNES = Unit.of("万吨");
  /** 斤 = 0.5 千克. */
  public static final Unit JIN = Unit.of("斤");
  /** 米, canonical length. */
  public static final Unit METRE = Unit.of("米");
  /** 公里. */
  public static final Unit KILOMETRE = Unit.of("公里");
  /** 瓦, canonical power. */
  public static final Unit WATT = Unit.of("瓦");
  /** 千瓦. */
  public static final Unit KILOWATT = Unit.of("千瓦");
  /** 兆瓦. */
  public static final Unit MEGAWATT = Unit.of("兆瓦");
  /** 万千瓦. */
  public static final Unit TEN_THOUSAND_KILOWATTS = Unit.of("万千瓦");
  /** 千瓦时, canonical energy. */
  public static final Unit KILOWATT_HOUR = Unit.of("千瓦时");
  /** 亿千瓦时. */
  public static final Unit HUNDRED_MILLION_KILOWATT_HOURS = Unit.of("亿千瓦时");
  /** 立方米, canonical volume. */
  public static final Unit CUBIC_METRE = Unit.of("立方米");
  /** 吨标准煤, canonical standard coal. */
  public static final Unit TONNE_OF_STANDARD_COAL = Unit.of("吨标准煤");
  /** 微克/立方米, canonical concentration. */
  public static final Unit MICROGRAM_PER_CUBIC_METRE = Unit.of("微克/立方米");
  /** 天, canonical duration. */
  public static final Unit DAY = Unit.of("天");
  /** %, canonical percent. */
  public static final Unit PERCENT = Unit.of("%");
  /** 百分点, canonical percentage points. */
  public static final Unit PERCENTAGE_POINT = Unit.of("百分点");
  /** ℃, canonical temperature. */
  public static final Unit DEGREE_CELSIUS = Unit.of("℃");

  private static final Map<Dimension, Unit> CANONICAL = new EnumMap<>(Dimension.class);

  static {
    CANONICAL.put(Dimension.CURRENCY, YUAN);
    CANONICAL.put(Dimension.AREA, SQUARE_METRE);
    CANONICAL.put(Dimension.MASS, KILOGRAM);
    CANONICAL.put(Dimension.LENGTH, METRE);
    CANONICAL.put(Dimension.POWER, WATT);
    CANONICAL.put(Dimension.ENERGY, KILOWATT_HOUR);
    CANONICAL.put(Dimension.VOLUME, CUBIC_METRE);
    CANONICAL.put(Dimension.STANDARD_COAL, TONNE_OF_STANDARD_COAL);
    CANONICAL.put(Dimension.CONCENTRATION, MICROGRAM_PER_CUBIC_METRE);
    CANONICAL.put(Dimension.DURATION, DAY);
    CANONICAL.put(Dimension.PERCENT, PERCENT);
    CANONICAL.put(Dimension.PERCENTAGE_POINTS, PERCENTAGE_POINT);
    CANONICAL.put(Dimension.TEMPERATURE, DEGREE_CELSIUS);
  }

  private Units() {}

  /**
   * {@return the canonical unit of {@code dimension} (annotation guide §4); empty for COUNT, whose
   * canonical unit is each classifier}
   *
   * @param dimension the dimension of the targets wanted
   */
  public static Optional<Unit> canonical(Dimension dimension) {
    return Optional.ofNullable(CANONICAL.get(dimension));
  }
}
