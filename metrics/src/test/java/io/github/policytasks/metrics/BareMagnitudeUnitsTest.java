package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Unit;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A magnitude written without classifier (annotation guide §6: 新增就业3万以上) as a unit of the catalogue. */
class BareMagnitudeUnitsTest {
  private final UnitCatalogue catalogue = UnitCatalogue.standard();

  @Test
  void find_magnitudeAlone_isACountOfTheBareClassifier() {
    UnitDefinition wan = catalogue.find("万").orElseThrow();
    UnitDefinition yi = catalogue.find("億").orElseThrow();

    assertThat(wan.dimension()).isEqualTo(Dimension.COUNT);
    assertThat(wan.factor()).isEqualTo(Amount.parse("10000"));
    assertThat(wan.canonical()).isEqualTo(Unit.of("无量词"));
    assertThat(yi.factor()).isEqualTo(Amount.parse("100000000"));
    assertThat(Normalizer.standard().normalize(Quantity.of("3", "万")))
        .isEqualTo(Quantity.of("30000", "无量词"));
  }

  @Test
  void scan_magnitudeAlone_isNeverMatchedInText() {
    assertThat(catalogue.matchAt("万以上", 0)).isEmpty();
    assertThat(catalogue.unitLengthAt("万4000", 0)).isZero();
    assertThat(NumberReader.standard().readAt("3万4000人", 0).orElseThrow().value())
        .isEqualTo(Amount.parse("34000"));
    assertThat(catalogue.units()).extracting(u -> u.symbol().symbol()).doesNotContain("万", "无量词");
  }

  @Test
  void bareCount_neverMixesWithAClassifier() {
    assertThat(Normalizer.standard().isCompatible(Unit.of("万"), Unit.of("万人"))).isFalse();
  }

  @Test
  void table_withoutBareLine_hasNoBareMagnitudes() {
    UnitCatalogue own = UnitCatalogue.builder().addMagnitude("万", Amount.parse("10000"))
        .addClassifier("家").build();
    UnitCatalogue withBare = UnitCatalogue.builder()
        .load(new StringReader("@magnitude 万 10000\n家 COUNT 1 家\n@bare 散数\n"), "test").build();

    assertThat(own.find("万")).isEmpty();
    assertThat(withBare.bareMagnitude("万").orElseThrow().canonical()).isEqualTo(Unit.of("散数"));
    assertThat(withBare.toBuilder().build().find("万")).isPresent();
  }
}
