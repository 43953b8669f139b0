package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * The covering notice's numbered list of documents (annotation guide §6, Not the plan) in a copy
 * that lost line breaks: the next item's label after a listed document's title starts a new item
 * ({@code 1.某市…若干措施2.某市…工作要点}), and a signature run into its date ({@code
 * 某市人民政府办公室2023年3月6日}) still closes the list. The items stay references, not tasks.
 */
class NoticeDocumentListJoinsTest {
  private static final PlanParser PARSER = PlanParser.create();

  private static final String NOTICE = "某市人民政府办公室关于印发某市优化营商环境若干措施等文件的通知\n"
      + "各县（市、区）人民政府，市政府各部门：\n现将以下文件印发给你们，请结合实际认真贯彻落实。\n";
  private static final String BODY = "某市优化营商环境若干措施\n一、提升政务服务效能\n"
      + "1.推行“一网通办”。政务服务事项网上可办率达到98%以上。（牵头单位：市政务服务中心）\n"
      + "2.压缩企业开办时间。企业开办时间压缩至1个工作日以内。（牵头单位：市市场监管局）\n";

  @Test
  void listedTitlesOnOneLine_areTwoReferencesAndNoTask() {
    Plan plan = PARSER.parse(NOTICE + "1.某市优化营商环境若干措施2.某市2023年数字经济发展工作要点\n"
        + "某市人民政府办公室\n2023年3月6日\n" + BODY);
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    assertThat(plan.allTasks().get(0).title()).isEqualTo("推行“一网通办”");
  }

  @Test
  void signatureRunIntoItsDate_closesTheList() {
    Plan plan = PARSER.parse(NOTICE + "1.某市优化营商环境若干措施\n2.某市2023年数字经济发展工作要点\n"
        + "某市人民政府办公室2023年3月6日\n" + BODY);
    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2);
    assertThat(plan.allTasks().get(0).title()).isEqualTo("推行“一网通办”");
  }
}
