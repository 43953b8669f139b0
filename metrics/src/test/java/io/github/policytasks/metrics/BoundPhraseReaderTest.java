package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundPhraseReaderTest {
  private final BoundPhraseReader reader = BoundPhraseReader.standard();

  @ParameterizedTest(name = "{0} → {1} {2} {3}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
    "不低于154万亩     | AT_LEAST      | 154     | 万亩",
    "突破10家以上      | AT_LEAST      | 10      | 家",
    "突破1000万吨以上  | AT_LEAST      | 1000    | 万吨",
    "超过60家          | MORE_THAN     | 60      | 家",
    "突破350万人次     | MORE_THAN     | 350     | 万人次",
    "控制在4.5%以内    | AT_MOST       | 4.5     | %",
    "10项左右          | APPROXIMATELY | 10      | 项",
    "约10项            | APPROXIMATELY | 10      | 项",
    "近500亩           | APPROXIMATELY | 500     | 亩",
    "500多亿元         | MORE_THAN     | 500     | 亿元",
    "十几万人          | MORE_THAN     | 10      | 万人",
    "二百余万          | MORE_THAN     | 200     | 万",
    "3万以上           | AT_LEAST      | 3       | 万",
    "突破5亿           | MORE_THAN     | 5       | 亿",
    "二百余万人        | MORE_THAN     | 200     | 万人",
    "80家以上          | AT_LEAST      | 80      | 家",
    "4家及以上         | AT_LEAST      | 4       | 家",
    "不少于3个         | AT_LEAST      | 3       | 个",
    "至少1个           | AT_LEAST      | 1       | 个",
    "保持在90%以上     | AT_LEAST      | 90      | %",
    "稳定在95%以上     | AT_LEAST      | 95      | %",
    "多于5项           | MORE_THAN     | 5       | 项",
    "不超过3%          | AT_MOST       | 3       | %",
    "不应少于40学时    | AT_LEAST      | 40      | 学时",
    "不能低于16学时    | AT_LEAST      | 16      | 学时",
    "不宜超过5天       | AT_MOST       | 5       | 天",
    "95%（含）以上     | AT_LEAST      | 95      | %",
    "200名(含本数)以上 | AT_LEAST      | 200     | 名",
    "50学时（含线上学时）以上 | AT_LEAST | 50   | 学时",
    "50个学时以上      | AT_LEAST      | 50      | 个学时",
    "2000人·次以上     | AT_LEAST      | 2000    | 人·次",
    "3000人/次         | EXACTLY       | 3000    | 人/次",
    "1.2万人・次       | EXACTLY       | 1.2     | 万人・次",
    "百分之百          | EXACTLY       | 100     | %",
    "达到百分之百以上  | AT_LEAST      | 100     | %",
    "不低于三分之一    | AT_LEAST      | 100/3   | %",
    "三分之二以上      | AT_LEAST      | 200/3   | %",
    "不低于1/3         | AT_LEAST      | 100/3   | %",
    "2/3以上           | AT_LEAST      | 200/3   | %",
    "超过一半          | MORE_THAN     | 50      | %",
    "半数以上          | AT_LEAST      | 50      | %",
    "上万人次          | AT_LEAST      | 1       | 万人次",
    "逾千家            | MORE_THAN     | 1       | 千家",
    "72学时（9天）以上 | AT_LEAST      | 72      | 学时",
    "不高于35微克/立方米 | AT_MOST     | 35      | 微克/立方米",
    "5%以下            | AT_MOST       | 5       | %",
    "低于5%            | LESS_THAN     | 5       | %",
    "少于3家           | LESS_THAN     | 3       | 家",
    "新增托位798个     | null          | 0       | null",
    "798个             | EXACTLY       | 798     | 个",
    "达到280兆瓦       | EXACTLY       | 280     | 兆瓦",
    "完成3万亩         | EXACTLY       | 3       | 万亩",
    "力争突破150亿元   | MORE_THAN     | 150     | 亿元",
    "增长20%以上       | AT_LEAST      | 20      | %",
    "提升2个百分点     | EXACTLY       | 2       | 个百分点",
    "两个              | EXACTLY       | 2       | 个",
    "0.22万人          | EXACTLY       | 0.22    | 万人",
    "10余家            | MORE_THAN     | 10      | 家",
    "3000多家以上      | AT_LEAST      | 3000    | 家",
    "近十五个          | APPROXIMATELY | 15      | 个",
    "超過60家          | MORE_THAN     | 60      | 家",
    "提高到50%以上     | AT_LEAST      | 50      | %",
    "同比增长百分之五十 | EXACTLY      | 50      | %",
    "降至30微克/立方米以下 | AT_MOST   | 30      | 微克/立方米",
    "确保不低于95%     | AT_LEAST      | 95      | %",
    "不低於154萬畝     | AT_LEAST      | 154     | 萬畝",
    "控制在4.5％以內   | AT_MOST       | 4.5     | ％",
    "≥90%              | AT_LEAST      | 90      | %",
    "≤5个工作日        | AT_MOST       | 5       | 个工作日",
    "＞6%              | MORE_THAN     | 6       | %",
    "<0.5%             | LESS_THAN     | 0.5     | %",
    "1000人（次）以上  | AT_LEAST      | 1000    | 人（次）",
    "1.2萬人(次)       | EXACTLY       | 1.2     | 萬人(次)",
    "控制在千分之六以内 | AT_MOST      | 6       | ‰",
    "三成以上          | AT_LEAST      | 3       | 成",
    "提高两成          | EXACTLY       | 2       | 成",
    "三点五万亩        | EXACTLY       | 3.5     | 万亩",
    "3000人/年         | EXACTLY       | 3000    | 人/年",
    "不超过0.5吨标准煤/万元 | AT_MOST  | 0.5     | 吨标准煤/万元",
    "控制在15/10万以下 | AT_MOST       | 15      | /10万",
    "500筐以上         | AT_LEAST      | 500     | 筐",
    "不少于30垄        | AT_LEAST      | 30      | 垄",
  })
  void parse_singleBound_readsComparatorValueAndUnit(
      String text, Bound comparator, String value, String unit) {
    if (comparator == null) {
      assertThatThrownBy(() -> reader.parse(text)).isInstanceOf(QuantityParseException.class);
      return;
    }
    BoundPhrase phrase = reader.parse(text);

    assertThat(phrase.comparator()).isEqualTo(comparator);
    assertThat(phrase.value()).isEqualTo(Amount.parse(value));
    assertThat(phrase.upper()).isNull();
    assertThat(phrase.unit()).isEqualTo(unit == null ? null : Unit.of(unit));
    assertThat(phrase.text()).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} → {1}…{2} {3}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
    "15-30亩           | 15    | 30    | 亩",
    "8—10个            | 8     | 10    | 个",
    "力争培育8—10个    | 8     | 10    | 个",
    "4.5%-5%           | 4.5   | 5     | %",
    "1-3个百分点       | 1     | 3     | 个百分点",
    "1-2处             | 1     | 2     | 处",
    "3～5万亩          | 3     | 5     | 万亩",
    "3万-5万亩         | 3     | 5     | 万亩",
    "3至5家            | 3     | 5     | 家",
    "三到五个          | 3     | 5     | 个",
    "5000万元-1亿元    | 5000  | 10000 | 万元",
    "15——30亩          | 15    | 30    | 亩",
    "15－30亩          | 15    | 30    | 亩",
    "在15-30亩之间     | 15    | 30    | 亩",
    "10-20             | 10    | 20    | null",
    "1.5-2万平方米     | 1.5   | 2     | 万平方米",
    "3万-50000亩       | 30000 | 50000 | 亩",
    "3万-5亿元         | 0.0003 | 5    | 亿元",
    "5000万-1亿元      | 0.5   | 1     | 亿元",
    "2万-3万人次       | 2     | 3     | 万人次",
  })
  void parse_range_readsBothEndsInOneUnit(String text, String value, String upper, String unit) {
    BoundPhrase phrase = reader.parse(text);

    assertThat(phrase.comparator()).isEqualTo(Bound.RANGE);
    assertThat(phrase.value().isEquivalentTo(Amount.parse(value))).as("value %s", phrase.value()).isTrue();
    assertThat(phrase.upper().isEquivalentTo(Amount.parse(upper))).as("upper %s", phrase.upper()).isTrue();
    assertThat(phrase.unit()).isEqualTo(unit == null ? null : Unit.of(unit));
  }

  @ParameterizedTest(name = "{0}: {1} at {2}")
  @CsvSource(delimiter = '|', value = {
    "''               | Expected a figure                 | 0",
    "不低于           | Expected a figure                 | 3",
    "以上             | Expected a figure or a bound word | 0",
    "15-              | Expected a figure after the range | 3",
    "30-15亩          | below its lower end               | 3",
    "3万亩-5吨        | do not convert                    | 5",
    "4.5%-5个百分点   | do not convert                    | 6",
    "5家企业          | Unexpected \"企业\"               | 2",
    "10磅             | Unknown unit or word \"磅\"       | 2",
    "不少于30垄以北   | Unknown unit or word \"垄以北\" | 5",
  })
  void parse_malformed_throwsWithInputAndIndex(String text, String message, int index) {
    assertThatThrownBy(() -> reader.parse(text))
        .isInstanceOf(QuantityParseException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((QuantityParseException) e).errorIndex()).isEqualTo(index));
  }

  @Test
  void readAt_insideAText_readsTheLongestPhraseWithItsSpan() {
    String text = "力争全年新增规上企业突破10家以上，培育8—10个。";

    BoundPhrase first = reader.readAt(text, 10).orElseThrow();
    BoundPhrase second = reader.readAt(text, 20).orElseThrow();

    assertThat(first.text()).isEqualTo("突破10家以上");
    assertThat(first.comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(first.start()).isEqualTo(10);
    assertThat(first.end()).isEqualTo(17);
    assertThat(second.text()).isEqualTo("8—10个");
    assertThat(reader.readAt(text, 0)).isEmpty();
  }

  @Test
  void magnitudeWordWithoutADigit_isAFigure_openAnywhere_oneOfItsUnitAfterABoundWord() {
    BoundPhrase open = reader.parse("千余人次");
    BoundPhrase breakthrough = reader.parse("突破千亿元");
    BoundPhrase over = reader.parse("超亿元");

    assertThat(open.comparator()).isEqualTo(Bound.MORE_THAN);
    assertThat(open.quantity()).contains(io.github.policytasks.core.Quantity.of("1000", "人次"));
    assertThat(open.open()).isTrue();
    assertThat(breakthrough.comparator()).isEqualTo(Bound.MORE_THAN);
    assertThat(breakthrough.quantity()).contains(io.github.policytasks.core.Quantity.of("1", "千亿元"));
    assertThat(over.quantity()).contains(io.github.policytasks.core.Quantity.of("1", "亿元"));
    assertThat(reader.parse("百家以上").comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(reader.parse("百家以上").quantity()).contains(io.github.policytasks.core.Quantity.of("1", "百家"));
    assertThatThrownBy(() -> reader.parse("千亿元")).isInstanceOf(QuantityParseException.class);
  }

  @Test
  void readAt_oneCharacterUnknownUnit_isDecidedOnce_byTheBoundWordsAndTheClauseEnd() {
    BoundPhrase clauseGoesOn = reader.readAt("不少于30垄以北", 0).orElseThrow();
    BoundPhrase clauseEnds = reader.readAt("不少于30垄，新建2处", 0).orElseThrow();
    BoundPhrase listGoesOn = reader.readAt("不少于30垄、40畦", 0).orElseThrow();

    assertThat(clauseGoesOn.text()).isEqualTo("不少于30");
    assertThat(clauseGoesOn.unit()).isNull();
    assertThat(clauseGoesOn.comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(clauseEnds.text()).isEqualTo("不少于30垄");
    assertThat(clauseEnds.unit()).isEqualTo(Unit.of("垄"));
    assertThat(listGoesOn.unit()).isEqualTo(Unit.of("垄"));
  }

  @ParameterizedTest(name = "{0}: {1} {2}…{3}")
  @CsvSource(delimiter = '|', value = {
    "控制在-1%左右     | APPROXIMATELY | -1   | null",
    "增长-2%至2%       | RANGE         | -2   | 2",
    "-3%～-1%          | RANGE         | -3   | -1",
    "-2至2%            | RANGE         | -2   | 2",
    "－0.5个百分点     | EXACTLY       | -0.5 | null",
    "不低于−1.5%       | AT_LEAST      | -1.5 | null",
    "最多-0.1%         | AT_MOST       | -0.1 | null",
  })
  void parse_minusSignBeforeAPercentOrPoints_isTheFiguresSign(
      String text, Bound comparator, String value, String upper) {
    BoundPhrase phrase = reader.parse(text);

    assertThat(phrase.comparator()).isEqualTo(comparator);
    assertThat(phrase.value()).isEqualTo(Amount.parse(value));
    assertThat(phrase.upper()).isEqualTo(upper.equals("null") ? null : Amount.parse(upper));
  }

  @Test
  void parse_minusSignBeforeAnyOtherUnit_isRefusedAtTheSign() {
    assertThatThrownBy(() -> reader.parse("新增-3个"))
        .isInstanceOf(QuantityParseException.class)
        .hasMessageContaining("only before a percent")
        .satisfies(e -> assertThat(((QuantityParseException) e).errorIndex()).isEqualTo(2));
    assertThat(reader.parse("3个-5个").value()).isEqualTo(Amount.parse("3"));
  }

  @Test
  void readAt_separatorWithoutASecondFigure_isLeftUnread() {
    BoundPhrase phrase = reader.readAt("完成5家-企业", 0).orElseThrow();

    assertThat(phrase.comparator()).isEqualTo(Bound.EXACTLY);
    assertThat(phrase.end()).isEqualTo(4);
  }

  @Test
  void quantity_andUpperQuantity_combineValueWithUnit() {
    BoundPhrase phrase = reader.parse("15-30亩");

    assertThat(phrase.quantity()).contains(io.github.policytasks.core.Quantity.of("15", "亩"));
    assertThat(phrase.upperQuantity()).contains(io.github.policytasks.core.Quantity.of("30", "亩"));
    assertThat(phrase.open()).isFalse();
    assertThat(reader.parse("二百余万").quantity()).contains(io.github.policytasks.core.Quantity.of("200", "万"));
    assertThat(reader.parse("3万-5万").quantity()).isEmpty();
  }
}
