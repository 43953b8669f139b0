package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityReaderTest {
  private final QuantityReader reader = QuantityReader.standard();

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', value = {
    "0.22万人          | 0.22      | 万人",
    "1,200家           | 1200      | 家",
    "3万4000吨         | 34000     | 吨",
    "两个              | 2         | 个",
    "十五个            | 15        | 个",
    "一百二十万元      | 120       | 万元",
    "1.5万平方米       | 1.5       | 万平方米",
    "１，２００家      | 1200      | 家",
    "４．５％          | 4.5       | ％",
    "150亿元           | 150       | 亿元",
    "3个百分点         | 3         | 个百分点",
    "280兆瓦           | 280       | 兆瓦",
    "3.46萬畝          | 3.46      | 萬畝",
    "1.87万头          | 1.87      | 万头",
    "10 万千瓦时       | 10        | 万千瓦时",
    "  500吨标准煤     | 500       | 吨标准煤",
    "百分之五十        | 50        | %",
    "百分之4.5         | 4.5       | %",
    "千分之六          | 6         | ‰",
    "3亿5000万元       | 350000000 | 元",
    "4.3个             | 4.3       | 个",
    "35微克/立方米     | 35        | 微克/立方米",
    "15个工作日        | 15        | 个工作日",
    "１５０億元        | 150       | 億元",
    "兩個              | 2         | 個",
    "十五個百分點      | 15        | 個百分點",
    "3万               | 3         | 万",
    "5億               | 5         | 億",
    "二百余万          | 200       | 万",
  })
  void parse_writtenQuantity_keepsValueAndUnitAsWritten(String text, String amount, String unit) {
    Quantity quantity = reader.parse(text);

    assertThat(quantity).isEqualTo(Quantity.of(Amount.parse(amount), Unit.of(unit)));
  }

  @ParameterizedTest(name = "{0}: {1} at {2}")
  @CsvSource(delimiter = '|', value = {
    "''          | Expected a figure                 | 0",
    "万元        | Expected a figure                 | 0",
    "3磅         | Unknown unit \"磅\"               | 1",
    "120         | Expected a unit                   | 3",
    "5家企业     | Unexpected \"企业\"               | 2",
    "'  abc'     | Expected a figure                 | 2",
  })
  void parse_unreadable_throwsWithInputAndIndex(String text, String message, int index) {
    assertThatThrownBy(() -> reader.parse(text))
        .isInstanceOf(QuantityParseException.class)
        .hasMessageContaining(message)
        .hasMessageContaining("index " + index)
        .satisfies(e -> {
          QuantityParseException p = (QuantityParseException) e;
          assertThat(p.errorIndex()).isEqualTo(index);
          assertThat(p.input()).isEqualTo(text);
        });
  }

  @Test
  void parseException_quotesLongInputCutTo64Chars() {
    String text = "5" + "企".repeat(100);

    assertThatThrownBy(() -> reader.parse(text))
        .hasMessageContaining("企".repeat(63) + "…\"")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readAt_insideAText_givesSpanAndUnitMatch() {
    String text = "签约项目20个、10亿元以上项目2个";

    QuantityReading first = reader.readAt(text, 4).orElseThrow();
    QuantityReading second = reader.readAt(text, 8).orElseThrow();

    assertThat(first.quantity()).contains(Quantity.of("20", "个"));
    assertThat(first.start()).isEqualTo(4);
    assertThat(first.end()).isEqualTo(7);
    assertThat(second.quantity()).contains(Quantity.of("10", "亿元"));
    assertThat(second.unit().orElseThrow().definition().symbol()).isEqualTo(Unit.of("亿元"));
    assertThat(reader.readAt(text, 0)).isEmpty();
  }

  @Test
  void readAt_bareFigure_hasNoUnit() {
    QuantityReading reading = reader.readAt("二百余万群众", 0).orElseThrow();

    assertThat(reading.amount()).isEqualTo(Amount.of(2000000));
    assertThat(reading.unit()).isEmpty();
    assertThat(reading.quantity()).isEmpty();
    assertThat(reading.isOpen()).isTrue();
    assertThat(reading.end()).isEqualTo(4);
  }

  @Test
  void of_customCatalogue_readsItsUnits() {
    QuantityReader custom = QuantityReader.of(
        UnitCatalogue.standard().toBuilder().addClassifier("畦").build());

    assertThat(custom.parse("3万畦")).isEqualTo(Quantity.of("3", "万畦"));
    assertThatThrownBy(() -> reader.parse("3万畦")).isInstanceOf(QuantityParseException.class);
  }
}
