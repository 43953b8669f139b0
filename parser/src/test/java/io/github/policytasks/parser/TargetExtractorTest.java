package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Target;
import io.github.policytasks.metrics.UnitCatalogue;
import io.github.policytasks.parser.TargetExtractor.TargetExtraction;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TargetExtractorTest {

  @Test
  void extract_sentence_givesTheTargetsAParseWould() {
    TargetExtraction found = TargetExtractor.standard().extract("粮食播种面积不低于154万亩，新增绿色工厂3家以上");
    assertThat(found.targets()).extracting(Target::id).containsExactly("t1.g1", "t1.g2");
    Target area = found.targets().get(0);
    assertThat(area.comparator()).isEqualTo(Bound.AT_LEAST);
    assertThat(area.text()).isEqualTo("不低于154万亩");
    assertThat(area.normalized()).isEqualTo(Quantity.of(Amount.parse("3080000000/3"), io.github.policytasks.core.Unit.of("平方米")));
    assertThat(found.diagnostics()).isEmpty();
  }

  @Test
  void extract_withOwnerAndYear_numbersGoalsAndDatesDeadlines() {
    TargetExtraction found = TargetExtractor.standard().extract("年底前新增绿色工厂3家以上", "s2", 2023);
    assertThat(found.targets()).singleElement().satisfies(t -> {
      assertThat(t.id()).isEqualTo("s2.g1");
      assertThat(t.isGoal()).isTrue();
      assertThat(t.deadline()).isEqualTo(LocalDate.of(2023, 12, 31));
    });
    assertThatThrownBy(() -> TargetExtractor.standard().extract("3家", "x1", 2023))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"x1\"");
  }

  @Test
  void extract_unknownUnit_isADiagnostic_notAnException() {
    TargetExtraction found = TargetExtractor.standard().extract("新建示范菜畦20畦以上");
    assertThat(found.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.TARGET_UNIT_UNKNOWN);
  }

  @Test
  void builder_units_extendsWhatTheParserNormalises() {
    String text = "示例县2023年重点工作任务\n一、工作任务\n1．建设示范菜园。新建示范菜畦20畦以上。（牵头单位：县发改局）\n";
    UnitCatalogue own = UnitCatalogue.standard().toBuilder().addClassifier("畦").build();
    Plan standard = PlanParser.create().parse(text);
    Plan extended = PlanParser.builder().units(own).build().parse(text);
    assertThat(standard.allTargets()).singleElement().satisfies(t -> assertThat(t.normalized()).isNull());
    assertThat(extended.allTargets()).singleElement().satisfies(t -> {
      assertThat(t.normalized()).isEqualTo(Quantity.of("20", "畦"));
      assertThat(t.dimension()).isEqualTo(Dimension.COUNT);
    });
    assertThat(TargetExtractor.of(own).extract("新建示范菜畦20畦以上").diagnostics()).isEmpty();
  }
}
