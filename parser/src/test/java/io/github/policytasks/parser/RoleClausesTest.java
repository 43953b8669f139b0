package io.github.policytasks.parser;

import static io.github.policytasks.parser.SingleTaskPlans.assertUnits;
import static io.github.policytasks.parser.SingleTaskPlans.leads;
import static io.github.policytasks.parser.SingleTaskPlans.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * The general reader of responsibility clauses ({@link RoleClauses}, annotation guide §2, §6
 * Notes): a run of unit names and a role phrase of {@code note-role-words.txt}, in any order,
 * whatever the spelling of the clause around them.
 */
class RoleClausesTest {
  @Test
  void leadMarkAfterAUnit_leadsWhereverItStands() {
    assertUnits(only("1.改造老旧小区12个。（县住房城乡建设局、县财政局（牵头）、县发展改革局）"),
        leads("县财政局"), "县住房城乡建设局", "县发展改革局");
    assertUnits(only("1.新建桥梁8座。（县交通运输局（牵头）、县财政局，县自然资源局）"),
        leads("县交通运输局"), "县财政局", "县自然资源局");
  }

  @Test
  void roleWordsAfterUnits_giveThemTheirRole() {
    assertUnits(only("1.建成口袋公园6处。（县城市管理局负总责，县自然资源局、县住房城乡建设局按职责分工负责）"),
        leads("县城市管理局"), "县自然资源局", "县住房城乡建设局");
    assertUnits(only("1.新建充电桩300个。（县发展改革局主责，县供电公司协助）"), leads("县发展改革局"), "县供电公司");
    assertUnits(only("1.建设健身中心3个。（区文化旅游体育局主办、区教育局协办）"), leads("区文化旅游体育局"), "区教育局");
  }

  @Test
  void ownLineSentences_nameUnitsByRolesInAnyOrder() {
    assertUnits(only("1.覆盖率达到92%以上。\n此项工作由各区县人民政府负责落实，市教育局予以配合。"),
        leads("各区县人民政府"), "市教育局");
    assertUnits(only("1.培训教师2000人次。\n市教育局为责任主体，市人力资源社会保障局、市财政局配合。"),
        leads("市教育局"), "市人力资源社会保障局", "市财政局");
    assertUnits(only("1.完成户厕改造3000户。\n县乡村振兴局抓总，各乡镇人民政府具体实施。"),
        leads("县乡村振兴局"), "各乡镇人民政府");
  }

  @Test
  void keysWithParenthesisedOrSubjectNouns_areKeys() {
    assertUnits(only("1.新增养老床位200张。（牵头部门（单位）：区民政局；协同部门（单位）：区财政局、区卫生健康局）"),
        leads("区民政局"), "区财政局", "区卫生健康局");
    assertUnits(only("1.加装电梯50部。（落实主体：各街道办事处、区住房城乡建设局）"),
        leads("各街道办事处"), "区住房城乡建设局");
    assertUnits(only("1.新建老年食堂10个。（主体责任单位：各街道办事处；协作单位：区民政局）"),
        leads("各街道办事处"), "区民政局");
  }

  @Test
  void unitsJoinedByAndOrSpaces_areSeveralUnits() {
    assertUnits(only("1.清理中介服务事项20项。（市司法局和市政务服务管理局牵头）"), leads("市司法局", "市政务服务管理局"));
    assertUnits(only("1.新增改革行业10个。（市市场监管局、市政务服务管理局分别牵头，市司法局配合）"),
        leads("市市场监管局", "市政务服务管理局"), "市司法局");
    assertUnits(only("1.网上可办率达到98%以上。（市政务服务管理局 市大数据中心 各县区人民政府）"),
        leads("市政务服务管理局"), "市大数据中心", "各县区人民政府");
  }

  @Test
  void oneNameJoinedByAnd_staysOneUnit() {
    assertUnits(only("1.组织促消费活动100场。（市场运行和消费促进处牵头，市商务局配合）"),
        leads("市场运行和消费促进处"), "市商务局");
  }

  @Test
  void agentWordsBeforeUnits_areNoPartOfTheirNames() {
    assertUnits(only("1.新引进外资项目120个。（由外国投资管理处负责，各市商务局参与）"),
        leads("外国投资管理处"), "各市商务局");
  }

  @Test
  void leadersKey_namesPersonsNotUnits() {
    Task task = only("1.整治隐患100处。\n责任领导：副市长王明；责任单位：市教育局（牵头）、市应急管理局。");
    assertUnits(task, leads("市教育局"), "市应急管理局");
    assertThat(task.leaders()).containsExactly("副市长王明");
  }

