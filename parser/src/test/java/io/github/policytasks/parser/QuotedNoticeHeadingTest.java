package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import org.junit.jupiter.api.Test;

/**
 * A policy site may print a notice's heading in book-title marks after its document number
 * ({@code 京政办发〔2016〕26号《某市人民政府办公厅关于印发〈X〉的通知》}; annotation guide §6, the
 * plan year: the cited plan title): the marks quote the notice's own title, which forwards X in
 * the inner marks, so the plan the notice forwards is X, not the notice.
 */
class QuotedNoticeHeadingTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void innerCitation_ofAQuotedForwardingNotice_isThePlanItForwards() {
    assertThat(FrontMatterReader.innerCitation("某政办发〔2016〕26号《某市人民政府办公厅关于印发〈某市2016年政务公开工作要点〉的通知》"))
        .isEqualTo("某市2016年政务公开工作要点");
    assertThat(FrontMatterReader.innerCitation("《某市人民政府办公厅关于转发〈某省2016年工作要点〉的通知》"))
        .isEqualTo("某省2016年工作要点");
    assertThat(FrontMatterReader.innerCitation("关于印发《某市2016年工作要点》的通知")).isEqualTo("某市2016年工作要点");
    assertThat(FrontMatterReader.innerCitation("《某市〈条例〉实施办法》")).isEqualTo("某市〈条例〉实施办法");
  }

  @Test
  void parse_planWithoutItsTitleLine_takesTheTitleTheQuotedNoticeForwards() {
    Plan plan = PARSER.parse("某政办发〔2016〕26号《某市人民政府办公厅关于印发〈某市2016年政务公开工作要点〉的通知》\n"
        + "《某市人民政府办公厅关于印发〈某市2016年政务公开工作要点〉的通知》\n"
        + "某政办发〔2016〕26号\n"
        + "各区人民政府,市政府各委、办、局:\n"
        + "《某市2016年政务公开工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。\n"
        + "某市人民政府办公厅\n"
        + "2016年5月28日\n"
        + "一、围绕深化改革推进公开\n"
        + "(一)进一步推进权力清单公开\n"
        + "对权力清单进行动态调整。\n");

    assertThat(plan.title()).isEqualTo("某市2016年政务公开工作要点");
    assertThat(plan.year()).isEqualTo(2016);
  }
}
