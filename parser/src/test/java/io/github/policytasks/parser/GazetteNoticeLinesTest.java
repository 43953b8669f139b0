package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A notice as a gazette or a law site prints it (annotation guide §1, notice layer; §6): the
 * document number and the notice's date on one line under the heading ({@code 川办函〔2015〕160号
 * 2015年9月1日}), then a validity mark the site adds ({@code (已失效)}), then the addressees; the
 * body closes with no signature, and the plan it cites first follows. The number line dates the
 * notice, the mark is the notice's, never the plan's title.
 */
class GazetteNoticeLinesTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String PAGE = "某省人民政府办公厅\n"
      + "关于印发全省三大经济区2015年\n"
      + "重点工作方案的通知\n"
      + "某办函〔2015〕160号 2015年9月1日\n"
      + "(已失效)\n"
      + "各市(州)人民政府,省政府各部门:\n"
      + "经省政府同意,现将《甲经济区2015年重点工作方案》、《乙经济区2015年重点工作方案》、《丙经济区2015年重点工作方案》印发你们,请认真组织实施。\n"
      + "甲经济区2015年重点工作方案\n"
      + "一、创新驱动发展\n"
      + "(一)加强创新平台建设。新建创新平台5个。(责任单位:省发展改革委、科技厅)\n"
      + "(二)实施“互联网+”行动。推动互联网与制造业结合。(责任单位:省经济和信息化委)\n";

  /** The plan is the first one cited; the number line dates the notice; the mark is no title. */
  @Test
  void parse_numberAndDateOnOneLine_andAValidityMark_areTheNotices() {
    Plan plan = PARSER.parse(PAGE);

    assertThat(plan.title()).isEqualTo("甲经济区2015年重点工作方案");
    assertThat(plan.notice()).isNotNull();
    assertThat(plan.notice().date()).isEqualTo(LocalDate.of(2015, 9, 1));
    assertThat(plan.notice().addressees()).isEqualTo("各市(州)人民政府,省政府各部门");
    assertThat(plan.notice().body()).startsWith("经省政府同意");
    assertThat(plan.allTasks()).hasSize(2);
  }

  /** Every validity mark of the list is read so; a bracketed line that is none stays a title candidate. */
  @Test
  void parse_eachValidityMark_isNoTitle() {
    for (String mark : new String[] {"(失效)", "（已废止）", "(现行有效)", "【有效】"}) {
      Plan plan = PARSER.parse(PAGE.replace("(已失效)", mark));
      assertThat(plan.title()).as(mark).isEqualTo("甲经济区2015年重点工作方案");
    }
  }
}
