package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a scanner walks a text with the low-level API: a figure, then the longest unit after it. */
class ScannerUsageTest {

  private static List<String> figures(String text) {
    NumberReader numbers = NumberReader.standard();
    UnitCatalogue units = UnitCatalogue.standard();
    Normalizer normalizer = Normalizer.standard();
    List<String> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      Optional<NumberReading> number = numbers.readAt(text, i);
      if (number.isEmpty()) {
        i++;
        continue;
      }
      NumberReading n = number.get();
      int unitLength = units.unitLengthAt(text, n.end());
      if (unitLength == 0) {
        i = n.end();
        continue;
      }
      String unit = text.substring(n.end(), n.end() + unitLength);
      Quantity written = Quantity.of(n.value(), Unit.of(unit));
      found.add(written + "=" + normalizer.normalize(written) + (n.isOpen() ? "+" : ""));
      i = n.end() + unitLength;
    }
    return found;
  }

  @Test
  void scan_sentenceOfThePlanGenre_findsEveryFigureWithItsNormalizedValue() {
    String text = "全年新增规上工业企业80家以上，粮食播种面积稳定在154万亩以上，"
        + "争取专项债券资金一百二十万元，引进高层次人才0.22万人，旅游人次突破350万人次，"
        + "新建5G基站300个，进出口总额达到500多亿元，签约率提升1-3个百分点。";

    assertThat(figures(text)).containsExactly(
        "80家=80家",
        "154万亩=3080000000/3平方米",
        "120万元=1200000元",
        "0.22万人=2200人",
        "350万人次=3500000人次",
        "300个=300个",
        "500亿元=50000000000元+",
        "3个百分点=3百分点");
  }
}
