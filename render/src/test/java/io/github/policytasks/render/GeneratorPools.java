package io.github.policytasks.render;

import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.TargetKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The realistic words generated plans are made of: responsible units of every level and kind,
 * task and section titles, subjects for each kind of target, and filler sentences. The lists
 * written here come from the seed plan (嘉政办字〔2023〕22号); {@link Vocabulary} adds words from
 * beyond it (test resources, each saying where its words come from), and its fillers put note
 * keys, unit verbs, bracketed remarks, deadline words and figures that are not targets into the
 * running text.
 */
final class GeneratorPools {
  private GeneratorPools() {}

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }

  static final List<String> UNITS = concat(Vocabulary.UNITS, List.of(
      "县科技局", "县工业和信息化局", "县发展和改革局", "县委组织部", "县委宣传部", "县财政局",
      "县商务局", "县住房和城乡建设局", "县自然资源和规划局", "县农业农村局", "县水务局",
      "县交通运输局", "县教育和体育局", "县卫生健康局", "县民政局", "县人力资源社会保障局",
      "县市场监督管理局", "县行政审批服务局", "县应急管理局", "县文化和旅游局", "县大数据中心",
      "县投资促进发展中心", "县金融工作服务中心", "县国有资产事务中心", "县经开区", "县城建集团",
      "市生态环境局嘉祥县分局", "中国人民银行嘉祥县支行", "嘉祥街道办事处", "县供销合作社联合社",
      "市发展改革委", "市财政局", "省科技厅", "区商务局", "区城市管理局", "高新区管委会",
      "县税务局", "国网嘉祥县供电公司", "县公安局", "各镇人民政府"));

  static final List<String> LEADERS = List.of("张伟", "王芳", "李强", "刘洋", "陈静", "赵磊");

  static final List<String> TASK_TITLES = concat(Vocabulary.TITLES, List.of(
      "搭建创新平台", "突破关键技术", "培育创新主体", "引育创新人才", "优化创新生态",
      "做强先进制造业集群", "大力发展数字经济", "推动消费扩容提质", "加快重点项目建设",
      "完善要素保障机制", "大力发展绿色建筑", "强化生态建设和修复", "加快现代水网建设",
      "实施文明创建工程", "推进县域经济高质量发展", "实施城市更新行动", "强化耕地保护与建设",
      "实施农业种业振兴工程", "促进民营经济健康发展", "推进进出口提质增效", "促进居民就业和增收",
      "提升卫生健康服务水平", "完善兜底性养老服务", "着力抓实安全生产"));

  static final List<String> SECTION_TITLES = List.of(
      "聚力创新驱动战略,建设高水平创新城市", "聚力新旧动能转换,构建现代产业体系",
      "聚力扩内需促消费,挖潜释放市场潜能", "聚力降碳减污扩绿,厚植绿色发展底色",
      "聚力文化自信自强", "聚力都市区一体化,引领区域协调发展", "聚力建设农业强县",
      "聚力深化改革开放,激发发展动力活力", "聚力增进民生福祉", "聚力统筹发展安全");

  static final List<String> SUBSECTION_TITLES = List.of(
      "强化科技创新", "壮大实体经济", "扩大有效需求", "推进绿色转型", "繁荣文化事业",
      "深化改革攻坚", "保障改善民生", "守牢安全底线");

  /** Sentences without targets: the seed's, then the vocabulary's with their traps. */
  static final List<Vocabulary.Filler> FILLERS = concat(List.of(
      "深入贯彻党的二十大精神", "聚焦“十强产业”推动补链强链", "加快5G基站和数据中心建设",
      "确保PM2.5浓度持续改善", "积极融入“1+N”产业协同创新体系", "推进S244汶金线改造提升",
      "推动嘉星热电3#机组拆除", "实施“四个一”聚智引才行动", "打造千亿级产业集群",
      "落实“十四五”规划部署", "健全长效工作机制", "强化要素保障", "持续优化营商环境",
      "开展第三次全国土壤普查").stream().map(t -> new Vocabulary.Filler("seed", t, 0)).toList(),
      Vocabulary.FILLERS);

  static final List<String> PLACES = concat(
      List.of("嘉祥县", "汶上县", "济宁市任城区", "临沂市", "山东省"), Vocabulary.REGIONS);

  static final List<String> OFFICES = Vocabulary.OFFICES;

  static final List<String> THEMES = concat(Vocabulary.THEMES, List.of(
      "深化新旧动能转换推动绿色低碳高质量发展", "优化营商环境", "全面推进乡村振兴",
      "政府工作报告", "民生实事"));

  static final List<String> REFERENCE_TITLES = List.of(
      "山东省建设绿色低碳高质量发展先行区三年行动计划(2023-2025年)",
      "济宁市深化新旧动能转换推动绿色低碳高质量发展三年行动计划(2023-2025年)",
      "关于推动经济稳中向好进一步提质增效的若干措施");

  static final List<String> REFERENCE_NUMBERS = List.of("鲁政办字〔2023〕5号", "济政办字〔2023〕22号");

  private static final List<String> COUNT_SUBJECTS = List.of(
      "培育高新技术企业", "建设智慧社区", "引育高端人才", "新建口袋公园", "创建文明村镇",
      "新增规上服务业企业", "新增护理型床位", "开展主题促消费活动", "签约亿元以上项目",
      "签约10亿元以上项目", "累计新增农村改厕", "每千人口托位数", "每个镇街新落地按揭农业项目");

  static List<String> amountSubjects(Dimension dimension) {
    switch (dimension) {
      case CURRENCY:
        return List.of("完成固定资产投资", "争取上级资金", "数字经济核心产业营收", "新增贷款");
      case AREA:
        return List.of("新增绿色建筑", "改造提升高标准农田", "完成荒山绿化", "粮食播种面积");
      case MASS:
        return List.of("粮食产量", "港口吞吐量", "水产品产量", "蔬菜产量");
      case LENGTH:
        return List.of("公路总里程", "新建改造污水管网", "新建绿道");
      case POWER:
        return List.of("新能源发电装机规模", "分布式光伏装机");
      case ENERGY:
        return List.of("全社会用电量", "绿色电力交易电量");
      case VOLUME:
        return List.of("新增蓄水能力", "年供水量");
      case STANDARD_COAL:
        return List.of("节约能源", "能源消费总量");
      case CONCENTRATION:
        return List.of("细颗粒物平均浓度", "可吸入颗粒物平均浓度");
      case DURATION:
        return List.of("企业开办时间", "工程建设项目审批时间");
      default:
        return COUNT_SUBJECTS;
    }
  }

  static List<String> subjectsOf(TargetKind kind) {
    switch (kind) {
      case SHARE:
        return List.of("城市生活垃圾分类设施覆盖率", "研发机构建有率", "绿色建筑占比", "公办率",
            "证明材料共享率");
      case GROWTH:
        return List.of("外贸进出口", "规上工业增加值", "社会消费品零售总额", "单位地区生产总值能耗",
            "万元地区生产总值能耗年均", "一般公共预算收入同比");
      default:
        return List.of("签约率", "城镇化率", "森林覆盖率", "研发经费投入强度");
    }
  }
}
