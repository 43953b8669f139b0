package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Target;
import io.github.policytasks.metrics.UnitCatalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole task bodies, embedded in a larger input as the structural parser hands them over: the
 * exact list of targets, each as {@code text|comparator|kind|direction|value|upper|subject}.
 * Seed tasks 1, 3, 5, 6, 65, 68 and 73, and tasks written the way other counties write them.
 */
class TargetReaderTaskTest {
  private static final String HEADING = "一、聚力创新驱动战略\n";
  private static final String NOTE = "(牵头单位:县科技局)\n";

  static Stream<Arguments> tasks() {
    return Stream.of(
        Arguments.of("seed task 1",
            "1. 搭建创新平台。搭建先进碳材料工程技术研究院,推动益大、圣丰、世纪阳光等企业争创省级重点实验室、“一企一技术”中心等创新平台4家以上,推进山东大学、中科院山西煤化所等大院大所在我县实体化运作创新载体3家以上。",
            List.of(
                "4家以上|AT_LEAST|AMOUNT|-|4家|-|省级重点实验室、“一企一技术”中心等创新平台",
                "3家以上|AT_LEAST|AMOUNT|-|3家|-|山东大学、中科院山西煤化所等大院大所在我县实体化运作创新载体")),
        Arguments.of("seed task 3",
            "3. 培育创新主体。健全“众创空间—孵化器—加速器”全链条孵化体系,入库科技型中小企业80家以上,新培育市级以上单项冠军、专精特新、瞪羚企业、创新型中小企业30家以上,国家高新技术企业20家以上。推动全县规上工业企业研发机构建有率达到35%以上、有研发活动企业超过60家。",
            List.of(
                "80家以上|AT_LEAST|AMOUNT|-|80家|-|科技型中小企业",
                "30家以上|AT_LEAST|AMOUNT|-|30家|-|市级以上单项冠军、专精特新、瞪羚企业、创新型中小企业",
                "20家以上|AT_LEAST|AMOUNT|-|20家|-|国家高新技术企业",
                "35%以上|AT_LEAST|SHARE|-|35%|-|全县规上工业企业研发机构建有率",
                "超过60家|MORE_THAN|AMOUNT|-|60家|-|有研发活动企业")),
        Arguments.of("seed task 5",
            "5. 优化创新生态。培育创新创业共同体,积极融入市“1+N”产业协同创新体系,申报重点科技计划项目20项以上;万人高价值发明专利增长20%以上,知识产权质押融资额5000万元以上;大力发展科技金融,发放“成果贷”3000万元以上,服务科技中小企业突破10家以上。",
            List.of(
                "20项以上|AT_LEAST|AMOUNT|-|20项|-|重点科技计划项目",
                "20%以上|AT_LEAST|GROWTH|INCREASE|20%|-|万人高价值发明专利",
                "5000万元以上|AT_LEAST|AMOUNT|-|5000万元|-|知识产权质押融资额",
                "3000万元以上|AT_LEAST|AMOUNT|-|3000万元|-|“成果贷”",
                "突破10家以上|AT_LEAST|AMOUNT|-|10家|-|服务科技中小企业")),
        Arguments.of("seed task 65",
            "65. 推动基础教育高质量发展。推进学前教育普惠发展,新增公办学位1000个,公办率达到65%,普惠率达到93%。加快义务教育优质均衡发展、普通高中多元特色发展,新改扩建中小学1所、新增学位2500个,优化整合16所学校,建设“双百工程”乡镇中小学12所,中小学“强校扩优行动”覆盖率达到50%以上。加强教师队伍建设,培训教师1万人次、交流轮岗3000人,培育“名师名校长名班主任”50人以上。",
            List.of(
                "1000个|EXACTLY|AMOUNT|-|1000个|-|公办学位",
                "65%|EXACTLY|SHARE|-|65%|-|公办率",
                "93%|EXACTLY|SHARE|-|93%|-|普惠率",
                "1所|EXACTLY|AMOUNT|-|1所|-|中小学",
                "2500个|EXACTLY|AMOUNT|-|2500个|-|学位",
                "16所|EXACTLY|AMOUNT|-|16所|-|学校",
                "12所|EXACTLY|AMOUNT|-|12所|-|“双百工程”乡镇中小学",
                "50%以上|AT_LEAST|SHARE|-|50%|-|中小学“强校扩优行动”覆盖率",
                "1万人次|EXACTLY|AMOUNT|-|1万人次|-|教师",
                "3000人|EXACTLY|AMOUNT|-|3000人|-|交流轮岗",
                "50人以上|AT_LEAST|AMOUNT|-|50人|-|“名师名校长名班主任”")),
        Arguments.of("seed task 68",
            "68. 健全生育支持政策体系。实施免费产前筛查与诊断项目。推进公办幼托一体,积极推动学校、医院、银行、国企和大型民企办托,新建1个县级公办婴幼儿照护服务示范中心,新增托位798个,每千人口托位数达到4.3个。打响“幼有善育、以爱托举”品牌。",
            List.of(
                "1个|EXACTLY|AMOUNT|-|1个|-|县级公办婴幼儿照护服务示范中心",
                "798个|EXACTLY|AMOUNT|-|798个|-|托位",
                "4.3个|EXACTLY|AMOUNT|-|4.3个|-|每千人口托位数")),
        Arguments.of("seed task 73",
            "73. 提升基层医疗卫生服务能力。推进紧密型县域医共体建设,年内新改扩建县级医疗卫生机构2个,培训乡镇卫生院业务骨干300名、村医100名。丰富家庭医生签约服务内涵,扩大签约服务覆盖面,全人群和重点人群总体签约率提升1-3个百分点。",
            List.of(
                "2个|EXACTLY|AMOUNT|-|2个|-|县级医疗卫生机构",
                "300名|EXACTLY|AMOUNT|-|300名|-|乡镇卫生院业务骨干",
                "100名|EXACTLY|AMOUNT|-|100名|-|村医",
                "1-3个百分点|RANGE|POINTS|INCREASE|1个百分点|3个百分点|全人群和重点人群总体签约率")),
        Arguments.of("county plan, full-width punctuation and a lower level named alone",
            "3．壮大特色产业。新培育省级农业产业化龙头企业3家、市级15家以上，全县蔬菜种植面积稳定在12万亩左右，肉蛋奶总产量达到8.6万吨；农产品加工业产值与农业总产值之比提高到2.6:1。",
            List.of(
                "3家|EXACTLY|AMOUNT|-|3家|-|省级农业产业化龙头企业",
                "15家以上|AT_LEAST|AMOUNT|-|15家|-|市级",
                "稳定在12万亩左右|APPROXIMATELY|AMOUNT|-|12万亩|-|全县蔬菜种植面积",
                "8.6万吨|EXACTLY|AMOUNT|-|8.6万吨|-|肉蛋奶总产量")),
        Arguments.of("county plan, Chinese numerals and a subsection number",
            "（二）提升公共服务。新建城市书房两处、村级综合文化服务中心十五个，公共图书馆年接待读者突破30万人次；学前三年毛入园率达到92%以上。",
            List.of(
                "两处|EXACTLY|AMOUNT|-|2处|-|城市书房",
                "十五个|EXACTLY|AMOUNT|-|15个|-|村级综合文化服务中心",
                "突破30万人次|MORE_THAN|AMOUNT|-|30万人次|-|读者",
                "92%以上|AT_LEAST|SHARE|-|92%|-|学前三年毛入园率")),
        Arguments.of("city plan, growth ranges and bounds",
            "5、稳住经济大盘。一般公共预算收入增长5%-6%，固定资产投资增速保持在8%左右，城镇调查失业率控制在5.5%以内，单位地区生产总值能耗下降3%，煤炭消费总量压减至400万吨以内。",
            List.of(
                "5%-6%|RANGE|GROWTH|INCREASE|5%|6%|一般公共预算收入",
                "保持在8%左右|APPROXIMATELY|GROWTH|INCREASE|8%|-|固定资产投资增速",
                "控制在5.5%以内|AT_MOST|SHARE|-|5.5%|-|城镇调查失业率",
                "3%|EXACTLY|GROWTH|DECREASE|3%|-|单位地区生产总值能耗",
                "400万吨以内|AT_MOST|AMOUNT|-|400万吨|-|煤炭消费总量")),
        Arguments.of("county plan, thresholds, framing counts and a deadline",
            "6. 扩大有效投资。围绕“1+N”产业体系，依托化工园区等3家省级园区，引进总投资5000万元以上的项目30个，其中10亿元以上项目2个，年底前完成投资15亿元。",
            List.of(
                "30个|EXACTLY|AMOUNT|-|30个|-|总投资5000万元以上的项目",
                "2个|EXACTLY|AMOUNT|-|2个|-|10亿元以上项目",
                "15亿元|EXACTLY|AMOUNT|-|15亿元|-|投资")),
        Arguments.of("district plan, ranges with units on both ends and separators",
            "8. 推进节能降碳。新增风电装机10万千瓦、光伏装机20万-25万千瓦，新能源汽车推广应用1,500辆，为65周岁以上老年人免费体检不少于2万人次。",
            List.of(
                "10万千瓦|EXACTLY|AMOUNT|-|10万千瓦|-|风电装机",
                "20万-25万千瓦|RANGE|AMOUNT|-|20万千瓦|25万千瓦|光伏装机",
                "1,500辆|EXACTLY|AMOUNT|-|1500辆|-|新能源汽车",
                "不少于2万人次|AT_LEAST|AMOUNT|-|2万人次|-|为65周岁以上老年人免费体检")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void read_wholeTask_givesExactTargets(String name, String body, List<String> expected) {
    String input = HEADING + body + NOTE;
    int start = HEADING.length();
    TargetFixture.Result result = TargetFixture.read(input, start, start + body.length(), "t7");

    assertThat(result.targets().stream().map(TargetReaderTaskTest::describe).collect(Collectors.toList()))
        .containsExactlyElementsOf(expected);
    for (int i = 0; i < result.targets().size(); i++) {
      Target target = result.targets().get(i);
      assertThat(target.id()).isEqualTo("t7.g" + (i + 1));
      assertThat(input.substring(target.span().start(), target.span().end())).isEqualTo(target.text());
      assertThat(target.span().start()).isGreaterThanOrEqualTo(start);
      assertThat(target.span().end()).isLessThanOrEqualTo(start + body.length());
    }
    // the one diagnostic a whole task gives here: a ratio it commits to (提高到2.6:1) has no unit and is
    // reported, never read as a target (parser/DECISIONS.md)
    assertThat(result.diagnostics()).extracting(d -> input.substring(d.span().start(), d.span().end()))
        .containsExactlyElementsOf(body.contains("提高到2.6:1") ? List.of("2.6:1") : List.of());
  }

  private static String describe(Target t) {
    return String.join("|", t.text(), t.comparator().name(), t.kind().name(),
        t.direction() == null ? "-" : t.direction().name(), t.value().toString(),
        t.upper() == null ? "-" : t.upper().toString(), String.valueOf(t.subject()));
  }

  @Test
  void read_deadlineInSentence_givesTargetDeadline() {
    List<Target> targets = TargetFixture.targets(
        "上半年完成1.2万亩高标准农田建设，9月底前新建5G基站300个，2025年底前建成区绿化覆盖率达到42%。年内新增规上服务业企业15家。新增托位798个。");

    assertThat(targets).extracting(Target::text)
        .containsExactly("1.2万亩", "300个", "42%", "15家", "798个");
    assertThat(targets).extracting(Target::deadline).containsExactly(
        LocalDate.of(2023, 6, 30), LocalDate.of(2023, 9, 30), LocalDate.of(2025, 12, 31),
        LocalDate.of(2023, 12, 31), null);
    assertThat(targets).extracting(Target::subject).containsExactly(
        "高标准农田建设", "5G基站", "建成区绿化覆盖率", "规上服务业企业", "托位");
  }

  @Test
  void read_growthClauseWithoutSubject_takesSubjectOfSentence() {
    List<Target> targets = TargetFixture.targets("数字经济核心产业营收突破16亿元,增长6%以上。");

    assertThat(targets).extracting(Target::subject)
        .containsExactly("数字经济核心产业营收", "数字经济核心产业营收");
  }

  @Test
  void read_percentRestatedWithEffortWords_keepsTheMeasureOfItsSentence() {
    List<Target> targets = TargetFixture.targets(
        "地区生产总值增长6%，力争7%；一般公共预算收入增长5%、确保达到6%；化学需氧量、氨氮排放量分别减少2%、2.5%。");

    assertThat(targets).extracting(Target::text).containsExactly("6%", "7%", "5%", "6%", "2%", "2.5%");
    assertThat(targets).extracting(t -> t.kind() + "/" + t.direction()).containsExactly(
        "GROWTH/INCREASE", "GROWTH/INCREASE", "GROWTH/INCREASE", "GROWTH/INCREASE",
        "GROWTH/DECREASE", "GROWTH/DECREASE");
    assertThat(targets).extracting(Target::subject).containsExactly(
        "地区生产总值", "地区生产总值", "一般公共预算收入", "一般公共预算收入", "化学需氧量、氨氮排放量",
        "化学需氧量、氨氮排放量");
  }

  @Test
  void read_pointsWithoutDirectionWord_readsIncreaseAndSaysSo() {
    TargetFixture.Result result = TargetFixture.read("城镇化率高于全省平均水平2个百分点。");

    assertThat(result.targets()).singleElement().satisfies(t -> {
      assertThat(t.kind()).isEqualTo(io.github.policytasks.core.TargetKind.POINTS);
      assertThat(t.direction()).isEqualTo(io.github.policytasks.core.Direction.INCREASE);
    });
    assertThat(result.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.TARGET_DIRECTION_ASSUMED));
  }

  @Test
  void read_unknownUnitWithBoundWord_keepsTargetAndWarns() {
    String body = "新建智慧路灯500盏以上。";
    TargetReader reader = new TargetReader(UnitCatalogue.standard().toBuilder().remove("盏").build());
    SourceText source = new SourceText(body);
    DiagnosticCollector diagnostics = new DiagnosticCollector(source, false);
    TargetFixture.Result result = new TargetFixture.Result(
        reader.read(source, 0, body.length(), "t1", 2023, diagnostics), diagnostics.diagnostics());

    assertThat(result.targets()).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("500盏以上");
      assertThat(t.value().toString()).isEqualTo("500盏");
      assertThat(t.normalized()).isNull();
      assertThat(t.dimension()).isNull();
    });
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.TARGET_UNIT_UNKNOWN);
      assertThat(d.span().start()).isEqualTo(6);
      assertThat(d.span().end()).isEqualTo(12);
    });
  }

  @Test
  void read_rateUnit_keepsWholeUnitWithoutNormalizedValue() {
    TargetFixture.Result result = TargetFixture.read("单位地区生产总值能耗降至0.45吨标准煤/万元以下，亩均税收达到25万元/亩。");

    assertThat(result.targets()).extracting(Target::text)
        .containsExactly("0.45吨标准煤/万元以下", "25万元/亩");
    assertThat(result.targets()).extracting(t -> t.value().unit().symbol())
        .containsExactly("吨标准煤/万元", "万元/亩");
    assertThat(result.targets()).extracting(Target::normalized).containsOnlyNulls();
    assertThat(result.diagnostics()).extracting(d -> d.code())
        .containsExactly(DiagnosticCode.TARGET_UNIT_UNKNOWN, DiagnosticCode.TARGET_UNIT_UNKNOWN);
  }

  @Test
  void read_digitsJoinedWrongly_reportsFigureReadInPart() {
    TargetFixture.Result result = TargetFixture.read("新增市场主体1,20家。");

    assertThat(result.targets()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.TARGET_PARTIAL);
      assertThat(d.span().start()).isEqualTo(6);
      assertThat(d.span().end()).isEqualTo(11);
    });
  }

  @Test
  void read_digitRunTooLongForAFigure_reportsItAndReadsOn() {
    String run = "1234567890".repeat(4);
    TargetFixture.Result result = TargetFixture.read("登记编号" + run + "家，新增企业10家。");

    assertThat(result.targets()).extracting(Target::text).containsExactly("10家");
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.TARGET_PARTIAL);
      assertThat(d.span().start()).isEqualTo(4);
      assertThat(d.span().end()).isEqualTo(4 + run.length());
    });
  }

  @Test
  void read_rangeWithLowerAboveUpper_reportsFigureReadInPart() {
    TargetFixture.Result result = TargetFixture.read("新建公园10-2处。");

    assertThat(result.targets()).isEmpty();
    assertThat(result.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.TARGET_PARTIAL));
  }

  @Test
  void read_strictMode_throwsAtFigureReadInPart() {
    String body = "新增市场主体1,20家。";
    SourceText source = new SourceText(body);
    DiagnosticCollector strict = new DiagnosticCollector(source, true);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> TargetFixture.READER.read(source, 0, body.length(), "t1", 2023, strict))
        .isInstanceOf(PlanParseException.class)
        .satisfies(e -> assertThat(((PlanParseException) e).getErrorIndex()).isEqualTo(6));
  }
}
