package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Severity;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Task lists laid out as pipe tables (序号 | 主要工作任务 | 牵头单位 | 完成时限). */
class TaskTableTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void parse_pipeTable_readsEachRowAsATask() {
    String text = Documents.text("docs/pipe-table.txt");
    Plan plan = PARSER.parse(text);
    assertThat(plan.sections()).extracting(Section::title).containsExactly("项目建设", "民生保障");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2, 3);
    assertThat(plan.allTasks()).extracting(Task::label).containsExactly("1", "2", "3");
    Task first = plan.task("t1").orElseThrow();
    assertThat(first.text()).isEqualTo("推进重点项目建设。全年完成投资120亿元。");
    assertThat(first.title()).isEqualTo("推进重点项目建设");
    assertThat(first.leadUnits()).extracting(LeadUnit::name).containsExactly("县发改局");
    assertThat(first.supportingUnits()).extracting(LeadUnit::name).containsExactly("县财政局", "县自然资源局");
    assertThat(first.deadline()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(first.span().textOf(text)).startsWith("1 | 推进重点项目建设").endsWith("2023年12月底前");
    Task second = plan.task("t2").orElseThrow();
    assertThat(second.title()).isNull();
    assertThat(second.leadUnits()).extracting(LeadUnit::name).containsExactly("县经开区管委会");
    assertThat(second.supportingUnits()).isEmpty();
    assertThat(second.deadline()).isEqualTo(LocalDate.of(2023, 10, 31));
    Task third = plan.task("t3").orElseThrow();
    assertThat(third.text()).isEqualTo("新增城镇就业2000人。");
    assertThat(third.leadUnits()).extracting(LeadUnit::name).containsExactly("县人社局");
    assertThat(third.deadline()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(plan.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
  }

  @Test
  void parse_tableWithTitleColumnAndSectionRows_readsTitlesAndSections() {
    String text = "序号 | 重点工作 | 具体任务 | 责任单位 | 责任领导\n---|---|---|---|---\n"
        + "一、 | 创新驱动 | | |\n"
        + "1 | 搭建创新平台 | 新建省级平台5家 | 县科技局、县工信局 | 张三\n"
        + "2 | 培育创新主体 | 新增高新技术企业20家 | 县科技局 | 李四\n"
        + "二 | 开放合作 | | |\n"
        + "3 | 扩大外贸 | 进出口增长10% | 县商务局 |\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.sections()).extracting(Section::number).containsExactly(1, 2);
    assertThat(plan.sections()).extracting(Section::title).containsExactly("创新驱动", "开放合作");
    assertThat(plan.allTasks()).extracting(Task::title).containsExactly("搭建创新平台", "培育创新主体", "扩大外贸");
    assertThat(plan.allTasks()).extracting(Task::text)
        .containsExactly("新建省级平台5家", "新增高新技术企业20家", "进出口增长10%");
    Task first = plan.task("t1").orElseThrow();
    assertThat(first.leadUnits()).extracting(LeadUnit::name).containsExactly("县科技局");
    assertThat(first.supportingUnits()).extracting(LeadUnit::name).containsExactly("县工信局");
    assertThat(first.leaders()).containsExactly("张三");
  }

  @Test
  void parse_tableRowWithoutNumber_isStillATaskWithADiagnostic() {
    String text = "序号 | 主要工作任务 | 牵头单位\n---|---|---\n1 | 推进改革 | 县发改局\n | 优化服务 | 县政务服务中心\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).extracting(Task::text).containsExactly("推进改革", "优化服务");
    assertThat(plan.allTasks().get(1).number()).isZero();
    assertThat(plan.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.TABLE_ROW_UNNUMBERED));
  }

  @Test
  void parse_tableWithoutNumberColumn_readsRowsAsUnnumberedTasks() {
    String text = "| 重点任务 | 牵头单位（部门） | 完成时限 |\n|---|---|---|\n| 一、创新驱动 | | |\n"
        + "| 建设创新平台，新建省级平台5家 | 县科技局 | 2023年6月 |\n| 培育高新技术企业 | 县科技局、县财政局 | 年底前 |\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.sections()).extracting(Section::title).containsExactly("创新驱动");
    assertThat(plan.allTasks()).extracting(Task::text).containsExactly("建设创新平台，新建省级平台5家", "培育高新技术企业");
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(0, 0);
    assertThat(plan.allTasks()).extracting(Task::label).containsExactly(null, null);
    assertThat(plan.task("t2").orElseThrow().leadUnits()).extracting(LeadUnit::name).containsExactly("县科技局", "县财政局");
    assertThat(plan.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
  }

  @Test
  void parse_tabSeparatedTableFromAWebPage_readsRows() {
    String text = "附件1：某县2023年重点工作任务分解表\n序号\t主要工作任务\t牵头单位\t完成时限\n"
        + "1\t推进重点项目建设，完成投资120亿元\t县发改局\t2023年12月\n"
        + "2\t新增城镇就业2000人\t县人社局、县财政局\t6月底前\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.title()).isEqualTo("某县2023年重点工作任务分解表");
    assertThat(plan.year()).isEqualTo(2023);
    assertThat(plan.allTasks()).extracting(Task::text).containsExactly("推进重点项目建设，完成投资120亿元", "新增城镇就业2000人");
    assertThat(plan.allTasks()).extracting(Task::label).containsExactly("1", "2");
    Task second = plan.task("t2").orElseThrow();
    assertThat(second.leadUnits()).extracting(LeadUnit::name).containsExactly("县人社局", "县财政局");
    assertThat(second.deadline()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(plan.task("t1").orElseThrow().span().textOf(text)).isEqualTo("1\t推进重点项目建设，完成投资120亿元\t县发改局\t2023年12月");
  }

  @Test
  void parse_tableWithMainAndOtherResponsibleUnitColumns_readsLeadsSupportsAndLeaders() {
    String text = "序号 | 工作任务 | 牵头县领导 | 主要责任单位 | 其他责任单位\n---|---|---|---|---\n"
        + "1 | 新增市场主体2500户 | 刘洋 | 县市场监管局 | 县税务局、各乡镇人民政府\n";
    Task task = PARSER.parse(text).task("t1").orElseThrow();
    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("县市场监管局");
    assertThat(task.supportingUnits()).extracting(LeadUnit::name).containsExactly("县税务局", "各乡镇人民政府");
    assertThat(task.leaders()).containsExactly("刘洋");
  }

  @Test
  void parse_tableWithCooperatingColumnAndNoDeadline_readsEveryRow() {
    String text = "序号 | 工作任务 | 主要责任单位 | 协同配合单位\n---|---|---|---\n"
        + "1 | 新增城镇就业4000人 | 区人力资源社会保障局 | 区财政局\n"
        + "2 | 完成老旧小区改造20个 | 区住房城乡建设局 | 各街道办事处\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    Task second = plan.task("t2").orElseThrow();
    assertThat(second.leadUnits()).extracting(LeadUnit::name).containsExactly("区住房城乡建设局");
    assertThat(second.supportingUnits()).extracting(LeadUnit::name).containsExactly("各街道办事处");
  }

  @Test
  void parse_assessmentTableWithAssessingUnitColumn_readsItsUnitsAsLeads() {
    String text = "序号 | 考核项目 | 各项分值 | 负责考核单位\n---|---|---|---\n"
        + "1 | 强化宣传教育 | 4 | 县委宣传部、县教体局\n";
    Task task = PARSER.parse(text).task("t1").orElseThrow();
    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("县委宣传部", "县教体局");
    assertThat(task.supportingUnits()).isEmpty();
  }
}
