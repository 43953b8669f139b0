package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules of the genre for copies that lost their line breaks (annotation guide §6, Lost line
 * breaks), each on a small document of its own: the copy without breaks, and the copies joining
 * the lines the rule is about, read as the original — the same tasks, units and targets ({@link
 * MetamorphicTest#outline}) — and every character stays accounted for.
 */
class BreaklessCopyRulesTest {
  private static final PlanParser PARSER = PlanParser.create();

  /**
   * A web page's furniture written alike on every page ({@code 扫一扫在手机打开当前页}, {@code
   * 打印本页}) after a note's end is a line of its own, and so is the section that follows it.
   */
  @Test
  void pageFurnitureRunOnAfterANote_isALineOfItsOwn() {
    String original = "某县2023年重点工作任务\n一、稳定经济增长\n1.扩大有效投资。实施重点项目50个。（牵头单位：县发改局）\n"
        + "扫一扫在手机打开当前页\n二、保障改善民生\n2.落实就业政策。城镇新增就业1500人。（牵头单位：县人社局）\n"
        + "3.完善养老服务。新增养老床位100张。（牵头单位：县民政局）\n扫一扫在手机打开当前页\n打印本页 关闭窗口\n";

    List<String> outline = MetamorphicTest.outline(PARSER.parse(original));
    assertThat(outline).hasSize(3);
    assertThat(outline.get(1)).startsWith("2 落实就业政策 [县人社局][] EXACTLY AMOUNT 1500人");
    for (String copy : List.of(original.replace("\n", ""),
        original.replace("）\n扫", "）扫").replace("页\n二", "页二"),
        original.replace("页\n打", "页打"))) {
      Plan plan = PARSER.parse(copy);
      assertThat(MetamorphicTest.outline(plan)).as(copy).isEqualTo(outline);
      assertThat(plan.sections()).as(copy).extracting(s -> s.title()).containsExactly("稳定经济增长", "保障改善民生");
      ConservationProperties.assertConserved(copy, plan);
    }
  }

  /**
   * A notice's signature that a copy ran into the lines around it — its issuer, as the heading
   * names it, onto the last listed document, its date into the plan's title — is still the
   * signature, and the title still the plan's.
   */
  @Test
  void noticeSignatureRunIntoItsNeighbours_isStillTheSignature() {
    String original = "某市人民政府办公室关于印发某市优化营商环境若干措施等文件的通知\n各县（市、区）人民政府，市政府各部门：\n"
        + "现将以下文件印发给你们，请结合实际认真贯彻落实。\n1.某市优化营商环境若干措施\n2.某市促进民营经济发展实施方案\n"
        + "某市人民政府办公室\n2023年3月6日\n某市优化营商环境若干措施\n一、提升政务服务效能\n"
        + "1.推行“一网通办”。政务服务事项网上可办率达到98%以上。（牵头单位：市政务服务中心）\n"
        + "2.压缩企业开办时间。企业开办时间压缩至1个工作日以内。（牵头单位：市市场监管局）\n";
    Plan intact = PARSER.parse(original);
    assertThat(intact.notice().issuer()).isEqualTo("某市人民政府办公室");
    assertThat(intact.references()).hasSize(2);

    for (String copy : List.of(original.replace("方案\n某市", "方案某市"), original.replace("日\n某市", "日某市"),
        original.replace("室\n2023", "室2023"), original.replace("方案\n某市", "方案某市").replace("日\n某市", "日某市"),
        original.replace("\n", ""))) {
      Plan plan = PARSER.parse(copy);
      assertThat(MetamorphicTest.outline(plan)).as(copy).isEqualTo(MetamorphicTest.outline(intact));
      assertThat(plan.title()).as(copy).isEqualTo("某市优化营商环境若干措施");
      assertThat(plan.notice().issuer()).as(copy).isEqualTo("某市人民政府办公室");
      assertThat(plan.notice().date()).as(copy).isEqualTo(intact.notice().date());
      assertThat(plan.references()).as(copy).hasSize(2);
      ConservationProperties.assertConserved(copy, plan);
    }
  }

  /**
   * A date that opens a line of the notice and runs into text that names no kind of document
   * stays one line of text, not a signature's date.
   */
  @Test
  void dateRunIntoASentence_isNoSignature() {
    String text = "某县人民政府办公室关于做好2023年重点工作的通知\n各乡镇人民政府：\n"
        + "2023年3月6日县政府常务会议研究部署今年重点工作\n现将有关事项通知如下。\n一、稳定经济增长\n"
        + "1.扩大有效投资。实施重点项目50个。（牵头单位：县发改局）\n";

    Plan plan = PARSER.parse(text);
    assertThat(plan.notice().date()).isNull();
    assertThat(plan.allTasks()).extracting(t -> t.number()).containsExactly(1);
  }

  /**
   * In a copy that lost its breaks for certain (the whole plan on one line), a paragraph's indent
   * of two ideographic spaces after a note's end, or after a heading's text, starts a paragraph:
   * each unnumbered measure with its note stays a task of its own.
   */
  @Test
  void paragraphIndentInAPlanOnOneLine_startsAParagraph() {
    String original = "某省支持数字经济发展若干政策\n　　为加快数字经济发展，制定以下政策。\n　　一、支持数字平台建设\n"
        + "　　培育数字平台。对新认定的省级数字平台，一次性奖补100万元。（责任单位：省经济和信息化厅，省财政厅）\n"
        + "　　推动企业上云。对上云企业按照不超过服务费用30%的比例给予补助。（责任单位：省经济和信息化厅，省财政厅）\n"
        + "　　二、支持数字人才培养\n　　每年培训数字技术人才5000名，对培训机构给予补助。（责任单位：省人力资源和社会保障厅，省财政厅）\n"
        + "　　本政策自2022年开始执行，由省经济和信息化厅负责解释。\n";
    String flat = original.replace("\n", "");
    assertThat(flat.length()).isGreaterThanOrEqualTo(LineCursor.WHOLE_LINE);

    List<String> outline = MetamorphicTest.outline(PARSER.parse(original));
    assertThat(outline).hasSize(3);
    assertThat(outline.get(1)).startsWith("0 推动企业上云 [省经济和信息化厅][省财政厅] AT_MOST");
    Plan plan = PARSER.parse(flat);
    assertThat(MetamorphicTest.outline(plan)).isEqualTo(outline);
    assertThat(plan.sections()).extracting(s -> s.title()).containsExactly("支持数字平台建设", "支持数字人才培养");
    ConservationProperties.assertConserved(flat, plan);
  }

  /**
   * A section heading that a copy ran into the unnumbered measure under it, with no indent to show
   * where the heading ends: a heading line whose text holds a sentence end and then a measure with
   * its note (or whose one sentence the note closes), under which no numbered item stands, is the
   * heading plus that measure — the same tasks, units and targets as the original. The measure's
   * title, where it had one, is lost in the heading (DECISIONS.md); a line of one sentence is the
   * measure's whole and leaves the section untitled.
   */
  @Test
  void headingRunIntoTheUnnumberedMeasureUnderIt_isTheHeadingAndTheMeasure() {
    String original = "某省支持数字经济发展若干政策\n为加快数字经济发展，制定以下政策。\n一、支持数字平台建设\n"
        + "培育数字平台。对新认定的省级数字平台，一次性奖补100万元。（责任单位：省经济和信息化厅，省财政厅）\n"
        + "推动企业上云。对上云企业按照不超过服务费用30%的比例给予补助。（责任单位：省经济和信息化厅）\n"
        + "二、支持数字人才培养\n每年培训数字技术人才5000名，对培训机构给予补助。（责任单位：省人力资源和社会保障厅，省财政厅）\n";
    Plan originalPlan = PARSER.parse(original);
    List<String> outline = MetamorphicTest.outline(originalPlan);
    assertThat(outline).containsExactly(
        "0 培育数字平台 [省经济和信息化厅][省财政厅] EXACTLY AMOUNT 100万元 1000000",
        "0 推动企业上云 [省经济和信息化厅][] AT_MOST SHARE 30% 30",
        "0 null [省人力资源和社会保障厅][省财政厅] EXACTLY AMOUNT 5000名 5000");
    String first = original.replace("建设\n培育", "建设培育");
    String second = original.replace("培养\n每年", "培养每年");
    for (String copy : List.of(first, second, original.replace("\n", ""))) {
      Plan plan = PARSER.parse(copy);
      assertThat(MetamorphicTest.outlineWithoutTitles(plan)).as(copy)
          .isEqualTo(MetamorphicTest.outlineWithoutTitles(originalPlan));
      ConservationProperties.assertConserved(copy, plan);
    }
    Plan joinedFirst = PARSER.parse(first);
    assertThat(joinedFirst.sections()).extracting(s -> s.title()).containsExactly("支持数字平台建设培育数字平台", "支持数字人才培养");
    assertThat(joinedFirst.allTasks().get(0).text()).isEqualTo("对新认定的省级数字平台，一次性奖补100万元。（责任单位：省经济和信息化厅，省财政厅）");
    Plan joinedSecond = PARSER.parse(second);
    assertThat(MetamorphicTest.outline(joinedSecond)).isEqualTo(outline);
    assertThat(joinedSecond.sections()).extracting(s -> s.title()).containsExactly("支持数字平台建设", null);
  }

  /**
   * A heading's own sentence and note over numbered tasks stay the heading's: the sentence its text,
   * whose figures are the section's goals, the note the units of its tasks without a note.
   */
  @Test
  void headingWithASentenceAndANoteOverNumberedTasks_keepsBoth() {
    Plan plan = PARSER.parse("某县2023年重点工作任务\n二、深化改革。全年新增市场主体1000户。（牵头单位：县发改局）\n"
        + "1.优化审批。压减审批时限30%。\n");
    assertThat(plan.sections()).extracting(s -> s.title()).containsExactly("深化改革");
    assertThat(plan.sections().get(0).goals()).hasSize(1);
    assertThat(plan.allTasks()).singleElement().satisfies(task -> {
      assertThat(task.number()).isEqualTo(1);
      assertThat(task.leadUnits()).extracting(u -> u.name()).containsExactly("县发改局");
    });
  }

  /**
   * A table written with spaced pipes whose rows a copy ran together, each onto the closing pipe of
   * the row before ({@code … | 县委办 |2 | 信息报送 | …}), reads row by row, whatever the rows' widths.
   */
  @Test
  void rowsRunOntoTheClosingPipeOfTheRowBefore_areRows() {
    String original = "某县2020年度目标管理考核细则\n序号 | 考核项目 | 分值 | 考核内容 | 责任单位 |\n"
        + "一、 | 共性考核项目 | 30 |  |  |\n1 | 组织领导 | 10 | 年内专题研究部署不少于2次。 | 县委办 |\n"
        + "2 | 信息报送 | 10 | 每月5日前报送上月工作进展。 | 县政府办 |\n二、 | 部门考核项目 | 70 |\n"
        + "3 | 垃圾治理 | 40 | 新建乡镇垃圾中转站3座。 | 县农业农村局 |\n"
        + "20 | 畜禽粪污利用 | 畜禽粪污综合利用率达到85%以上。 |\n"
        + "4 | 污水治理 | 30 | 新增农村生活污水治理行政村25个。 | 县住建局 |\n";
    List<String> outline = MetamorphicTest.outline(PARSER.parse(original));
    assertThat(outline).hasSize(5);
    int header = original.indexOf('\n', original.indexOf('\n') + 1);

    for (String copy : List.of(original.substring(0, header + 1) + original.substring(header + 1).replace("\n", ""),
        original.replace("\n", ""))) {
      Plan plan = PARSER.parse(copy);
      assertThat(MetamorphicTest.outline(plan)).as(copy).isEqualTo(outline);
      ConservationProperties.assertConserved(copy, plan);
    }
  }
}
