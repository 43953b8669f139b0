package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * Sections (and subsections) that name the leader in charge of their tasks ({@code
 * 一、朱伟县长牵头重点工作}, {@code （一）由县委常委、常务副县长刘建华牵头}; annotation guide §2 leaders,
 * §6): each task under such a heading has that leader, unless its own note names leaders; a
 * heading naming an office without a name, or a unit, names no leader.
 */
class HeadingLeadersTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String PLAN = "某县2024年重点工作责任分解\n"
      + "一、陈立平县长牵头重点工作\n"
      + "1.一般公共预算收入增长6%以上。\n责任单位：县财政局\n"
      + "2.新签约项目30个。（责任领导：王强；牵头单位：县商务局）\n"
      + "二、县政府分管领导牵头重点工作\n"
      + "（一）由县委常委、常务副县长刘建华牵头\n"
      + "3.化解存量债务3亿元。（牵头单位：县财政局）\n"
      + "（二）有关部门推进\n"
      + "4.新建农村公路50公里。（牵头单位：县交通运输局）\n"
      + "三、赵国栋常务副县长和副县长林海波牵头重点工作\n"
      + "5.建成高标准农田2万亩。（牵头单位：县农业农村局）\n"
      + "四、县发改局牵头重点工作\n"
      + "6.固定资产投资增长8%。（牵头单位：县发改局）\n";

  @Test
  void tasksUnderALeaderNamingSection_haveThatLeader() {
    Plan plan = PARSER.parse(PLAN);
    assertThat(task(plan, 1).leaders()).containsExactly("陈立平");
  }

  @Test
  void aTaskNamingItsOwnLeader_keepsItsOwn() {
    assertThat(task(PARSER.parse(PLAN), 2).leaders()).containsExactly("王强");
  }

  @Test
  void aSubsectionNamingItsLeader_givesItToItsTasks_andOfficesAreNotNames() {
    Plan plan = PARSER.parse(PLAN);
    assertThat(task(plan, 3).leaders()).containsExactly("刘建华");
    assertThat(task(plan, 4).leaders()).isEmpty();
  }

  @Test
  void twoLeadersJoinedBy和_areBothLeaders() {
    assertThat(task(PARSER.parse(PLAN), 5).leaders()).containsExactly("赵国栋", "林海波");
  }

  @Test
  void aUnitLeadingASection_namesNoLeader() {
    assertThat(task(PARSER.parse(PLAN), 6).leaders()).isEmpty();
  }

  @Test
  void aLeaderInTheHeadingsClosingBracket_orWith同志_isTheLeader() {
    Plan plan = PARSER.parse("某县2024年重点工作任务清单\n"
        + "一、财政金融工作（县长朱伟牵头）\n"
        + "1.一般公共预算收入增长5.5%。\n牵头单位：县财政局\n"
        + "二、常务副县长宋晖同志牵头重点工作\n"
        + "2.实施重点项目150个。\n牵头单位：县发展和改革局\n"
        + "三、农业农村工作（由副县长王芳、副县长李卫东牵头）\n"
        + "3.建成示范村15个。\n牵头单位：县农业农村局\n");
    assertThat(task(plan, 1).leaders()).containsExactly("朱伟");
    assertThat(task(plan, 2).leaders()).containsExactly("宋晖");
    assertThat(task(plan, 3).leaders()).containsExactly("王芳", "李卫东");
  }

  private static Task task(Plan plan, int number) {
    return plan.allTasks().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
  }
}
