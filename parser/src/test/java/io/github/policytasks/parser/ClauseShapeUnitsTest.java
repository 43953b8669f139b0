package io.github.policytasks.parser;

import static io.github.policytasks.parser.SingleTaskPlans.assertUnits;
import static io.github.policytasks.parser.SingleTaskPlans.leads;
import static io.github.policytasks.parser.SingleTaskPlans.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import org.junit.jupiter.api.Test;

/**
 * Responsibility clauses read by their shape, not only by their words (annotation guide §2, §6
 * Notes): unit names with a short verb phrase the lists do not hold, a key noun ({@code 单位},
 * {@code 部门}) after a qualifier no list holds, a key noun in a bracket after each unit, a support
 * word between units. The first named unit leads unless a word marks a lead; a support-like word
 * ({@code note-role-leanings.txt}) marks support.
 */
class ClauseShapeUnitsTest {
  @Test
  void keyNounAfterAnUnlistedQualifier_isAKeyWithTheQualifiersLeaning() {
    assertUnits(only("1.举办群众文化活动30场。\n主办单位：市文化广电旅游局；承办单位：各区县文化馆；支持单位：市财政局"),
        leads("市文化广电旅游局"), "各区县文化馆", "市财政局");
    assertUnits(only("1.完成文物修缮项目6个。\n主责单位：市文物局　协责单位：市财政局、市自然资源和规划局"),
        leads("市文物局"), "市财政局", "市自然资源和规划局");
    assertUnits(only("1.建成物流园区2个。（主推单位：县商务局；辅助单位：县财政局、县交通运输局）"),
        leads("县商务局"), "县财政局", "县交通运输局");
  }

  @Test
  void keyNounAfterANeutralQualifier_answersForTheTask() {
    assertUnits(only("1.建成物流园区2个。（督办单位：县商务局、县财政局）"), leads("县商务局"), "县财政局");
  }

  @Test
  void bracketedKeyNounAfterEachUnit_givesThatUnitItsRole() {
    assertUnits(only("1.培育文旅消费新场景20个。\n市文化广电旅游局（牵头单位）、市商务局（配合单位）、市发展改革委（配合单位）"),
        leads("市文化广电旅游局"), "市商务局", "市发展改革委");
  }

  @Test
  void unlistedVerbsAfterEveryRun_firstNamedLeads() {
    assertUnits(only("1.开展综合应急演练50场。由区应急管理局统一组织，各街道办事处分头实施。"),
        leads("区应急管理局"), "各街道办事处");
    assertUnits(only("1.培训安全生产管理人员2000人次。区应急管理局、区人力资源社会保障局按职责分工各负其责。"),
        leads("区应急管理局"), "区人力资源社会保障局");
    assertUnits(only("1.建成物流园区2个。（县商务局主推，县财政局、县税务局跟进服务）"),
        leads("县商务局"), "县财政局", "县税务局");
    assertUnits(only("1.建成物流园区2个。\n县商务局挂帅，县财政局、县税务局跟进服务。"),
        leads("县商务局"), "县财政局", "县税务局");
  }

  @Test
  void unlistedVerbAfterAListedLead_supports() {
    assertUnits(only("1.完成教师培训3000人次。（县教育局牵头，县委编办、县财政局按照各自职责抓好落实）"),
        leads("县教育局"), "县委编办", "县财政局");
  }

  @Test
  void supportLeaningInAnUnlistedVerb_supports() {
    assertUnits(only("1.建成物流园区2个。（县商务局统一调度，县财政局全力支持）"), leads("县商务局"), "县财政局");
  }

  @Test
  void supportWordBetweenUnits_makesTheUnitAfterItLead() {
    assertUnits(only("1.招聘幼儿园教师120名。（县财政局、县人力资源社会保障局配合县教育局落实）"),
        leads("县教育局"), "县财政局", "县人力资源社会保障局");
  }

  @Test
  void yiBeforeAUnitAndWeiZhu_isNoPartOfItsName() {
    assertUnits(only("1.新建公办幼儿园3所。（以县教育局为主，县财政局、县自然资源局配合）"),
        leads("县教育局"), "县财政局", "县自然资源局");
  }

  @Test
  void oneUnlistedVerbWithNothingToTellARole_isNoNote() {
    assertThat(only("1.组织业务培训20期。各县支行高度重视。").leadUnits()).isEmpty();
    assertUnits(only("1.组织业务培训20期。（各县支行按职责分工抓紧推进）"), leads("各县支行"));
  }

  @Test
  void listedSubjectKey_winsOverTheKeyReadByItsNoun() {
    Plan plan = PlanParser.builder().strict(false).build().parse("2033年重点工作任务\n一、重点任务\n"
        + "1.新增养老床位200张。（牵头单位：区民政局）\n2.加装电梯50部。（落实主体：各街道办事处、区住房城乡建设局）\n");
    assertUnits(plan.allTasks().get(1), leads("各街道办事处"), "区住房城乡建设局");
  }
}