  @Test
  void unitNamedInTheTaskText_isNotItsLead() {
    assertUnits(only("1.配合市交通运输局完成国道改线征地工作。（县自然资源局（牵头），县交通运输局、沿线各乡镇人民政府）"),
        leads("县自然资源局"), "县交通运输局", "沿线各乡镇人民政府");
  }

  @Test
  void bracketedKeysWithoutColons_nameWhatFollowsThem() {
    assertUnits(only("1.排查隐患1500处。【牵头单位】县应急管理局【配合单位】县交通运输局【完成时限】2033年12月底"),
        leads("县应急管理局"), "县交通运输局");
  }

  @Test
  void ruleInABracketAfterTheLastUnit_keepsThatUnit() {
    assertUnits(only("1.新增学位8000个。\n责任单位：市教育局、市自然资源和规划局、各区县人民政府（列第一位者为牵头单位）。"),
        leads("市教育局"), "市自然资源和规划局", "各区县人民政府");
  }

  @Test
  void textHoldingAKey_isNoBareUnits() {
    String f = "县财政局、县教育局牵头单位";
    NoteReader reader = new NoteReader(f, 2033);
    assertThat(reader.readsAsBareUnits(0, f.length())).isFalse();
    assertThat(reader.readsAsBareUnits(0, "县财政局、县教育局".length())).isTrue();
  }

  @Test
  void unlistedVerbAfterUnits_beforeListedRoles_answersForTheTask() {
    assertUnits(only("1.完成超低排放改造3家。（市生态环境局统筹，市工业和信息化局、市发展改革委具体负责）"),
        leads("市生态环境局"), "市工业和信息化局", "市发展改革委");
    assertUnits(only("1.淘汰柴油货车600辆。（市公安局交警支队领衔，市交通运输局协同）"),
        leads("市公安局交警支队"), "市交通运输局");
  }

  @Test
  void unlistedWordsBetweenUnitsAndRole_areNoPartOfTheName() {
    assertUnits(only("1.新建污水管网50公里。（市住房城乡建设局、市水务局联合牵头，各区人民政府负责落实）"),
        leads("市住房城乡建设局", "市水务局"), "各区人民政府");
    assertUnits(only("1.新建客运站点40个。\n县交通运输局是第一责任单位，县公安局交警大队协助。"),
        leads("县交通运输局"), "县公安局交警大队");
  }

  @Test
  void unlistedWordsAfterARole_belongToTheRolePhrase() {
    assertUnits(only("1.引进人才200名。\n县人力资源社会保障局牵头组织实施，县委编办配合做好编制保障。"),
        leads("县人力资源社会保障局"), "县委编办");
  }

  @Test
  void leadNamedAgainAfterTheList_leads() {
    assertUnits(only("1.建成供水工程8处。（责任单位：区水利局、区卫生健康局（区水利局牵头））"),
        leads("区水利局"), "区卫生健康局");
  }

  @Test
  void unitsAfterAGroupOfWorkNames_stayOneName() {
    assertUnits(only("1.开展运行监测。\n牵头单位:区发改局\n责任单位:临江经济开发区,全区经济运行各专班"),
        leads("区发改局"), "临江经济开发区", "全区经济运行各专班");
  }

  @Test
  void agentClauseWithAnUnlistedWordBeforeItsRole_leads() {
    assertUnits(only("1.新增乡村旅游重点村5个。\n由各乡镇人民政府组织实施，县文化和旅游局加强指导。"),
        leads("各乡镇人民政府"), "县文化和旅游局");
  }

  @Test
  void ownLineClausesPartedBySemicolons_keepTheirLeads() {
    assertUnits(only("1.举办节庆活动10场以上。\n县委宣传部、县文化和旅游局牵头负责；县融媒体中心参与。"),
        leads("县委宣传部", "县文化和旅游局"), "县融媒体中心");
  }

  @Test
  void ownLineUnitsColonRole_isANote() {
    assertUnits(only("1.新建泵站3座。\n县水务局：牵头；县财政局：配合"), leads("县水务局"), "县财政局");
  }

  @Test
  void closingAgentClauseWithoutBrackets_namesUnitsAndDistributesASharedSuffix() {
    assertUnits(only("1.新建桥梁5座，确保按期完工。由市交通局、市财政局,各县(市)、区人民政府负责落实。"),
        leads("市交通局"), "市财政局", "各县(市)人民政府", "区人民政府");
    assertUnits(only("1.新建桥梁5座。（由市交通局负责，各县、区教育局配合）"), leads("市交通局"), "各县教育局", "区教育局");
  }

  @Test
  void fillerAfterTheLastRoleWord_isNoPartOfThePhrase() {
    assertUnits(only("1.完善工作体系(县发展和改革局牵头组织)。(牵头单位:县科技局)"), leads("县科技局"));
  }
}
