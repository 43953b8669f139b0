package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A programme's own-line fields in an annual training plan (annotation guide §6, Lost line breaks):
 * a field label of the lexicon's {@code field-labels.txt} with its colon ({@code 培训对象:}) run onto
 * a programme's heading or onto a field's value, and a note key ({@code 主办处室:}) run onto a field's
 * value, start a line of their own, though no sentence end stands before them; a label inside a
 * sentence goes on.
 */
class FieldLabelRunOnRulesTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String PLAN = "2024年度全省财政系统干部教育培训计划\n一、培训项目\n（一）预算管理业务培训班\n"
      + "培训对象：市县财政部门预算科（股）负责同志\n培训规模：2期，每期120人\n培训时间：4月、9月，每期4天\n"
      + "主办处室：预算处\n承办单位：河南省财政干部培训中心\n（二）政府采购监管培训班\n培训对象：市县财政部门政府采购监管人员\n"
      + "培训规模：1期，200人左右\n培训时间：6月，3天\n主办处室：政府采购监督管理处\n";

  /**
   * A heading run into its first field, a field run into the division key, and the whole plan on
   * one line read as the original: the same tasks, units and targets, and the same titles.
   */
  @Test
  void fieldLabelRunOntoAHeadingOrAValue_startsALine() {
    Plan intact = PARSER.parse(PLAN);
    List<String> outline = MetamorphicTest.outline(intact);
    assertThat(outline).hasSize(2);
    assertThat(outline.get(0)).startsWith("1 预算管理业务培训班 ").contains("预算处", "河南省财政干部培训中心");
    assertThat(CursorLines.titles(intact)).containsExactly("预算管理业务培训班", "政府采购监管培训班");
    for (String copy : List.of(PLAN.replace("班\n培训对象", "班培训对象"), PLAN.replace("4天\n主办", "4天主办"),
        PLAN.replace("3天\n主办", "3天主办"), PLAN.replace("\n", ""))) {
      Plan plan = PARSER.parse(copy);
      assertThat(MetamorphicTest.outline(plan)).as(copy).isEqualTo(outline);
      assertThat(CursorLines.titles(plan)).as(copy).containsExactly("预算管理业务培训班", "政府采购监管培训班");
      ConservationProperties.assertConserved(copy, plan);
    }
  }

  /**
   * The lines a cursor cuts: a label run onto a heading or a value starts one; a label after a
   * heading's clause punctuation, or after a sentence end in a field's value, is inside a sentence.
   */
  @Test
  void fieldLabelInsideASentence_goesOn() {
    assertThat(CursorLines.of("（一）预算管理业务培训班培训对象：市县干部\n培训规模：2期"))
        .containsExactly("（一）预算管理业务培训班", "培训对象：市县干部", "培训规模：2期");
    assertThat(CursorLines.of("（一）预算管理业务培训班培训对象：市县干部培训规模：2期"))
        .containsExactly("（一）预算管理业务培训班", "培训对象：市县干部", "培训规模：2期");
    // a heading naming a label as its topic, no field after it: one line
    assertThat(CursorLines.of("（二）创新培训方式：推行线上线下相结合。"))
        .containsExactly("（二）创新培训方式：推行线上线下相结合。");
    assertThat(CursorLines.of("（四）丰富培训内容：围绕预算绩效开设专题课程\n（五）加强经费保障。"))
        .containsExactly("（四）丰富培训内容：围绕预算绩效开设专题课程", "（五）加强经费保障。");
    assertThat(CursorLines.of("（一）明确培训对象：市县干部"))
        .containsExactly("（一）明确培训对象：市县干部");
    assertThat(CursorLines.of("培训时间：4月、9月，每期4天主办处室：预算处"))
        .containsExactly("培训时间：4月、9月，每期4天", "主办处室：预算处");
    assertThat(CursorLines.of("（一）严格培训管理，明确培训对象：市县干部"))
        .containsExactly("（一）严格培训管理，明确培训对象：市县干部");
    assertThat(CursorLines.of("培训时间：全年。各处室要明确培训对象：市县干部"))
        .containsExactly("培训时间：全年。各处室要明确培训对象：市县干部");
    assertThat(CursorLines.of("各地要明确培训对象：市县干部"))
        .containsExactly("各地要明确培训对象：市县干部");
  }
}
