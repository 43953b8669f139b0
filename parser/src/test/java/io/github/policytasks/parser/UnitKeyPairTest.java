package io.github.policytasks.parser;

import static io.github.policytasks.parser.SingleTaskPlans.assertUnits;
import static io.github.policytasks.parser.SingleTaskPlans.leads;
import static io.github.policytasks.parser.SingleTaskPlans.only;

import io.github.policytasks.core.Plan;
import org.junit.jupiter.api.Test;

/**
 * A pair of unit keys whose qualifiers no key list holds ({@code 归口部门：}/{@code 联动部门：},
 * {@code 统筹单位：}/{@code 推进单位：}), own-line or in-line after ideographic spaces (annotation
 * guide §2, §6 Notes): each key is read by its noun with its qualifier's leaning; where neither
 * qualifier leans, the first key of the pair leads and the second supports.
 */
class UnitKeyPairTest {
  @Test
  void ownLinePairWithLeaningQualifiers_readsEachByItsLeaning() {
    assertUnits(only("1.建成医共体2个。\n　　主管部门：县医疗保障局\n　　协管部门：县卫生健康局、县财政局"),
        leads("县医疗保障局"), "县卫生健康局", "县财政局");
    assertUnits(only("1.招聘医务人员120名。\n　　领办单位：县卫生健康局\n　　参办单位：县委编办"),
        leads("县卫生健康局"), "县委编办");
    assertUnits(only("1.接种率保持在95%以上。\n　　第一责任单位：县疾控中心\n　　第二责任单位：县卫生健康局、各乡镇人民政府"),
        leads("县疾控中心"), "县卫生健康局", "各乡镇人民政府");
  }

  @Test
  void inLinePairAfterIdeographicSpaces_readsEachByItsLeaning() {
    assertUnits(only("1.出口额增长20%以上。　　抓总单位：西陵海关　　配套单位：省商务厅、省交通运输厅"),
        leads("西陵海关"), "省商务厅", "省交通运输厅");
    assertUnits(only("1.参展企业超过3000家。　　组织单位：省贸促会　　支撑单位：各设区市人民政府"),
        leads("省贸促会"), "各设区市人民政府");
  }

  @Test
  void tableHeaderOfACoHandlingQualifier_isTheSupportingColumn() {
    Plan plan = PlanParser.builder().strict(false).build().parse("某省交通运输厅2024年重点工作任务分解表\n"
        + "序号 | 工作任务 | 量化指标 | 主办处室 | 会办处室 | 时间安排\n"
        + "1 | 加快高速公路建设 | 新开工高速公路项目5个 | 综合规划处 | 建设管理处、财务审计处 | 2024年12月底\n");
    assertUnits(plan.allTasks().get(0), leads("综合规划处"), "建设管理处", "财务审计处");
  }

  @Test
  void firstListedRuleNamingAnyLeadKey_makesTheFirstResponsibleUnitLeadBesideLeadKeys() {
    Plan plan = PlanParser.builder().strict(false).build().parse("某省2024年外贸工作任务清单\n"
        + "各项任务所列责任单位中，排在首位的为主责单位，其余为协同单位。\n"
        + "1.稳定货物贸易规模。进出口总额达到1.2万亿元。　　统筹单位：省商务厅　　推进单位：西陵海关\n"
        + "2.扩大利用外资规模。新设外商投资企业800家左右。　　责任单位：省商务厅、省发展改革委、省市场监管局\n");
    assertUnits(plan.allTasks().get(0), leads("省商务厅"), "西陵海关");
    assertUnits(plan.allTasks().get(1), leads("省商务厅"), "省发展改革委", "省市场监管局");
  }
}
