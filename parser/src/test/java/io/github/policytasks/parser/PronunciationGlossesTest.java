package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Region;
import io.github.policytasks.core.RegionKind;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A crawl that converted a plan to Traditional characters can write a pinyin gloss after a
 * character ({@code 責(zé)任單位}, {@code 產(chǎn)業(yè)}, variant {@code
 * traditional-county-crawl-pinyin-glosses}, blind: the glosses kept in titles and units and
 * {@code 責(zé)任單位} read as no key). The plan is read from the text without the glosses (annotation
 * guide §6: a copy reads as the original), its spans in the text as given, and nothing is lost:
 * each gloss is an unread region with a diagnostic of its own.
 */
class PronunciationGlossesTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String GLOSSED = "雲溪縣2024年鄉(xiāng)村振興重點(diǎn)工作任務(wù)\n一、發(fā)展產(chǎn)業(yè)\n"
      + "1.壯大特色產(chǎn)業(yè)。特色產(chǎn)業(yè)綜合產(chǎn)值突破35億元。（牽頭單位：縣農業(yè)農村局；責(zé)任單位：縣林業(yè)局、各鄉(xiāng)鎮(zhèn)人民政府）\n"
      + "2.培育經營主體。新增家庭農場120家以上。（牽頭單位：縣農業(yè)農村局；責(zé)任單位：縣市場監管局）\n";
  private static final String PLAIN = "雲溪縣2024年鄉村振興重點工作任務\n一、發展產業\n"
      + "1.壯大特色產業。特色產業綜合產值突破35億元。（牽頭單位：縣農業農村局；責任單位：縣林業局、各鄉鎮人民政府）\n"
      + "2.培育經營主體。新增家庭農場120家以上。（牽頭單位：縣農業農村局；責任單位：縣市場監管局）\n";

  @Test
  void glossedCopy_readsAsTheCopyWithoutGlosses_spansAside() {
    Plan glossed = PARSER.parse(GLOSSED);
    Plan plain = PARSER.parse(PLAIN);
    assertThat(glossed.title()).isEqualTo("雲溪縣2024年鄉村振興重點工作任務").isEqualTo(plain.title());
    assertThat(glossed.sections().get(0).title()).isEqualTo("發展產業");
    Task first = glossed.allTasks().get(0);
    assertThat(first.title()).isEqualTo("壯大特色產業");
    assertThat(first.leadUnits()).extracting(LeadUnit::name).containsExactly("縣農業農村局");
    assertThat(first.supportingUnits()).extracting(LeadUnit::name).containsExactly("縣林業局", "各鄉鎮人民政府");
    assertThat(first.targets()).extracting(Target::text).containsExactly("突破35億元");
    assertThat(glossed.allTasks()).extracting(Task::title, Task::text)
        .containsExactlyElementsOf(plain.allTasks().stream().map(t -> org.assertj.core.groups.Tuple.tuple(t.title(), t.text())).toList());
  }

  @Test
  void glossedCopy_spansPointIntoTheTextAsGiven() {
    Plan plan = PARSER.parse(GLOSSED);
    Task first = plan.allTasks().get(0);
    assertThat(first.span().textOf(GLOSSED)).startsWith("1.壯大特色產(chǎn)業(yè)。").endsWith("各鄉(xiāng)鎮(zhèn)人民政府）");
    Target target = first.targets().get(0);
    assertThat(target.span().textOf(GLOSSED)).isEqualTo("突破35億元");
    Task second = plan.allTasks().get(1);
    assertThat(second.targets().get(0).span().textOf(GLOSSED)).isEqualTo("120家以上");
    assertThat(first.noteSpans()).singleElement()
        .satisfies(note -> assertThat(note.textOf(GLOSSED)).startsWith("（牽頭單位").endsWith("）"));
  }

  @Test
  void everyGloss_hasItsDiagnostic_andLiesInItsPartOrIsUnread() {
    Plan plan = PARSER.parse(GLOSSED);
    List<Diagnostic> glosses = plan.diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.GLOSS_SET_ASIDE).toList();
    assertThat(glosses).hasSize(18);
    assertThat(glosses.get(0).span().textOf(GLOSSED)).isEqualTo("(xiāng)");
    assertThat(glosses.get(0).line()).isEqualTo(1);
    assertThat(glosses.get(0).column()).isEqualTo(10);
    ConservationProperties.assertConserved(GLOSSED, plan);
    int inTask = GLOSSED.indexOf("(chǎn)值");
    assertThat(plan.regionAt(inTask)).get().extracting(Region::kind).isEqualTo(RegionKind.TASK);
    int afterTitle = GLOSSED.indexOf("(wù)\n");
    assertThat(plan.regionAt(afterTitle)).get().extracting(Region::kind, Region::span)
        .containsExactly(RegionKind.UNREAD, SourceSpan.of(afterTitle, afterTitle + 4));
    assertThat(plan.regionAt(GLOSSED.indexOf("任務(wù)"))).get().extracting(Region::kind).isEqualTo(RegionKind.TITLE);
  }

  @Test
  void targetWhoseWordsHoldAGloss_keepsItsWordsAsWritten() {
    String text = "某縣2024年重點工作任務\n一、產(chǎn)業(yè)\n1.壯大產(chǎn)業(yè)。產(chǎn)值突破35億元，培育企業(yè)5家以上。（牽頭單位：縣發(fā)改局）\n";
    Task task = PARSER.parse(text).allTasks().get(0);
    assertThat(task.targets()).allSatisfy(t -> assertThat(t.span().textOf(text)).isEqualTo(t.text()));
    assertThat(task.title()).isEqualTo("壯大產業");
  }

  @Test
  void bracketedWordsThatAreNoGloss_stayAsWritten() {
    String text = "某县2024年重点工作任务\n一、数字政府\n"
        + "1.推广政务服务(app)。上线事项达到200项（PPP）(2024)(à)。（牵头单位：县政务服务中心）\n";
    Plan plan = PARSER.parse(text);
    assertThat(plan.diagnostics()).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.GLOSS_SET_ASIDE);
    assertThat(plan.allTasks().get(0).title()).isEqualTo("推广政务服务(app)");
  }

  @Test
  void strictParse_reportsItsProblemAtTheOffsetOfTheTextAsGiven() {
    String text = "某縣2024年重點(diǎn)工作任務(wù)\n一、產(chǎn)業(yè)\n1.壯大產(chǎn)業(yè)。新增企業(yè)5家。\n3.培育主體。新增農場5家。（牽頭單位：縣農業(yè)農村局）\n";
    PlanParser strict = PlanParser.builder().strict(true).build();
    assertThatThrownBy(() -> strict.parse(text)).isInstanceOfSatisfying(PlanParseException.class, e -> {
      assertThat(e.getCode()).isEqualTo(DiagnosticCode.TASK_NUMBER_GAP);
      assertThat(text.substring(e.getErrorIndex())).startsWith("3.培育");
      assertThat(e.getLine()).isEqualTo(4);
      assertThat(e.getColumn()).isEqualTo(1);
    });
  }
}
