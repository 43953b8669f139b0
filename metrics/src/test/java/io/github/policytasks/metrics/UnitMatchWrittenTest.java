package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A unit match keeps the unit exactly as the text writes it, whether the text spells it as the
 * catalogue does (the match then shares the catalogue's unit) or in another width or script.
 */
class UnitMatchWrittenTest {
  private final UnitCatalogue catalogue = UnitCatalogue.standard();

  @Test
  void matchAt_everySymbolAndAlias_isWrittenAsInTheText() {
    List<String> spellings = new ArrayList<>();
    for (UnitDefinition unit : catalogue.units()) {
      spellings.add(unit.symbol().symbol());
      spellings.addAll(unit.aliases());
    }
    assertThat(spellings).hasSizeGreaterThan(50);
    for (String spelling : spellings) {
      String text = "新增12" + spelling + "以上";
      UnitMatch match = catalogue.matchAt(text, 4).orElseThrow();
      assertThat(match.written().symbol())
          .as(spelling)
          .isEqualTo(text.substring(4, match.end()));
    }
  }

  @Test
  void matchAt_otherWidthOrScript_isWrittenAsInTheText() {
    assertThat(catalogue.matchAt("50％", 2).orElseThrow().written().symbol()).isEqualTo("％");
    assertThat(catalogue.matchAt("50%", 2).orElseThrow().written().symbol()).isEqualTo("%");
    assertThat(catalogue.matchAt("3萬畝", 1).orElseThrow().written().symbol()).isEqualTo("萬畝");
    assertThat(catalogue.matchAt("3万亩", 1).orElseThrow().written().symbol()).isEqualTo("万亩");
  }
}
