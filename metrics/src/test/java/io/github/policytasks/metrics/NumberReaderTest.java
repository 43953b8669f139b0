package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberReaderTest {
  private final NumberReader reader = NumberReader.standard();

  @ParameterizedTest(name = "{0} → {1}, ends at {2}")
  @CsvSource(delimiter = '|', value = {
    "0.22万人            | 0.22        | 4",
    "1,200家             | 1200        | 5",
    "12,345,678元        | 12345678    | 10",
    "3万4000吨           | 34000       | 6",
    "两个                | 2           | 1",
    "十五个              | 15          | 2",
    "三家                | 3           | 1",
    "一百二十万元        | 120         | 4",
    "一百二十万          | 1200000     | 5",
    "1.5万平方米         | 1.5         | 3",
    "１，２００家        | 1200        | 5",
    "1,200家             | 1200        | 5",
    "300，500个          | 300         | 3",
    "４．５％            | 4.5         | 3",
    "150亿元             | 150         | 3",
    "3亿5000万元         | 350000000   | 7",
    "一亿二千万元        | 120000000   | 5",
    "1,100万             | 11000000    | 6",
    "1,100万元           | 1100        | 5",
    "5千                 | 5000        | 2",
    "5千万元             | 5           | 1",
    "3千万吨             | 3000        | 2",
    "二十万              | 200000      | 3",
    "一千零五            | 1005        | 4",
    "一万零五百          | 10500       | 5",
    "一万五              | 15000       | 3",
    "两万五千            | 25000       | 4",
    "二百五              | 250         | 3",
    "三点五              | 3.5         | 3",
    "零点五              | 0.5         | 3",
    "贰拾                | 20          | 2",
    "兩萬                | 20000       | 2",
    "二〇二三年          | 2023        | 4",
    "10万千瓦            | 10          | 2",
    "3个百分点           | 3           | 1",
    "4.5%                | 4.5         | 3",
    "2023年              | 2023        | 4",
    "1,20家              | 1           | 1",
    "1234,567            | 1234        | 4",
    "3.个                | 3           | 1",
    "1000000000000000000000元 | 1000000000000000000000 | 22",
    "3万亿元             | 3           | 1",
    "3万亿               | 3000000000000 | 3",
    "5亿一季度           | 500000000   | 2",
    "3万40000            | 30000       | 2",
    "3万四千             | 30000       | 2",
    "1万5千              | 15000       | 4",
    "1亿2千万            | 120000000   | 5",
  })
  void readAt_start_readsTheFigureExactly(String text, String value, int end) {
    NumberReading reading = reader.readAt(text, 0).orElseThrow();

    assertThat(reading.value()).isEqualTo(Amount.parse(value));
    assertThat(reading.start()).isZero();
    assertThat(reading.end()).isEqualTo(end);
  }

  @ParameterizedTest(name = "{0} → {1}+, ends at {2}")
  @CsvSource(delimiter = '|', value = {
    "500多亿元   | 500      | 4",
    "十几万人    | 10       | 2",
    "二百余万    | 2000000  | 4",
    "二百余万人  | 200      | 3",
    "3000多家    | 3000     | 5",
    "10余家      | 10       | 3",
    "3万多人     | 30000    | 3",
    "二十几个    | 20       | 3",
  })
  void readAt_openMagnitude_isAFloor(String text, String value, int end) {
    NumberReading reading = reader.readAt(text, 0).orElseThrow();

    assertThat(reading.value()).isEqualTo(Amount.parse(value));
    assertThat(reading.end()).isEqualTo(end);
    assertThat(reading.isOpen()).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"万元", "百亩", "千亿级", "企业", "零排放", "亿", "''", "-5", "。"})
  void readAt_noFigure_isEmpty(String text) {
    assertThat(reader.readAt(text, 0)).isEmpty();
  }

  @Test
  void readAt_offset_readsInsideALongerText() {
    String text = "新增托位798个，培育8—10个";

    NumberReading reading = reader.readAt(text, 4).orElseThrow();

    assertThat(reading.value()).isEqualTo(Amount.of(798));
    assertThat(reading.start()).isEqualTo(4);
    assertThat(reading.end()).isEqualTo(7);
    assertThat(reader.readAt(text, 11).orElseThrow().end()).isEqualTo(12);
    assertThat(reader.readAt(text, 13).orElseThrow().value()).isEqualTo(Amount.of(10));
  }

  @Test
  void readAt_reportsMagnitudeAndScript() {
    NumberReading compound = reader.readAt("3万4000吨", 0).orElseThrow();
    NumberReading bare = reader.readAt("3万", 0).orElseThrow();
    NumberReading plain = reader.readAt("0.22万人", 0).orElseThrow();
    NumberReading chinese = reader.readAt("十五个", 0).orElseThrow();

    assertThat(compound.hasMagnitude()).isTrue();
    assertThat(compound.trailingMagnitudeExponent()).isZero();
    assertThat(bare.hasMagnitude()).isTrue();
    assertThat(bare.trailingMagnitudeExponent()).isEqualTo(4);
    assertThat(plain.hasMagnitude()).isFalse();
    assertThat(plain.isChinese()).isFalse();
    assertThat(plain.isOpen()).isFalse();
    assertThat(chinese.isChinese()).isTrue();
  }

  @Test
  void readAt_keepsTheWrittenScale() {
    assertThat(reader.readAt("1.50万元", 0).orElseThrow().value().toString()).isEqualTo("1.50");
    assertThat(reader.readAt("0.22万", 0).orElseThrow().value().toString()).isEqualTo("2200");
  }

  @Test
  void readAt_respectsTheEndBound() {
    assertThat(reader.readAt("12345", 0, 3).orElseThrow().value()).isEqualTo(Amount.of(123));
  }

  @Test
  void readAt_customCatalogue_leavesItsUnitsUnread() {
    NumberReader custom = NumberReader.of(
        UnitCatalogue.standard().toBuilder().addClassifier("畦").build());

    assertThat(custom.readAt("3万畦", 0).orElseThrow().end()).isEqualTo(1);
    assertThat(reader.readAt("3万畦", 0).orElseThrow().end()).isEqualTo(2);
  }
}
