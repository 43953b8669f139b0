package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A plan as a news site copies it (issue 10, published pages): a headline and byline, the news
 * lead, {@code 《X》全文如下。}, then the document; in a Traditional copy that glosses characters
 * with pinyin written without tone marks, each gloss followed by a blank.
 */
class NewsCopyTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String BODY = "縣城是我國城鎮體系的重要組成部分。現提出如下意見。\n一、總體要求\n"
      + "1.推進縣城建設。新建保障性住房500套。（牽頭單位：省住房城鄉建設廳）\n";

  @Test
  void parse_newsCopy_takesTheTitleOfTheDocumentGivenInFull() {
    Plan plan = PARSER.parse("中辦國辦印發《關於推進以縣城為重要載體的城鎮化建設的意見》\n"
        + "發布時間:2022-05-07 09:47:00來源: 光明網\n新華社北京5月6日電 近日,中共中央辦公廳、國務院辦公廳印發了意見。\n"
        + "《關於推進以縣城為重要載體的城鎮化建設的意見》全文如下。\n" + BODY);

    assertThat(plan.title()).isEqualTo("關於推進以縣城為重要載體的城鎮化建設的意見");
    assertThat(plan.metadata().publishedDate()).isEqualTo(LocalDate.of(2022, 5, 7));
    assertThat(plan.allTasks()).hasSize(1);
  }

  @Test
  void parse_glossesWithoutToneMarksEachFollowedByABlank_areSetAside() {
    Plan plan = PARSER.parse("縣城建設工作方案\n一、總體(ti) 要求\n1.推進縣城建設。新建保障性住房500套,為(wei) 城鄉(xiang) 融合"
        + "發展提供支撐。（牽頭單位：省住房城鄉建設廳）\n");

    assertThat(plan.sections().get(0).title()).isEqualTo("總體要求");
    assertThat(plan.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.GLOSS_SET_ASIDE).hasSize(3);
  }

  @Test
  void parse_fewerThanThreeTonelessGlosses_areLeftAsWritten() {
    Plan plan = PARSER.parse("縣城建設工作方案\n一、總體(ti) 要求\n1.推進縣城建設。新建保障性住房500套。（牽頭單位：省住房城鄉建設廳）\n");

    assertThat(plan.sections().get(0).title()).isEqualTo("總體(ti) 要求");
  }

  /**
   * A news copy dated by nothing of the document's own (no year in its title, no signature) takes
   * its year from the page's publication date; a page that is no news copy does not.
   */
  @Test
  void parse_newsCopyWithNoDateOfItsOwn_takesThePublicationYear() {
    String news = "中辦國辦印發《關於推進以縣城為重要載體的城鎮化建設的意見》\n"
        + "發布時間:2022-05-07 09:47:00來源: 光明網\n新華社北京5月6日電 近日,中共中央辦公廳、國務院辦公廳印發了意見。\n"
        + "《關於推進以縣城為重要載體的城鎮化建設的意見》全文如下。\n" + BODY;
    String page = "關於推進以縣城為重要載體的城鎮化建設的意見\n發布時間:2022-05-07 09:47:00來源: 光明網\n" + BODY;

    assertThat(PARSER.parse(news).year()).isEqualTo(2022);
    assertThat(PARSER.parse(page).year()).isNull();
  }
}
