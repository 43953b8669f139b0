package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Task;
import io.github.policytasks.metrics.lexicon.ColumnField;
import io.github.policytasks.metrics.lexicon.TableHeaders;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A task table whose line breaks and cell separators a web copy lost (annotation guide §6, Lost
 * line breaks; Tables): its header's column words separated by blanks, run into the first row,
 * each row opening with the next number. The rows are tasks, their cells found from the row's end.
 */
class FlatTableTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String ANNEX = "附件：重点任务分工及进度安排表"
      + "　　序号　　重点任务　　责任部门　　时间进度"
      + "1建设省技术交易网络平台省科技厅会同有关部门2024年6月底前建成"
      + "2培养技术转移人才1000名省科技厅、省教育厅、省人力资源社会保障厅等持续推进"
      + "3制定技术转移服务标准，探索可复制、可推广的模式省科技厅、省市场监管局2024年12月底前出台"
      + "4依托中科院科研院所体系实施科技服务网络计划省科学院持续推进"
      + "5培育技术经理人队伍省市场监管局2025年6月底前完成";

  @Test
  void flattenedAnnexTable_rowsAreTasksOfASectionTitledByTheAnnex() {
    String text = "某省促进科技成果转化行动方案\n一、重点任务\n"
        + "1.建设技术交易平台。打造线上线下结合的技术交易网络平台。\n"
        + "2.培养技术转移人才。培养专业化技术转移人才1000名。\n"
        + "二、组织实施\n（一）加强组织领导。各有关部门要加强统筹。　　" + ANNEX + "\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.sections()).extracting(Section::title)
        .containsExactly("重点任务", "组织实施", "重点任务分工及进度安排表");
    Section annex = plan.sections().get(2);
    assertThat(annex.tasks()).extracting(Task::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(annex.tasks()).extracting(Task::label).containsExactly("1", "2", "3", "4", "5");
    Task first = annex.tasks().get(0);
    assertThat(first.span().textOf(text)).startsWith("1建设省技术交易网络平台").endsWith("2024年6月底前建成");
    assertThat(first.leadUnits()).extracting(LeadUnit::name).containsExactly("省科技厅");
    assertThat(first.deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
    Task second = annex.tasks().get(1);
    assertThat(second.leadUnits()).extracting(LeadUnit::name)
        .containsExactly("省科技厅", "省教育厅", "省人力资源社会保障厅");
    assertThat(second.deadline()).isNull();
    assertThat(second.targets()).hasSize(1);
    Task third = annex.tasks().get(2);
    assertThat(third.leadUnits()).extracting(LeadUnit::name).containsExactly("省科技厅", "省市场监管局");
    assertThat(third.deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(annex.tasks().get(3).leadUnits()).extracting(LeadUnit::name).containsExactly("省科学院");
    assertThat(annex.tasks().get(4).leadUnits()).extracting(LeadUnit::name).containsExactly("省市场监管局");
    assertThat(annex.tasks().get(4).deadline()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(plan.allTasks()).hasSize(8);
  }

  @Test
  void everyNumberColumnWordOfTheLexicon_opensAFlattenedHeader_andNoOtherColumnWordDoes() {
    // the folded text: blanks are spaces
    for (ColumnField field : ColumnField.values()) {
      for (String word : TableHeaders.headers(field)) {
        String header = "  " + word + "  重点任务  责任部门  时间进度1建设平台省科技厅2024年6月底前";
        int end = FlatTable.headerEnd(header, 0, header.length());
        if (field == ColumnField.NUMBER) {
          assertThat(end).as(word).isEqualTo(header.indexOf('1'));
        } else {
          assertThat(end).as(word).isEqualTo(-1);
        }
      }
    }
  }

  @Test
  void flattenedTable_numberInARowsTextThatIsAFigure_doesNotStartARow() {
    String text = "某县工作方案\n序号 工作任务 牵头单位 完成时限"
        + "1新建2个社区食堂县民政局2024年底前2改造3座公厕县城管局2024年6月底前\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    assertThat(plan.allTasks().get(0).leadUnits()).extracting(LeadUnit::name).containsExactly("县民政局");
    assertThat(plan.allTasks().get(1).leadUnits()).extracting(LeadUnit::name).containsExactly("县城管局");
  }
}
