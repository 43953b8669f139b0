package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.OrganizationKind;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.UnitLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit names: kept as written, canonical names from the alias table, level and kind from the name. */
class UnitNamesTest {
  private static final UnitFactory UNITS = new UnitFactory(UnitAliases.defaults());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "县发改局|县发展和改革局|COUNTY|GOVERNMENT_DEPARTMENT",
      "市发改委|市发展和改革委员会|CITY|GOVERNMENT_DEPARTMENT",
      "济宁市发改委|济宁市发展和改革委员会|CITY|GOVERNMENT_DEPARTMENT",
      "县住建局|县住房和城乡建设局|COUNTY|GOVERNMENT_DEPARTMENT",
      "县住房和城乡建设局|-|COUNTY|GOVERNMENT_DEPARTMENT",
      "县市场监管局|县市场监督管理局|COUNTY|GOVERNMENT_DEPARTMENT",
      "区卫健委|区卫生健康委员会|DISTRICT|GOVERNMENT_DEPARTMENT",
      "省人社厅|-|PROVINCE|GOVERNMENT_DEPARTMENT",
      "县委组织部|-|COUNTY|PARTY_ORGAN",
      "嘉祥县委宣传部|-|COUNTY|PARTY_ORGAN",
      "县纪委监委|-|COUNTY|PARTY_ORGAN",
      "县大数据中心|-|COUNTY|SERVICE_CENTRE",
      "县城建集团|-|COUNTY|STATE_ENTERPRISE",
      "中国人民银行嘉祥县支行|-|COUNTY|BANK_BRANCH",
      "市生态环境局嘉祥县分局|-|COUNTY|GOVERNMENT_DEPARTMENT",
      "县经开区|-|COUNTY|DEVELOPMENT_ZONE",
      "嘉祥经济开发区管委会|-|-|DEVELOPMENT_ZONE",
      "嘉祥街道办事处|-|TOWNSHIP|SUB_DISTRICT",
      "各镇街|-|TOWNSHIP|SUB_DISTRICT",
      "各乡镇人民政府|-|TOWNSHIP|SUB_DISTRICT",
      "纸坊镇|-|TOWNSHIP|SUB_DISTRICT",
      "县人民政府|-|COUNTY|GOVERNMENT",
      "县人民医院|-|COUNTY|-",
      "縣發改局|縣发展和改革局|COUNTY|GOVERNMENT_DEPARTMENT",
      "区自然资源分局等|-|DISTRICT|GOVERNMENT_DEPARTMENT",
      "县财政局等有关部门|-|COUNTY|GOVERNMENT_DEPARTMENT",
      "市商务局等有关单位|-|CITY|GOVERNMENT_DEPARTMENT",
      "县大数据中心等部门和单位|-|COUNTY|SERVICE_CENTRE"
  })
  void unit_name_keepsWrittenFormAndClassifies(String name, String canonical, UnitLevel level, OrganizationKind kind) {
    LeadUnit unit = UNITS.unit(name);
    assertThat(unit.name()).isEqualTo(name);
    assertThat(unit.canonicalName()).isEqualTo(canonical);
    assertThat(unit.level()).isEqualTo(level);
    assertThat(unit.kind()).isEqualTo(kind);
  }

  @Test
  void parse_customAlias_givesCanonicalNameAndTasksLedByFindsBoth() {
    PlanParser parser = PlanParser.builder().unitAlias("大数据中心", "大数据发展服务中心").build();
    Plan plan = parser.parse("一、数字\n1. 建设平台。(牵头单位:县大数据中心、县发改局)");
    LeadUnit unit = plan.allTasks().get(0).leadUnits().get(0);
    assertThat(unit.name()).isEqualTo("县大数据中心");
    assertThat(unit.canonicalName()).isEqualTo("县大数据发展服务中心");
    assertThat(plan.tasksLedBy("县大数据发展服务中心")).hasSize(1);
    assertThat(plan.tasksLedBy("县发展和改革局")).hasSize(1);
    assertThat(plan.tasksLedBy("县发改局")).hasSize(1);
  }
}
