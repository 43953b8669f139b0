package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A portal header laid out as a list, each key on a line of its own and its value on the line
 * after it (issue 10, published pages: the gkmlpt-style pages of county and city portals), and the
 * page's breadcrumb and {@code 全文} marker above the document: header and furniture, never the
 * plan's title.
 */
class PortalHeaderListLayoutTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String PLAN = "某县2024年重点工作任务分解方案\n一、发展产业\n"
      + "1.建设产业园。新建标准化厂房5万平方米。（牵头单位：县发改局）\n";

  @Test
  void parse_bulletedKeysWithTheirValuesIndentedOnTheNextLine_readsTheHeader_andKeepsTheTitle() {
    String text = "首页 > 政务公开 > 政府文件\n  • 索引号:\n\n    6107280000/2024-001005\n  • 主题分类:\n\n"
        + "  • 发文机构:\n\n    县政府办公室\n  • 发文字号:\n\n    某政办发〔2024〕7号\n  • 发文日期:\n\n"
        + "    2024年04月06日 16:40\n  • 发布日期:\n\n    2024年04月07日 09:34\n  • 内容概述:\n\n" + PLAN;
    Plan plan = PARSER.parse(text);
    assertThat(plan.title()).isEqualTo("某县2024年重点工作任务分解方案");
    assertThat(plan.year()).isEqualTo(2024);
    assertThat(plan.metadata().indexNumber()).isEqualTo("6107280000/2024-001005");
    assertThat(plan.metadata().topic()).isNull();
    assertThat(plan.metadata().issuer()).isEqualTo("县政府办公室");
    assertThat(plan.metadata().documentNumber()).isEqualTo("某政办发〔2024〕7号");
    assertThat(plan.metadata().writtenDate()).isEqualTo(LocalDate.of(2024, 4, 6));
    assertThat(plan.metadata().publishedDate()).isEqualTo(LocalDate.of(2024, 4, 7));
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1);
  }

  @Test
  void parse_keysWithoutColonsAfterBullets_takeTheNextBulletAsTheirValue() {
    String text = "• 发文字号\n  • 索引号\n  • rzsrsj-00000-2025-00003\n  • 发布日期\n  • 2025-12-04\n"
        + "  • 主题分类\n  • 稳岗就业\n  • 体裁分类\n  • 服务对象\n\n" + PLAN;
    Plan plan = PARSER.parse(text);
    assertThat(plan.title()).isEqualTo("某县2024年重点工作任务分解方案");
    assertThat(plan.metadata().documentNumber()).isNull();
    assertThat(plan.metadata().indexNumber()).isEqualTo("rzsrsj-00000-2025-00003");
    assertThat(plan.metadata().publishedDate()).isEqualTo(LocalDate.of(2025, 12, 4));
    assertThat(plan.metadata().topic()).isEqualTo("稳岗就业");
  }

  @Test
  void parse_keysAtTheValuesIndent_takeShortValues_butNeverTheTitleAfterAnEmptyKey() {
    String text = "索引号:\n6107280000/2024-001005\n发文字号:\n某政办发〔2024〕7号\n内容概述:\n" + PLAN;
    Plan plan = PARSER.parse(text);
    assertThat(plan.metadata().indexNumber()).isEqualTo("6107280000/2024-001005");
    assertThat(plan.metadata().documentNumber()).isEqualTo("某政办发〔2024〕7号");
    assertThat(plan.title()).isEqualTo("某县2024年重点工作任务分解方案");
  }

  @Test
  void parse_pageMarkerFullTextAboveThePreamble_isFurniture_notTheTitle() {
    String text = "全文\n为推动产业发展，制定本方案。\n一、发展产业\n"
        + "1.建设产业园。新建标准化厂房5万平方米。（牵头单位：县发改局）\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.title()).isNull();
    assertThat(plan.allTasks()).hasSize(1);
  }

  @Test
  void parse_pipeRowsWithKeysInSquareBrackets_readTheHeader() {
    String text = "[ 索引号 ] | 115001130093083510/2024-00007 | [ 发文字号 ] | 某镇府发〔2024〕2号 |\n"
        + "[ 主题分类 ] | 综合政务 | [ 体裁分类 ] | 公文 |\n[ 发布机构 ] | 某区某镇 | [ 有效性 ] | |\n"
        + "[ 成文日期 ] | 2024-02-22 | [ 发布日期 ] | 2024-02-23 |\n" + PLAN;
    Plan plan = PARSER.parse(text);
    assertThat(plan.title()).isEqualTo("某县2024年重点工作任务分解方案");
    assertThat(plan.metadata().indexNumber()).isEqualTo("115001130093083510/2024-00007");
    assertThat(plan.metadata().documentNumber()).isEqualTo("某镇府发〔2024〕2号");
    assertThat(plan.metadata().validity()).isNull();
    assertThat(plan.metadata().writtenDate()).isEqualTo(LocalDate.of(2024, 2, 22));
    assertThat(plan.metadata().publishedDate()).isEqualTo(LocalDate.of(2024, 2, 23));
  }
}
