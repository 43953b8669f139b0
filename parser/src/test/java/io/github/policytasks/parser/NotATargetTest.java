package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Target;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every "not a target" case of annotation guide §3, alone in a sentence: no target comes out. */
class NotATargetTest {

  static Stream<String> traps() {
    return Stream.of(
        // dates and years
        "制定2023年重点工作任务如下。",
        "落实三年行动计划(2023-2025年)。",
        "2023年8月8日印发实施。",
        "年底前完成嘉星热电机组拆除。",
        "6月底前完成项目选址。",
        "9月30日前完成验收。",
        "每月15日前报送进展情况。",
        "推动2023年度水利部批次整改。",
        // document numbers
        "嘉政办字〔2023〕22号。",
        "落实《行动计划》(鲁政办字〔2023〕5号)要求。",
        "按照济政发[2022]12号文件执行。",
        // names and slogans with numbers
        "深入学习贯彻党的二十大精神。",
        "加快突破“十强产业”领域关键技术。",
        "实施“四个一”聚智引才行动。",
        "积极融入市“1+N”产业协同创新体系。",
        "聚焦“231”产业集群。",
        "以“1352”农业全产业链产业集群打造为抓手。",
        "打造“一园三基地”的发展格局。",
        "全面完成“两清零一提标”。",
        "开展“千场大戏进农村”“百场戏曲进校园”活动。",
        "落实安全生产“八抓20条”创新举措。",
        "加力实施房地产消费“十二条”。",
        "实施居民收入十年“双倍增”行动。",
        "抓南四湖流域水污染综合整治三年行动收官。",
        // size classes and names of places or programmes
        "打造千亿级产业集群。",
        "培育百亿级龙头企业。",
        "建设万亩示范片。",
        "打造百亩攻关田。",
        "编制“十四五”规划。",
        "十四五期间持续推进。",
        "建设10万吨级码头泊位。",
        "力争实现百亿产业、百亿园区、百亿强企“三百”工程突破。",
        // ordinals and identifiers
        "举办第一届电商供应链基地展销会。",
        "开展第三次全国土壤普查。",
        "申报第六批市级文物保护单位。",
        "推进嘉星热电3#机组拆除工作。",
        "完成S244汶金线新营至嘉祥北外环段建设。",
        "按时完成新建5G基站任务。",
        "确保PM2.5浓度超额完成市定目标。",
        "争取全国前50强企业落户。",
        "实现使用频率最高的前100项电子证照全面应用。",
        "城市社区达到四星级以上标准。",
        "推动县国土空间总体规划以全省第一方阵获批。",
        // thresholds inside subjects
        "签约10亿元以上项目。",
        "引进总投资5000万元以上的项目。",
        "服务60岁以上老年人。",
        // counts of things named just before
        "围绕有机颜料、碳基新材料等5大产业链延链补链。",
        "依托化工园区、高新园区等3家省级园区招商。",
        "由原来的两个医共体牵头单位调整为一个牵头单位。",
        // per-capita and scoped figures
        "万人高价值发明专利拥有量持续提升。",
        "每千人口床位数稳步增长。",
        "每10万人口拥有全科医生数逐年提高。",
        // capacities in project names
        "实施辰星碳素年产10万吨炭黑油、3600吨纺丝沥青技改扩产项目。",
        "启动嘉冠粮油150万吨饲料蛋白及副产品深加工项目建设。",
        // set phrases with numerals
        "统一规划一批重点项目。",
        "推行一次性告知制度。",
        "打造一站式服务平台。",
        "建立一户一档台账。",
        "开启新一轮国企改革。",
        "坚持一起部署、一起推进。",
        "推动部分科室和一部分群众受益。",
        "推进洪润电碳二期项目。",
        "修缮岳氏三支祠。",
        "落实省、市两级服务平台作用。",
        "健全县乡村三级疾病预防控制体系。",
        "培养引进一批高水平内容制作团队。",
        // names built on a time, ages and anniversaries
        "打造15分钟生活圈。",
        "建设十五分钟便民服务圈。",
        "建设24小时自助图书馆。",
        "为65周岁以上老年人免费体检。",
        "庆祝建党100周年。",
        "建设二〇二三年度重点项目。",
        "对接12345政务服务热线。",
        "创建5A级景区和三级甲等医院。",
        "做到一村一品、一户一档、一人一策。",
        "打造前三季度经济亮点。",
        "实施121人才梯队项目。",
        // counts of named departments: a classifier's character opens 部委, 部门
        "按照生态环境部等18部委要求推进。",
        "省教育厅等12部门联合印发实施方案。",
        // the number of a part of the document: an annex, an annexed table
        "附件1所列项目全部开工。",
        "按附表2所列指标逐项落实。",
        // the count of a named plan's list (§6 counts of existing things)
        "聚焦国家“十四五”规划102项重大工程，梳理筛选项目向民间资本推介。",
        "落实“十四五”计划102项重大工程建设任务。");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("traps")
  void read_notATarget_givesNoTarget(String sentence) {
    List<Target> targets = TargetFixture.targets(sentence);

    assertThat(targets).isEmpty();
  }

  static Stream<Arguments> trapsBesideTargets() {
    return Stream.of(
        Arguments.of("签约亿元以上项目20个、10亿元以上项目2个。", List.of("20个", "2个")),
        Arguments.of("由5%提高到8%。", List.of("8%")),
        Arguments.of("围绕“231”产业集群，培育规上企业20家以上。", List.of("20家以上")),
        Arguments.of("开展第三次全国土壤普查，实现农用地100%安全利用。", List.of("100%")),
        Arguments.of("确保PM2.5平均浓度控制在35微克/立方米以内。", List.of("控制在35微克/立方米以内")),
        Arguments.of("年底前完成年度162个村庄生活污水治理任务。", List.of("162个")),
        Arguments.of("力争2023年人民医院新院区建成，新增床位200张。", List.of("200张")),
        Arguments.of("争取新增“育繁推”一体化企业1家、全国前50强企业1家。", List.of("1家", "1家")),
        Arguments.of("引进10亿元项目3个。", List.of("3个")),
        Arguments.of("返还标准可按6个月的企业及其职工应缴纳社会保险费50%的标准确定。", List.of("6个月", "50%")),
        Arguments.of("补贴可按3个月的当地月人均工资确定。", List.of("3个月")),
        Arguments.of("2022年全县粮食产量达到50万吨，2023年力争达到52万吨。", List.of("52万吨")),
        Arguments.of("截至目前，全县已建成5G基站800个，今年新建300个。", List.of("300个")),
        Arguments.of("全县现有规上企业120家，新增20家。", List.of("20家")),
        Arguments.of("营业收入比去年增长8%，利润较上年提高2个百分点。", List.of("8%", "2个百分点")),
        Arguments.of("改造老旧小区36个。附件1所列项目全部开工。", List.of("36个")),
        Arguments.of("围绕“十四五”规划102项重大工程，年度计划推进项目30个。", List.of("30个")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trapsBesideTargets")
  void read_trapBesideTarget_givesOnlyTheTarget(String sentence, List<String> texts) {
    List<Target> targets = TargetFixture.targets(sentence);

    assertThat(targets).extracting(Target::text).containsExactlyElementsOf(texts);
  }
}
