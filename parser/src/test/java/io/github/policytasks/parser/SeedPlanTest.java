package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.OrganizationKind;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Severity;
import io.github.policytasks.core.Task;
import io.github.policytasks.core.UnitLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The seed plan: the one real document of the genre we have, read through the public API. */
class SeedPlanTest {
  private static final String TEXT = Documents.seed();
  private static final Plan PLAN = PlanParser.create().parse(TEXT);

  @Test
  void parse_seed_readsTenSectionsAndSeventySixTasks() {
    assertThat(PLAN.sections()).hasSize(10);
    assertThat(PLAN.sections()).extracting(Section::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(PLAN.allTasks()).hasSize(76);
    assertThat(PLAN.allTasks()).extracting(Task::number)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 76).boxed().toList());
    assertThat(PLAN.allTasks()).extracting(Task::id).startsWith("t1", "t2").endsWith("t76");
    assertThat(PLAN.sections()).extracting(s -> s.tasks().size())
        .containsExactly(5, 8, 5, 11, 9, 7, 8, 10, 10, 3);
  }

  @Test
  void parse_seed_readsSectionTitles() {
    assertThat(PLAN.sections().get(0).title()).isEqualTo("聚力创新驱动战略,建设高水平创新城市");
    assertThat(PLAN.sections().get(9).title()).isEqualTo("聚力统筹发展安全,切实守牢一排底线");
    assertThat(PLAN.sections().get(0).id()).isEqualTo("s1");
    assertThat(PLAN.sections().get(0).span().textOf(TEXT)).isEqualTo("一、聚力创新驱动战略,建设高水平创新城市");
  }

  @Test
  void parse_seed_everyTaskHasATitleAndALeadUnit() {
    assertThat(PLAN.allTasks()).allSatisfy(task -> {
      assertThat(task.title()).isNotBlank();
      assertThat(task.leadUnits()).isNotEmpty();
      assertThat(task.supportingUnits()).isEmpty();
      assertThat(task.span().textOf(TEXT)).startsWith(task.label()).endsWith(")");
      assertThat(task.span().textOf(TEXT)).endsWith(task.text());
    });
  }

  static Stream<Arguments> sampledTasks() {
    return Stream.of(
        Arguments.of(1, "搭建创新平台", List.of("县科技局", "县工业和信息化局", "县发展和改革局")),
        Arguments.of(6, "做强先进制造业集群", List.of("县工业和信息化局", "县发展和改革局", "县投资促进发展中心",
            "县科技局", "县商务局", "县市场监督管理局", "县经开区")),
        Arguments.of(11, "支持园区做大做强", List.of("县经开区")),
        Arguments.of(12, "精准管控“两高”行业", List.of("县发展和改革局", "县工业和信息化局", "市生态环境局嘉祥县分局")),
        Arguments.of(16, "完善要素保障机制", List.of("县自然资源和规划局", "县金融工作服务中心", "县财政局",
            "县发展和改革局", "中国人民银行嘉祥县支行")),
        Arguments.of(29, "加快现代水网建设", List.of("县水务局")),
        Arguments.of(33, "推进大运河、黄河国家文化公园(济宁段)建设", List.of("县委宣传部", "县文化和旅游局",
            "县发展和改革局", "县文物旅游服务中心")),
        Arguments.of(35, "实施“山东手造·济宁好礼·嘉品佳作”推进工程", List.of("县委宣传部", "县文化和旅游局")),
        Arguments.of(45, "实施新型智慧城市提升行动", List.of("县大数据中心", "县行政审批服务局", "县教育和体育局",
            "县卫生健康局", "县民政局", "县综合行政执法局", "嘉祥街道办事处")),
        Arguments.of(64, "促进居民就业和增收", List.of("县人力资源社会保障局", "县发展和改革局")),
        Arguments.of(67, "提升卫生健康服务水平", List.of("县卫生健康局", "县城建集团")),
        Arguments.of(76, "着力稳金融防风险", List.of("县金融工作服务中心", "县财政局")));
  }

  @ParameterizedTest
  @MethodSource("sampledTasks")
  void parse_seed_readsTaskTitleAndLeadUnits(int number, String title, List<String> leads) {
    Task task = PLAN.task("t" + number).orElseThrow();
    assertThat(task.number()).isEqualTo(number);
    assertThat(task.title()).isEqualTo(title);
    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactlyElementsOf(leads);
  }

  @Test
  void parse_seed_taskSpanCoversLabelTextAndNoteButNotTrailingPunctuation() {
    Task task = PLAN.task("t29").orElseThrow();
    assertThat(task.label()).isEqualTo("29.");
    assertThat(task.span().textOf(TEXT)).startsWith("29. 加快现代水网建设。").endsWith("(牵头单位:县水务局)");
    assertThat(task.text()).startsWith("加快现代水网建设。").endsWith("(牵头单位:县水务局)");
    Task eleven = PLAN.task("t11").orElseThrow();
    assertThat(eleven.label()).isEqualTo("11.");
    assertThat(eleven.text()).startsWith("支持园区做大做强。");
  }

  @Test
  void parse_seed_classifiesUnits() {
    Task task = PLAN.task("t16").orElseThrow();
    LeadUnit bank = task.leadUnits().get(4);
    assertThat(bank.kind()).isEqualTo(OrganizationKind.BANK_BRANCH);
    assertThat(bank.level()).isEqualTo(UnitLevel.COUNTY);
    LeadUnit party = PLAN.task("t4").orElseThrow().leadUnits().get(0);
    assertThat(party.name()).isEqualTo("县委组织部");
    assertThat(party.kind()).isEqualTo(OrganizationKind.PARTY_ORGAN);
    LeadUnit branch = PLAN.task("t12").orElseThrow().leadUnits().get(2);
    assertThat(branch.level()).isEqualTo(UnitLevel.COUNTY);
    assertThat(branch.kind()).isEqualTo(OrganizationKind.GOVERNMENT_DEPARTMENT);
    assertThat(PLAN.task("t67").orElseThrow().leadUnits().get(1).kind())
        .isEqualTo(OrganizationKind.STATE_ENTERPRISE);
    assertThat(PLAN.task("t6").orElseThrow().leadUnits().get(6).kind())
        .isEqualTo(OrganizationKind.DEVELOPMENT_ZONE);
    assertThat(PLAN.task("t45").orElseThrow().leadUnits().get(6).kind())
        .isEqualTo(OrganizationKind.SUB_DISTRICT);
    assertThat(PLAN.task("t8").orElseThrow().leadUnits().get(2).kind())
        .isEqualTo(OrganizationKind.SERVICE_CENTRE);
  }

  @Test
  void parse_seed_readsMetadataOnceWithAbsentValuesAsNull() {
    assertThat(PLAN.metadata().documentNumber()).isEqualTo("嘉政办字〔2023〕22号");
    assertThat(PLAN.metadata().issuer()).isEqualTo("嘉祥县人民政府办公室");
    assertThat(PLAN.metadata().writtenDate()).isEqualTo(LocalDate.of(2023, 8, 8));
    assertThat(PLAN.metadata().publishedDate()).isEqualTo(LocalDate.of(2023, 8, 8));
    assertThat(PLAN.metadata().indexNumber()).isNull();
    assertThat(PLAN.metadata().topic()).isNull();
    assertThat(PLAN.metadata().unifiedNumber()).isNull();
    assertThat(PLAN.metadata().title()).startsWith("嘉祥县人民政府办公室关于印发《").endsWith("》的通知");
  }

  @Test
  void parse_seed_readsNotice() {
    assertThat(PLAN.notice()).isNotNull();
    assertThat(PLAN.notice().addressees()).isEqualTo("各镇(街道)人民政府(办事处),嘉祥经济开发区管委会,县政府各部门、单位");
    assertThat(PLAN.notice().body()).startsWith("《嘉祥县深化新旧动能转换").endsWith("请认真组织实施。");
    assertThat(PLAN.notice().issuer()).isEqualTo("嘉祥县人民政府办公室");
    assertThat(PLAN.notice().date()).isEqualTo(LocalDate.of(2023, 8, 8));
    assertThat(PLAN.notice().publicationNote()).isEqualTo("此件公开发布");
  }

  @Test
  void parse_seed_readsTitleYearAndReferences() {
    assertThat(PLAN.title()).isEqualTo("嘉祥县深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务");
    assertThat(PLAN.year()).isEqualTo(2023);
    assertThat(PLAN.references()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(PLAN.references().get(0).title()).isEqualTo("山东省建设绿色低碳高质量发展先行区三年行动计划(2023-2025年)");
    assertThat(PLAN.references().get(0).documentNumber()).isEqualTo("鲁政办字〔2023〕5号");
    assertThat(PLAN.references().get(1).documentNumber()).isEqualTo("济政办字〔2023〕22号");
    assertThat(PLAN.references().get(0).span().textOf(TEXT))
        .isEqualTo("《山东省建设绿色低碳高质量发展先行区三年行动计划(2023-2025年)》(鲁政办字〔2023〕5号)");
  }

  @Test
  void parse_seed_readsDeadlinesFromYearWords() {
    assertThat(PLAN.task("t9").orElseThrow().deadline()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(PLAN.task("t20").orElseThrow().deadline()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(PLAN.task("t1").orElseThrow().deadline()).isNull();
  }

  @Test
  void parse_seed_reportsNoWarnings() {
    assertThat(PLAN.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
  }

  @Test
  void parse_seedInStrictMode_succeeds() {
    Plan strict = PlanParser.builder().strict(true).build().parse(TEXT);
    assertThat(strict.allTasks()).hasSize(76);
  }
}
