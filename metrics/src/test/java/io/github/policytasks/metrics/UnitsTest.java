package io.github.policytasks.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Unit;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnitsTest {

  @Test
  void everyConstant_isInTheStandardCatalogue() throws IllegalAccessException {
    int constants = 0;
    for (Field field : Units.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Unit.class) {
        Unit unit = (Unit) field.get(null);
        assertThat(UnitCatalogue.standard().find(unit)).as(field.getName()).isPresent();
        constants++;
      }
    }
    assertThat(constants).isGreaterThan(20);
  }

  @ParameterizedTest
  @EnumSource(Dimension.class)
  void canonical_isTheCatalogueCanonicalUnitOfTheDimension(Dimension dimension) {
    if (dimension == Dimension.COUNT) {
      assertThat(Units.canonical(dimension)).isEmpty();
      return;
    }
    UnitDefinition unit = UnitCatalogue.standard().require(Units.canonical(dimension).orElseThrow());
    assertThat(unit.isCanonical()).isTrue();
    assertThat(unit.dimension()).isEqualTo(dimension);
  }
}
