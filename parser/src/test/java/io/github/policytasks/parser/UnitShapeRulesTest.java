package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Responsibility read from the shape of what names it rather than from one spelling (annotation
 * guide §2, §6 Notes): a key made of a role word and a unit noun ({@code 实施单位}, {@code 主办：}),
 * a key linked to its units by {@code 为} or {@code 是}, a bare list of units after a dash, units
 * that open a task before a colon, and a verb-form clause whose agent follows {@code 由} after a
 * subject ({@code 此项工作由县水利局负责}). Each rule came from a blind variant whose units it lost
 * ({@code genre/blind-scores.tsv}, unitsblind rows).
 */
class UnitShapeRulesTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void parse_keyOfARoleWordAndAUnitNoun_readsItsUnits() {
    Plan plan = PARSER.parse("某县2025年水利重点工作安排\n一、防洪减灾\n"
        + "1.实施中小河流治理项目3个。（实施单位：县水利局、沿河各乡镇人民政府）\n"
        + "2.除险加固小型水库8座。（承担单位：县水利局；配合单位：县财政局）\n"
        + "3.新建水土保持林1500亩。（实施部门：县林业局）\n");
    assertUnits(task(plan, 1), List.of("县水利局"), List.of("沿河各乡镇人民政府"));
    assertUnits(task(plan, 2), List.of("县水利局"), List.of("县财政局"));
    assertUnits(task(plan, 3), List.of("县林业局"), List.of());
  }

  @Test
  void parse_roleWordAloneBeforeAColon_isAKey() {
    Plan plan = PARSER.parse("2025年全市体育工作要点\n一、全民健身\n"
        + "1.举办全民健身运动会。\n主办：市体育局、市总工会　协办：各区人民政府\n"
        + "2.建成青少年体育训练基地3个。\n主办：市教育局　协助：市体育局\n");
    assertUnits(task(plan, 1), List.of("市体育局", "市总工会"), List.of("各区人民政府"));
    assertUnits(task(plan, 2), List.of("市教育局"), List.of("市体育局"));
  }

  @Test
  void parse_keyLinkedToItsUnitsBy为Or是_readsThemAsAfterAColon() {
    Plan plan = PARSER.parse("东湖区2024年优化营商环境攻坚行动方案\n一、提升政务服务效能\n"
        + "1.推行企业开办“一日办结”，全年新设经营主体8000户以上。牵头单位为区市场监管局，配合单位为区政务服务中心、区税务局。\n"
        + "2.建成知识产权服务工作站3个。牵头单位是区科技局，配合单位是区市场监管局。\n"
        + "3.压实工作责任。牵头单位是第一责任主体，要加强调度。（牵头单位：区发展改革局）\n");
    assertUnits(task(plan, 1), List.of("区市场监管局"), List.of("区政务服务中心", "区税务局"));
    assertUnits(task(plan, 2), List.of("区科技局"), List.of("区市场监管局"));
    assertUnits(task(plan, 3), List.of("区发展改革局"), List.of());
    assertThat(task(plan, 3).text()).contains("牵头单位是第一责任主体");
  }

  @Test
  void parse_bareUnitsAfterADash_areTheTasksNote() {
    Plan plan = PARSER.parse("江城市2025年城市更新重点任务\n"
        + "各项任务后所列单位中，排在第一位的为牵头单位，其余为配合单位。\n一、老旧小区改造\n"
        + "1.改造城镇老旧小区85个，惠及居民1.2万户。——市住房城乡建设局、市财政局、各区人民政府\n"
        + "2.建成口袋公园20个。——市园林绿化局\n"
        + "3.推进街巷整治，打造“一街一景”——精品街巷10条。\n");
    assertUnits(task(plan, 1), List.of("市住房城乡建设局"), List.of("市财政局", "各区人民政府"));
    assertUnits(task(plan, 2), List.of("市园林绿化局"), List.of());
    assertUnits(task(plan, 3), List.of(), List.of());
  }

  @Test
  void parse_unitsOpeningATaskBeforeAColon_areItsNoteNotItsTitle() {
    Plan plan = PARSER.parse("青山县2025年教育卫生重点工作要点\n一、教育事业\n"
        + "1.县教育体育局：新建公办幼儿园2所，新增学位360个。\n"
        + "2.县医疗保障局、县卫生健康局、县财政局：城乡居民医保参保率稳定在95%以上。\n"
        + "3.各乡镇（街道）：完成农村改厕1200户。\n"
        + "4.重点任务：推进县域医共体建设。（牵头单位：县卫生健康局）\n");
    assertUnits(task(plan, 1), List.of("县教育体育局"), List.of());
    assertThat(task(plan, 1).title()).isNull();
    assertUnits(task(plan, 2), List.of("县医疗保障局"), List.of("县卫生健康局", "县财政局"));
    assertUnits(task(plan, 3), List.of("各乡镇（街道）"), List.of());
    assertUnits(task(plan, 4), List.of("县卫生健康局"), List.of());
  }

  @Test
  void parse_agentAfter由FollowingAWordForTheTask_isTheUnit() {
    Plan plan = PARSER.parse("松溪县2025年乡村建设重点任务\n一、基础设施\n"
        + "1.实施农村饮水安全巩固提升工程，新建改造供水管网120公里。此项工作由县水利局负责。\n"
        + "2.完成农村危房改造200户。该项任务由县住房和城乡建设局牵头，各乡镇人民政府配合。\n"
        + "3.建设中国（松溪）自由贸易试验区服务中心。由县商务局负责。\n");
    assertUnits(task(plan, 1), List.of("县水利局"), List.of());
    assertUnits(task(plan, 2), List.of("县住房和城乡建设局"), List.of("各乡镇人民政府"));
    assertUnits(task(plan, 3), List.of("县商务局"), List.of());
  }

  @Test
  void parse_bareUnitsAfterADashInACopyWithoutLineBreaks_readAsWithThem() {
    String text = "江城市2025年城市更新重点任务\n一、老旧小区改造\n"
        + "1.改造城镇老旧小区85个。——市住房城乡建设局、市财政局、各区人民政府\n"
        + "2.同步加装电梯150部。——市住房城乡建设局、市市场监管局\n二、市政设施\n"
        + "3.新建改造城市燃气管网60公里。——市城市管理局、市应急管理局\n";
    Plan joined = PARSER.parse(text.replace("\n", ""));
    assertThat(joined.allTasks()).hasSize(3);
    assertUnits(task(joined, 1), List.of("市住房城乡建设局"), List.of("市财政局", "各区人民政府"));
    assertUnits(task(joined, 2), List.of("市住房城乡建设局"), List.of("市市场监管局"));
    assertUnits(task(joined, 3), List.of("市城市管理局"), List.of("市应急管理局"));
  }

  @Test
  void parse_keysPartedFromTheirUnitsByABlank_partALineOfKeysAsColonsWould() {
    Plan plan = PARSER.parse("平原县2025年农业农村重点工作任务\n一、粮食安全\n"
        + "1.新建高标准农田3.5万亩。牵头部门　县农业农村局配合部门　县财政局、县水利局完成时限　2025年10月底\n"
        + "2.粮食播种面积稳定在60万亩以上。\n牵头部门　县农业农村局\n配合部门　各乡镇人民政府\n");
    assertUnits(task(plan, 1), List.of("县农业农村局"), List.of("县财政局", "县水利局"));
    assertThat(task(plan, 1).deadline()).hasToString("2025-10-31");
    assertUnits(task(plan, 2), List.of("县农业农村局"), List.of("各乡镇人民政府"));
  }

  @Test
  void parse_unitsBeforeAKeyLinkedBy为_takeTheKeysRole() {
    Plan plan = PARSER.parse("安平县2025年营商环境提升重点任务\n一、政务服务\n"
        + "1.推行集成服务，新增高频事项20项。县行政审批局为牵头单位，县政务服务中心、县大数据中心为配合单位。\n"
        + "2.新增贷款10亿元以上。县金融服务中心为牵头单位。\n");
    assertUnits(task(plan, 1), List.of("县行政审批局"), List.of("县政务服务中心", "县大数据中心"));
    assertUnits(task(plan, 2), List.of("县金融服务中心"), List.of());
  }

  @Test
  void parse_bracketedUnitsOpeningATask_areItsNoteNotItsTitle() {
    Plan plan = PARSER.parse("2025年全市交通运输重点工作\n一、基础设施\n"
        + "1.【市交通运输局、市财政局】新改建农村公路200公里。\n"
        + "2.【推进重点项目】开工项目30个。（牵头单位：市发展改革委）\n");
    assertUnits(task(plan, 1), List.of("市交通运输局"), List.of("市财政局"));
    assertThat(task(plan, 1).title()).isNull();
    assertUnits(task(plan, 2), List.of("市发展改革委"), List.of());
    assertThat(task(plan, 2).title()).isEqualTo("推进重点项目");
  }

  @Test
  void parse_labelBeforeAVerbFormNote_isNoPartOfTheFirstUnit() {
    Plan plan = PARSER.parse("永和县2025年农村公路建设工作要点\n一、路网建设\n"
        + "1.新改建农村公路60公里。\n责任分工：县交通运输局牵头，县财政局、县自然资源局配合。\n"
        + "2.新增养护人员50名。\n责任分工：县交通运输局、县人力资源和社会保障局负责。\n");
    assertUnits(task(plan, 1), List.of("县交通运输局"), List.of("县财政局", "县自然资源局"));
    assertUnits(task(plan, 2), List.of("县交通运输局"), List.of("县人力资源和社会保障局"));
  }

  @Test
  void parse_composedKeyOfAResponsibleRoleOnItsOwnLine_isReadAtTheLinesStart() {
    Plan plan = PARSER.parse("某县2025年水利重点工作安排\n一、防洪减灾\n"
        + "1.实施中小河流治理项目3个，落实管护责任。\n实施单位：县水利局、沿河各乡镇人民政府\n"
        + "2.除险加固小型水库8座。\n落实单位：县水利局\n配合单位：县财政局\n");
    assertUnits(task(plan, 1), List.of("县水利局"), List.of("沿河各乡镇人民政府"));
    assertUnits(task(plan, 2), List.of("县水利局"), List.of("县财政局"));
  }

  @Test
  void parse_keyedNoteAfterADash_readsEveryKey() {
    Plan plan = PARSER.parse("河西区2025年民生实事项目\n一、教育卫生\n"
        + "1.新建公办幼儿园2所。——牵头单位：区教育局；配合单位：区财政局\n"
        + "2.建成社区卫生服务站5个。——牵头单位：区卫生健康局；配合单位：各街道办事处\n");
    assertUnits(task(plan, 1), List.of("区教育局"), List.of("区财政局"));
    assertUnits(task(plan, 2), List.of("区卫生健康局"), List.of("各街道办事处"));
  }

  @Test
  void parse_shortKeys主责And协同_leadAndSupport() {
    Plan plan = PARSER.parse("云江市2024年生态环境保护重点任务\n一、大气污染防治\n"
        + "1.完成重点行业企业超低排放改造15家。（主责：市生态环境局；协同：市工业和信息化局、市发展改革委）\n");
    assertUnits(task(plan, 1), List.of("市生态环境局"), List.of("市工业和信息化局", "市发展改革委"));
  }

  @Test
  void parse_unitsBeforeAColonWithNoTextAfter_areTheTasksTextNotANote() {
    Plan plan = PARSER.parse("某县2025年重点工作\n一、教育\n1.县教育体育局：\n2.新建公办幼儿园2所。（牵头单位：县教育体育局）\n");
    assertThat(task(plan, 1).text()).isEqualTo("县教育体育局：");
    assertUnits(task(plan, 2), List.of("县教育体育局"), List.of());
  }

  @Test
  void parse_unitsBeforeAColonFollowedOnlyByAKeyedNote_readBothNotesAndSayTheTaskHasNoText() {
    Plan plan = PARSER.parse("某县2025年重点工作\n一、教育\n1.县教育体育局：（配合单位：县财政局）\n2.新建公办幼儿园2所。\n");
    assertUnits(task(plan, 1), List.of("县教育体育局"), List.of("县财政局"));
    assertThat(plan.diagnostics()).anySatisfy(d -> assertThat(d.message()).isEqualTo("task 1. has no text"));
  }

  @Test
  void parse_verbClauseAfter由OpeningATask_isItsNoteNotItsText() {
    Plan plan = PARSER.parse("某县2025年城乡建设重点任务\n一、交通设施\n"
        + "1.由县交通运输局牵头，县财政局配合，新建农村公路50公里。\n"
        + "2.由县教育体育局负责，新建乡镇幼儿园3所。\n"
        + "3.由政府主导，社会参与，建成养老服务中心2个。\n");
    assertUnits(task(plan, 1), List.of("县交通运输局"), List.of("县财政局"));
    assertThat(task(plan, 1).text()).isEqualTo("新建农村公路50公里。");
    assertUnits(task(plan, 2), List.of("县教育体育局"), List.of());
    assertThat(task(plan, 3).text()).startsWith("由政府主导，社会参与，");
    assertUnits(task(plan, 3), List.of(), List.of());
  }

  @Test
  void parse_unitsBeforeAColonFollowedOnlyByAStop_leaveTheTaskWithoutTextAndDoNotThrow() {
    Plan plan = PARSER.parse("某县2025年重点工作\n一、教育\n1.县教育体育局：。\n2.新建公办幼儿园2所。\n");
    assertUnits(task(plan, 1), List.of("县教育体育局"), List.of());
    assertThat(task(plan, 2).text()).isEqualTo("新建公办幼儿园2所。");
  }
}
