package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A crawl that glosses characters with their pinyin in brackets ({@code 發(fā)展}; issue 10, crawled
 * copies): read as the text without the glosses, every span an offset into the text as written,
 * and one remark spanning the glosses.
 */
class PinyinGlossesTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String GLOSSED = "川辦函〔2015〕54號(hào)\n各市(州)人民政府,省政府各部門:\n"
      + "現(xiàn)將《2015年縣域經(jīng)濟(jì)重點(diǎn)工作推進方案》印發(fā)你們,請認(rèn)真貫徹執(zhí)行。\n"
      + "四川省人民政府辦公廳\n2015年3月20日\n2015年縣域經(jīng)濟(jì)重點(diǎn)工作推進方案\n一、深化改革\n"
      + "1.深化農(nóng)村改革。2015年完成75%以上的確權(quán)登記。(責(zé)任單位:省農(nóng)業(yè)廳)\n";

  @Test
  void parse_glossedCrawl_readsAsTheTextWithoutGlosses_withSpansIntoTheTextAsWritten() {
    Plan plan = PARSER.parse(GLOSSED);

    assertThat(plan.title()).isEqualTo("2015年縣域經濟重點工作推進方案");
    assertThat(plan.year()).isEqualTo(2015);
    Task task = plan.allTasks().get(0);
    assertThat(task.leadUnits()).extracting(u -> u.name()).containsExactly("省農業廳");
    assertThat(task.targets()).extracting(t -> t.value().toString()).containsExactly("75%");
    assertThat(GLOSSED.substring(task.span().start(), task.span().end())).startsWith("1.深化農(nóng)村改革")
        .endsWith("省農(nóng)業(yè)廳)");
    Diagnostic remark = plan.diagnostics().get(0);
    assertThat(remark.code()).isEqualTo(DiagnosticCode.PINYIN_GLOSSES);
    assertThat(GLOSSED.substring(remark.span().start(), remark.span().end())).startsWith("(hào)").endsWith("(yè)");
  }

  @Test
  void parse_fewerThanThreeGlosses_orBracketsWithoutAToneMark_areLeftAsWritten() {
    Plan plan = PARSER.parse("某縣2023年重點工作任務\n一、發(fā)展產業\n1.建設園區(a)。新建廠房5萬平方米。(牽頭單位:縣發改局)\n");

    assertThat(plan.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.PINYIN_GLOSSES);
    assertThat(plan.sections().get(0).title()).isEqualTo("發(fā)展產業");
  }
}
