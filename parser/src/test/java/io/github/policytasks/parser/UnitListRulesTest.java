package io.github.policytasks.parser;

import static io.github.policytasks.parser.TaskUnitsAssertions.assertUnits;
import static io.github.policytasks.parser.TaskUnitsAssertions.task;

import io.github.policytasks.core.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The unit lists and keys of published plans that the guide's §2 and §6 rules reach, each on a
 * small document written for it: a provincial department's division keys (责任处室, 牵头处室,
 * 配合处室), a shared suffix in the middle of a list, groups of governments listed by level
 * (有关省、自治区人民政府), joining words in keyed lists, and the kind word after 等 that fields of
 * work share (商务、财政等部门).
 */
class UnitListRulesTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void parse_divisionKeys_readAsTheirUnitKeys() {
    Plan plan = PARSER.parse("一、消费\n"
        + "1. 开展促消费活动。（责任处室：市场运行处）\n"
        + "2. 完善商业网络。（牵头处室：流通业发展处；配合处室：市场体系建设处、财务处）\n"
        + "3. 发展外贸新业态。（责任处室:电子商务处、对外贸易处）\n"
        + "4. 加大招商力度。（牵头处室：外资处；责任处室：投资促进处）\n"
        + "5. 推进乡镇商贸。（牵头科室：市场科；配合科室：财务科）\n");
    assertUnits(task(plan, 1), List.of("市场运行处"), List.of());
    assertUnits(task(plan, 2), List.of("流通业发展处"), List.of("市场体系建设处", "财务处"));
    assertUnits(task(plan, 3), List.of("电子商务处", "对外贸易处"), List.of());
    assertUnits(task(plan, 4), List.of("外资处"), List.of("投资促进处"));
    assertUnits(task(plan, 5), List.of("市场科"), List.of("财务科"));
  }

  @Test
  void parse_sharedSuffixInTheMiddleOfAList_distributesOverTheShortNamesRightBeforeIt() {
    Plan plan = PARSER.parse("一、口岸\n"
        + "1. 改造查验设施。（牵头单位：海关总署；配合单位：财政部、黑龙江、吉林、辽宁省人民政府、国家移民局）\n"
        + "2. 扩大互市贸易。（商务部、黑河、绥芬河市人民政府、海关总署按职责分工负责）\n");
    assertUnits(task(plan, 1), List.of("海关总署"),
        List.of("财政部", "黑龙江省人民政府", "吉林省人民政府", "辽宁省人民政府", "国家移民局"));
    assertUnits(task(plan, 2), List.of("商务部"), List.of("黑河市人民政府", "绥芬河市人民政府", "海关总署"));
  }

  @Test
  void parse_groupOfGovernmentsListedByLevel_isOneUnitAsWritten() {
    Plan plan = PARSER.parse("一、口岸\n"
        + "1. 提高通关效率。（海关总署、国家移民局、有关省、自治区人民政府按职责分工负责）\n"
        + "2. 落实属地责任。（牵头单位：应急管理部；配合单位：各省、自治区、直辖市人民政府）\n"
        + "3. 完善边境管理。（公安部牵头，各有关省、自治区人民政府配合）\n");
    assertUnits(task(plan, 1), List.of("海关总署"), List.of("国家移民局", "有关省、自治区人民政府"));
    assertUnits(task(plan, 2), List.of("应急管理部"), List.of("各省、自治区、直辖市人民政府"));
    assertUnits(task(plan, 3), List.of("公安部"), List.of("各有关省、自治区人民政府"));
  }

  @Test
  void parse_groupOfGovernmentsAfter会同InAKeyedList_supports_butRelatedDepartmentsNameNoUnit() {
    Plan plan = PARSER.parse("一、口岸\n"
        + "1. 提高通关效率。（牵头单位：海关总署会同有关省、自治区人民政府）\n"
        + "2. 优化查验流程。（牵头单位：海关总署会同有关部门）\n");
    assertUnits(task(plan, 1), List.of("海关总署"), List.of("有关省、自治区人民政府"));
    assertUnits(task(plan, 2), List.of("海关总署"), List.of());
  }

  @Test
  void parse_relatedDepartmentsAfter会同InAVerbNote_nameNoUnit_asInAKeyedList() {
    Plan plan = PARSER.parse("一、口岸\n"
        + "1. 发展跨境电商。（省商务厅会同有关部门负责）\n"
        + "2. 优化查验流程。（海关总署会同相关单位负责）\n"
        + "3. 提高通关效率。（海关总署会同有关省、自治区人民政府负责）\n"
        + "4. 扩大进口。（省商务厅会同省财政厅负责）\n");
    assertUnits(task(plan, 1), List.of("省商务厅"), List.of());
    assertUnits(task(plan, 2), List.of("海关总署"), List.of());
    assertUnits(task(plan, 3), List.of("海关总署"), List.of("有关省、自治区人民政府"));
    assertUnits(task(plan, 4), List.of("省商务厅"), List.of("省财政厅"));
  }

  @Test
  void parse_joiningWordsInAKeyedList_splitItAsInAVerbNote() {
    Plan plan = PARSER.parse("一、物流\n"
        + "1. 开通班列线路。（牵头单位：交通运输部；配合单位：国家铁路局、中国国家铁路集团有限公司以及有关省级人民政府）\n"
        + "2. 新设合作区。（牵头单位：商务部；配合单位：国家发展改革委、自然资源部和各有关省级人民政府）\n"
        + "3. 发展产业。（牵头单位：工业和信息化部；配合单位：科技部）\n");
    assertUnits(task(plan, 1), List.of("交通运输部"),
        List.of("国家铁路局", "中国国家铁路集团有限公司", "有关省级人民政府"));
    assertUnits(task(plan, 2), List.of("商务部"), List.of("国家发展改革委", "自然资源部", "各有关省级人民政府"));
    assertUnits(task(plan, 3), List.of("工业和信息化部"), List.of("科技部"));
  }

  @Test
  void parse_fieldsBeforeEtcAndAKindOfDepartment_nameThatKindOfDepartmentForEachField() {
    Plan plan = PARSER.parse("序号 | 重点任务 | 工作目标 | 完成时限 | 责任部门 |\n"
        + "1 | 发布紧缺工种目录 | 每季度发布紧缺工种50个。 | 12月底前 | 人力资源社会保障、财政等部门 |\n"
        + "2 | 开展企业培训 | 培训职工20万人次。 | 12月底前 | 人力资源社会保障等部门 |\n"
        + "3 | 建设海外仓 | 新建海外仓10个。 | 12月底前 | 省商务厅等部门 |\n");
    assertUnits(task(plan, 1), List.of("人力资源社会保障部门", "财政部门"), List.of());
    assertUnits(task(plan, 2), List.of("人力资源社会保障部门"), List.of());
    assertUnits(task(plan, 3), List.of("省商务厅"), List.of());
  }
}
