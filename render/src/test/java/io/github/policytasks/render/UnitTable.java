package io.github.policytasks.render;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Unit;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The test oracle for normalisation: every unit the annotation guide §4 names, with its
 * dimension, canonical unit and exact factor, written out here independently of the {@code
 * metrics} catalogue, so that a round trip checks the parser against the guide.
 */
final class UnitTable {
  /** One row: a written unit, its dimension, canonical unit and exact factor. */
  record Row(String symbol, Dimension dimension, String canonical, Amount factor) {}

  /** The counting classifiers of the guide, without magnitude. */
  static final List<String> CLASSIFIERS = List.of(
      "家", "个", "项", "人", "名", "人次", "座", "所", "场", "套", "张", "户", "台", "处", "条", "部",
      "头", "辆", "次", "批", "株");

  private static final Map<String, Row> ROWS = new LinkedHashMap<>();

  static {
    row(Dimension.CURRENCY, "元", "元", "1", "万元", "10000", "亿元", "100000000", "千元", "1000");
    row(Dimension.AREA, "平方米", "平方米", "1", "万平方米", "10000", "平方公里", "1000000",
        "公顷", "10000", "亩", "2000/3", "万亩", "20000000/3");
    row(Dimension.MASS, "千克", "吨", "1000", "万吨", "10000000", "千克", "1", "公斤", "1",
        "斤", "0.5", "万斤", "5000", "亿斤", "50000000");
    row(Dimension.LENGTH, "米", "米", "1", "公里", "1000", "千米", "1000");
    row(Dimension.POWER, "瓦", "瓦", "1", "千瓦", "1000", "万千瓦", "10000000", "兆瓦", "1000000",
        "吉瓦", "1000000000");
    row(Dimension.ENERGY, "千瓦时", "千瓦时", "1", "度", "1", "万千瓦时", "10000",
        "亿千瓦时", "100000000");
    row(Dimension.VOLUME, "立方米", "立方米", "1", "万立方米", "10000", "亿立方米", "100000000");
    row(Dimension.STANDARD_COAL, "吨标准煤", "吨标准煤", "1", "万吨标准煤", "10000");
    row(Dimension.CONCENTRATION, "微克/立方米", "微克/立方米", "1", "毫克/立方米", "1000");
    row(Dimension.DURATION, "天", "天", "1", "日", "1", "小时", "1/24");
    for (String classifier : CLASSIFIERS) {
      row(Dimension.COUNT, classifier, classifier, "1");
    }
    for (String classifier : List.of("人", "人次", "头", "个", "户")) {
      row(Dimension.COUNT, classifier, "万" + classifier, "10000");
    }
    row(Dimension.PERCENT, "%", "%", "1");
    row(Dimension.PERCENTAGE_POINTS, "百分点", "个百分点", "1", "百分点", "1");
  }

  private UnitTable() {}

  private static void row(Dimension dimension, String canonical, String... symbolsAndFactors) {
    for (int i = 0; i < symbolsAndFactors.length; i += 2) {
      String symbol = symbolsAndFactors[i];
      ROWS.put(symbol, new Row(symbol, dimension, canonical, factor(symbolsAndFactors[i + 1])));
    }
  }

  private static Amount factor(String text) {
    int slash = text.indexOf('/');
    return slash < 0
        ? Amount.parse(text)
        : Amount.ofRatio(
            new BigInteger(text.substring(0, slash)), new BigInteger(text.substring(slash + 1)));
  }

  /** The row of {@code symbol}. */
  static Row row(String symbol) {
    Row row = ROWS.get(symbol);
    if (row == null) {
      throw new IllegalArgumentException("Unit \"" + symbol + "\" is not in the test's table");
    }
    return row;
  }

  /** The symbols of {@code dimension}, in table order. */
  static List<String> symbolsOf(Dimension dimension) {
    return ROWS.values().stream()
        .filter(r -> r.dimension() == dimension)
        .map(Row::symbol)
        .collect(Collectors.toUnmodifiableList());
  }

  /** {@code quantity} in its canonical unit, exactly. */
  static Quantity normalize(Quantity quantity) {
    Row row = row(quantity.unit().symbol());
    return Quantity.of(quantity.amount().times(row.factor()).stripped(), Unit.of(row.canonical()));
  }
}
