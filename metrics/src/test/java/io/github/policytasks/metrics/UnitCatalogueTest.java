package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Unit;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class UnitCatalogueTest {
  private final UnitCatalogue catalogue = UnitCatalogue.standard();

  static Stream<Arguments> guideUnits() {
    return Stream.of(
        Arguments.of("元", Dimension.CURRENCY, "1", "元"),
        Arguments.of("千元", Dimension.CURRENCY, "1000", "元"),
        Arguments.of("万元", Dimension.CURRENCY, "10000", "元"),
        Arguments.of("百万元", Dimension.CURRENCY, "1000000", "元"),
        Arguments.of("亿元", Dimension.CURRENCY, "100000000", "元"),
        Arguments.of("平方米", Dimension.AREA, "1", "平方米"),
        Arguments.of("万平方米", Dimension.AREA, "10000", "平方米"),
        Arguments.of("平方公里", Dimension.AREA, "1000000", "平方米"),
        Arguments.of("公顷", Dimension.AREA, "10000", "平方米"),
        Arguments.of("亩", Dimension.AREA, "2000/3", "平方米"),
        Arguments.of("万亩", Dimension.AREA, "20000000/3", "平方米"),
        Arguments.of("千克", Dimension.MASS, "1", "千克"),
        Arguments.of("公斤", Dimension.MASS, "1", "千克"),
        Arguments.of("吨", Dimension.MASS, "1000", "千克"),
        Arguments.of("万吨", Dimension.MASS, "10000000", "千克"),
        Arguments.of("亿吨", Dimension.MASS, "100000000000", "千克"),
        Arguments.of("斤", Dimension.MASS, "0.5", "千克"),
        Arguments.of("万斤", Dimension.MASS, "5000", "千克"),
        Arguments.of("亿斤", Dimension.MASS, "50000000", "千克"),
        Arguments.of("米", Dimension.LENGTH, "1", "米"),
        Arguments.of("公里", Dimension.LENGTH, "1000", "米"),
        Arguments.of("千米", Dimension.LENGTH, "1000", "米"),
        Arguments.of("瓦", Dimension.POWER, "1", "瓦"),
        Arguments.of("千瓦", Dimension.POWER, "1000", "瓦"),
        Arguments.of("万千瓦", Dimension.POWER, "10000000", "瓦"),
        Arguments.of("兆瓦", Dimension.POWER, "1000000", "瓦"),
        Arguments.of("吉瓦", Dimension.POWER, "1000000000", "瓦"),
        Arguments.of("千瓦时", Dimension.ENERGY, "1", "千瓦时"),
        Arguments.of("度", Dimension.ENERGY, "1", "千瓦时"),
        Arguments.of("万千瓦时", Dimension.ENERGY, "10000", "千瓦时"),
        Arguments.of("亿千瓦时", Dimension.ENERGY, "100000000", "千瓦时"),
        Arguments.of("立方米", Dimension.VOLUME, "1", "立方米"),
        Arguments.of("万立方米", Dimension.VOLUME, "10000", "立方米"),
        Arguments.of("亿立方米", Dimension.VOLUME, "100000000", "立方米"),
        Arguments.of("吨标准煤", Dimension.STANDARD_COAL, "1", "吨标准煤"),
        Arguments.of("万吨标准煤", Dimension.STANDARD_COAL, "10000", "吨标准煤"),
        Arguments.of("亿吨标准煤", Dimension.STANDARD_COAL, "100000000", "吨标准煤"),
        Arguments.of("微克/立方米", Dimension.CONCENTRATION, "1", "微克/立方米"),
        Arguments.of("毫克/立方米", Dimension.CONCENTRATION, "1000", "微克/立方米"),
        Arguments.of("天", Dimension.DURATION, "1", "天"),
        Arguments.of("日", Dimension.DURATION, "1", "天"),
        Arguments.of("小时", Dimension.DURATION, "1/24", "天"),
        Arguments.of("个工作日", Dimension.DURATION, "1", "个工作日"),
        Arguments.of("℃", Dimension.TEMPERATURE, "1", "℃"),
        Arguments.of("摄氏度", Dimension.TEMPERATURE, "1", "℃"),
        Arguments.of("°C", Dimension.TEMPERATURE, "1", "℃"),
        Arguments.of("%", Dimension.PERCENT, "1", "%"),
        Arguments.of("％", Dimension.PERCENT, "1", "%"),
        Arguments.of("百分点", Dimension.PERCENTAGE_POINTS, "1", "百分点"),
        Arguments.of("个百分点", Dimension.PERCENTAGE_POINTS, "1", "百分点"),
        Arguments.of("家", Dimension.COUNT, "1", "家"),
        Arguments.of("个", Dimension.COUNT, "1", "个"),
        Arguments.of("项", Dimension.COUNT, "1", "项"),
        Arguments.of("人", Dimension.COUNT, "1", "人"),
        Arguments.of("名", Dimension.COUNT, "1", "名"),
        Arguments.of("人次", Dimension.COUNT, "1", "人次"),
        Arguments.of("座", Dimension.COUNT, "1", "座"),
        Arguments.of("所", Dimension.COUNT, "1", "所"),
        Arguments.of("场", Dimension.COUNT, "1", "场"),
        Arguments.of("套", Dimension.COUNT, "1", "套"),
        Arguments.of("张", Dimension.COUNT, "1", "张"),
        Arguments.of("户", Dimension.COUNT, "1", "户"),
        Arguments.of("台", Dimension.COUNT, "1", "台"),
        Arguments.of("处", Dimension.COUNT, "1", "处"),
        Arguments.of("条", Dimension.COUNT, "1", "条"),
        Arguments.of("部", Dimension.COUNT, "1", "部"),
        Arguments.of("头", Dimension.COUNT, "1", "头"),
        Arguments.of("辆", Dimension.COUNT, "1", "辆"),
        Arguments.of("次", Dimension.COUNT, "1", "次"),
        Arguments.of("批", Dimension.COUNT, "1", "批"),
        Arguments.of("株", Dimension.COUNT, "1", "株"),
        Arguments.of("万人", Dimension.COUNT, "10000", "人"),
        Arguments.of("万人次", Dimension.COUNT, "10000", "人次"),
        Arguments.of("万头", Dimension.COUNT, "10000", "头"),
        Arguments.of("万个", Dimension.COUNT, "10000", "个"),
        Arguments.of("万户", Dimension.COUNT, "10000", "户"),
        Arguments.of("亿人次", Dimension.COUNT, "100000000", "人次"),
        Arguments.of("千户", Dimension.COUNT, "1000", "户"),
        Arguments.of("百家", Dimension.COUNT, "100", "家"));
  }

  @ParameterizedTest(name = "{0} = {2} {3} ({1})")
  @MethodSource("guideUnits")
  void find_guideUnit_hasExactFactorToCanonical(
      String symbol, Dimension dimension, String factor, String canonical) {
    UnitDefinition unit = catalogue.find(symbol).orElseThrow();

    assertThat(unit.dimension()).isEqualTo(dimension);
    assertThat(unit.factor().isEquivalentTo(Amount.parse(factor)))
        .as("factor %s of %s", unit.factor(), symbol).isTrue();
    assertThat(unit.canonical()).isEqualTo(Unit.of(canonical));
  }

  static Stream<UnitDefinition> everyUnit() {
    return UnitCatalogue.standard().units().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyUnit")
  void everyUnit_isFoundBySymbolAndAtAPosition_andItsCanonicalUnitIsCanonical(UnitDefinition unit) {
    String symbol = unit.symbol().symbol();

    assertThat(catalogue.find(symbol)).contains(unit);
    assertThat(catalogue.unitLengthAt("12" + symbol + "。", 2)).isEqualTo(symbol.length());
    UnitDefinition canonical = catalogue.find(unit.canonical()).orElseThrow();
    assertThat(canonical.isCanonical()).isTrue();
    assertThat(canonical.dimension()).isEqualTo(unit.dimension());
    assertThat(unit.factor().signum()).isPositive();
    for (String alias : unit.aliases()) {
      assertThat(catalogue.find(alias)).as("alias %s", alias).contains(unit);
    }
  }

  @Test
  void standard_coversCountMagnitudesForEveryClassifier() {
    long classifiers = catalogue.units().stream()
        .filter(u -> u.dimension() == Dimension.COUNT && u.isCanonical()).count();

    assertThat(classifiers).isGreaterThan(50);
    assertThat(catalogue.magnitudes()).containsKeys("万", "亿", "千", "百");
    assertThat(catalogue.find("亿株").orElseThrow().factor())
        .isEqualTo(Amount.of(100000000));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "萬元, 万元", "億元, 亿元", "萬畝, 万亩", "畝, 亩", "噸, 吨", "萬噸, 万吨", "公頃, 公顷", "個, 个",
    "項, 项", "戶, 户", "個百分點, 个百分点", "千瓦時, 千瓦时", "萬人次, 万人次", "萬噸標準煤, 万吨标准煤",
    "％, %", "平方千米, 平方公里", "㎡, 平方米", "kW, 千瓦", "个小时, 小时", "工作日, 个工作日"
  })
  void find_traditionalFullWidthOrAlias_resolvesToTheUnit(String written, String symbol) {
    assertThat(catalogue.find(written).orElseThrow().symbol()).isEqualTo(Unit.of(symbol));
  }

  @ParameterizedTest(name = "{0} at {1} → {2}")
  @CsvSource({
    "提升3个百分点, 3, 4",
    "3个工作日内, 1, 4",
    "10万千瓦时, 2, 4",
    "10万千瓦, 2, 3",
    "500吨标准煤, 3, 4",
    "2万吨标准煤以上, 1, 5",
    "0.22万人次, 4, 3",
    "5家以上, 1, 1",
    "4.5%以内, 3, 1",
    "1.5萬平方米, 3, 4",
    "增长20％, 4, 1",
    "全市企业, 0, 0",
    "建成5g基站, 3, 0",
    "装机20KW, 4, 2",
    "两清零, 0, 0",
  })
  void unitLengthAt_findsTheLongestUnitThere(String text, int from, int length) {
    assertThat(catalogue.unitLengthAt(text, from)).isEqualTo(length);
  }

  @Test
  void matchAt_keepsTheWrittenFormAndResolvesTheDefinition() {
    UnitMatch match = catalogue.matchAt("共3.46萬畝。", 5).orElseThrow();

    assertThat(match.start()).isEqualTo(5);
    assertThat(match.end()).isEqualTo(7);
    assertThat(match.written()).isEqualTo(Unit.of("萬畝"));
    assertThat(match.definition().symbol()).isEqualTo(Unit.of("万亩"));
    assertThat(catalogue.matchAt("共3.46萬畝。", 0)).isEmpty();
  }

  @Test
  void unitLengthAt_respectsTheEndBound() {
    assertThat(catalogue.unitLengthAt("3个百分点", 1, 3)).isEqualTo(1);
    assertThatThrownBy(() -> catalogue.unitLengthAt("abc", 2, 9))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void find_unknownUnit_isEmpty_andRequireNamesIt() {
    assertThat(catalogue.find("磅")).isEmpty();
    assertThatThrownBy(() -> catalogue.require(Unit.of("磅")))
        .isInstanceOf(UnknownUnitException.class)
        .hasMessageContaining("\"磅\"")
        .extracting(e -> ((UnknownUnitException) e).symbol()).isEqualTo("磅");
  }

  @Test
  void toBuilder_registersCustomUnitsAndClassifiersWithMagnitudes() {
    UnitCatalogue custom = catalogue.toBuilder()
        .add("担", Dimension.MASS, "50", "千克")
        .addClassifier("畦", "個畦")
        .build();

    assertThat(custom.find("担").orElseThrow().factor()).isEqualTo(Amount.of(50));
    assertThat(custom.find("万畦").orElseThrow().canonical()).isEqualTo(Unit.of("畦"));
    assertThat(custom.find("個畦").orElseThrow().symbol()).isEqualTo(Unit.of("畦"));
    assertThat(custom.unitLengthAt("3万畦", 1)).isEqualTo(2);
    assertThat(catalogue.find("担")).isEmpty();
    assertThat(custom.units()).hasSizeGreaterThan(catalogue.units().size());
  }

  @Test
  void builder_loadsATableInTheCatalogueFormat() {
    UnitCatalogue custom = UnitCatalogue.builder()
        .load(new StringReader("# mine\n@magnitude 万 10000\n元 CURRENCY 1 元\n"
            + "万元 CURRENCY 10000 元 萬圓\n件 COUNT 1 件 # pieces\n"), "mine.txt")
        .build();

    assertThat(custom.find("萬圓").orElseThrow().symbol()).isEqualTo(Unit.of("万元"));
    assertThat(custom.find("万件").orElseThrow().factor()).isEqualTo(Amount.of(10000));
    assertThat(custom.units()).hasSize(4);
  }

  @Test
  void builder_fieldsSeparatedByAnyRunOfWhiteSpace_readAsBySingleSpaces() {
    UnitCatalogue spaced = UnitCatalogue.builder()
        .load(new StringReader("@magnitude\t万  10000\n元\u000B CURRENCY\f1 \t元\n"
            + "  万元 CURRENCY   10000 元\t萬圓,万圆  # aliases\r\n件\tCOUNT\t1\t件\n"), "spaced.txt")
        .build();
    UnitCatalogue single = UnitCatalogue.builder()
        .load(new StringReader("@magnitude 万 10000\n元 CURRENCY 1 元\n"
            + "万元 CURRENCY 10000 元 萬圓,万圆\n件 COUNT 1 件\n"), "single.txt")
        .build();

    assertThat(spaced.units()).isEqualTo(single.units()).hasSize(4);
    assertThat(spaced.find("万圆").orElseThrow().symbol()).isEqualTo(Unit.of("万元"));
  }

  @Test
  void builder_rejectsAMalformedTableLineNamingTheLine() {
    assertThatThrownBy(() -> UnitCatalogue.builder()
            .load(new StringReader("元 CURRENCY 1 元\n斤 WEIGHT 0.5 千克\n"), "bad.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.txt line 2")
        .hasMessageContaining("WEIGHT");
    assertThatThrownBy(() -> UnitCatalogue.builder()
            .load(new StringReader("亩 AREA 0.666667x 平方米\n"), "bad.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void builder_rejectsConflictingSpellingsAndMissingCanonicalUnits() {
    assertThatThrownBy(() -> catalogue.toBuilder().add("亩", Dimension.AREA, "666", "平方米"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already defined");
    assertThatThrownBy(() -> catalogue.toBuilder()
            .add("市亩", Dimension.AREA, "666", "平方米", "公顷").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("公顷");
    assertThatThrownBy(() -> UnitCatalogue.builder().add("万元", Dimension.CURRENCY, "10000", "元").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("canonical unit 元");
  }

  @Test
  void remove_thenAdd_replacesAUnit() {
    UnitCatalogue custom = catalogue.toBuilder()
        .remove("度")
        .add("度", Dimension.ENERGY, "1", "千瓦时", "电度")
        .build();

    assertThat(custom.find("电度").orElseThrow().symbol()).isEqualTo(Unit.of("度"));
  }

  @Test
  void unitDefinition_rejectsNonPositiveFactorsAndCanonicalFactorsOtherThanOne() {
    assertThatThrownBy(() -> UnitDefinition.of("x", Dimension.MASS, "0", "千克"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> UnitDefinition.of("千克", Dimension.MASS, "2", "千克"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factor must be 1");
  }

  /**
   * A counter with its 次 in brackets ({@code 人（次）}, {@code 户(次)}) is the 次-counter, with its
   * magnitudes ({@code 1.2万人（次）} = 12000 人次); an alias of a classifier takes the magnitudes
   * its symbol takes.
   */
  @Test
  void counterWithBracketedCi_isTheCiCounter_withItsMagnitudes() {
    assertThat(catalogue.find("人（次）").orElseThrow().symbol()).isEqualTo(Unit.of("人次"));
    assertThat(catalogue.find("户(次)").orElseThrow().symbol()).isEqualTo(Unit.of("户次"));
    UnitDefinition tenThousand = catalogue.find("萬人（次）").orElseThrow();
    assertThat(tenThousand.canonical()).isEqualTo(Unit.of("人次"));
    assertThat(tenThousand.factor()).isEqualTo(Amount.of(10000));
    assertThat(catalogue.unitLengthAt("培训1000人（次）以上", 6)).isEqualTo(4);
    assertThat(catalogue.find("万TEU").orElseThrow().canonical()).isEqualTo(Unit.of("标准箱"));
  }

  /** A class hour is its own unit (the guide names no conversion): 课时 is 学时, neither is 小时 or 天. */
  @Test
  void classHour_isItsOwnCanonicalUnit() {
    UnitDefinition classHour = catalogue.find("课时").orElseThrow();
    assertThat(classHour.symbol()).isEqualTo(Unit.of("学时"));
    assertThat(classHour.canonical()).isEqualTo(Unit.of("学时"));
    assertThat(classHour.dimension()).isEqualTo(Dimension.DURATION);
  }

  @Test
  void classifier_isTheCanonicalUnitOfACount() {
    assertThat(catalogue.find("万人次").orElseThrow().classifier()).contains("人次");
    assertThat(catalogue.find("万亩").orElseThrow().classifier()).isEmpty();
  }
}
