package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Direction;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One sentence, one target: every bound word, range form, kind, direction, Chinese numeral,
 * separator, open magnitude and script variant, with the fields the annotation guide gives it.
 */
class TargetPhraseTest {

  private static Arguments row(String sentence, String text, Bound comparator,
      TargetKind kind, Direction direction, String value, String unit, String upper,
      String normalized, String canonical) {
    return Arguments.of(sentence, text, comparator, kind, direction, value, unit, upper,
        normalized, canonical);
  }

  static Stream<Arguments> phrases() {
    Bound atLeast = Bound.AT_LEAST;
    Bound moreThan = Bound.MORE_THAN;
    Bound atMost = Bound.AT_MOST;
    Bound lessThan = Bound.LESS_THAN;
    Bound about = Bound.APPROXIMATELY;
    Bound range = Bound.RANGE;
    Bound exactly = Bound.EXACTLY;
    TargetKind amount = TargetKind.AMOUNT;
    TargetKind share = TargetKind.SHARE;
    TargetKind growth = TargetKind.GROWTH;
    TargetKind points = TargetKind.POINTS;
    Direction up = Direction.INCREASE;
    Direction down = Direction.DECREASE;
    return Stream.of(
        // AT_LEAST
        row("新增规模以上工业企业12家以上。", "12家以上", atLeast, amount, null, "12", "家", null, "12", "家"),
        row("市级以上龙头企业达到3家及以上。", "3家及以上", atLeast, amount, null, "3", "家", null, "3", "家"),
        row("全县粮食播种面积不低于154万亩。", "不低于154万亩", atLeast, amount, null, "154", "万亩", null, "3080000000/3", "平方米"),
        row("新建公共充电桩不少于500个。", "不少于500个", atLeast, amount, null, "500", "个", null, "500", "个"),
        row("每个镇街至少新落地1个按揭农业项目。", "至少新落地1个", atLeast, amount, null, "1", "个", null, "1", "个"),
        row("全年粮食总产稳定在50万吨以上。", "稳定在50万吨以上", atLeast, amount, null, "50", "万吨", null, "500000000", "千克"),
        row("全县能繁母猪保持在1.87万头以上。", "保持在1.87万头以上", atLeast, amount, null, "1.87", "万头", null, "18700", "头"),
        row("服务科技中小企业突破10家以上。", "突破10家以上", atLeast, amount, null, "10", "家", null, "10", "家"),
        row("港口吞吐量突破1000万吨以上。", "突破1000万吨以上", atLeast, amount, null, "1000", "万吨", null, "10000000000", "千克"),
        // MORE_THAN, open magnitudes
        row("有研发活动企业超过60家。", "超过60家", moreThan, amount, null, "60", "家", null, "60", "家"),
        row("接待游客突破350万人次。", "突破350万人次", moreThan, amount, null, "350", "万人次", null, "3500000", "人次"),
        row("培育农业产业化龙头企业多于15家。", "多于15家", moreThan, amount, null, "15", "家", null, "15", "家"),
        row("实现营业收入500多亿元。", "500多亿元", moreThan, amount, null, "500", "亿元", null, "50000000000", "元"),
        row("带动就业十几万人。", "十几万人", moreThan, amount, null, "10", "万人", null, "100000", "人"),
        row("服务群众二百余万人次。", "二百余万人次", moreThan, amount, null, "200", "万人次", null, "2000000", "人次"),
        row("新增市场主体10余家。", "10余家", moreThan, amount, null, "10", "家", null, "10", "家"),
        // AT_MOST, LESS_THAN
        row("城镇调查失业率控制在5.5%以内。", "控制在5.5%以内", atMost, share, null, "5.5", "%", null, "5.5", "%"),
        row("细颗粒物平均浓度不高于35微克/立方米。", "不高于35微克/立方米", atMost, amount, null, "35", "微克/立方米", null, "35", "微克/立方米"),
        row("单位产值能耗不超过0.5吨标准煤。", "不超过0.5吨标准煤", atMost, amount, null, "0.5", "吨标准煤", null, "0.5", "吨标准煤"),
        row("政务服务事项办理时限压缩至3个工作日以内。", "3个工作日以内", atMost, amount, null, "3", "个工作日", null, "3", "个工作日"),
        row("一般事故起数少于3起。", "少于3起", lessThan, amount, null, "3", "起", null, "3", "起"),
        row("刑事案件发案率低于5%。", "低于5%", lessThan, share, null, "5", "%", null, "5", "%"),
        // APPROXIMATELY
        row("实施10项左右种源技术攻关项目。", "10项左右", about, amount, null, "10", "项", null, "10", "项"),
        row("社会消费品零售总额约50亿元。", "约50亿元", about, amount, null, "50", "亿元", null, "5000000000", "元"),
        row("引进高层次人才近200人。", "近200人", about, amount, null, "200", "人", null, "200", "人"),
        row("农村居民人均可支配收入增长7%左右。", "7%左右", about, growth, up, "7", "%", null, "7", "%"),
        // RANGE, every separator
        row("新改建口袋公园1-2处。", "1-2处", range, amount, null, "1", "处", "2", "1", "处"),
        row("力争培育8—10个省级特色小镇。", "8—10个", range, amount, null, "8", "个", "10", "8", "个"),
        row("改造老旧管网15～20公里。", "15～20公里", range, amount, null, "15", "公里", "20", "15000", "米"),
        row("建设高标准农田3万~5万亩。", "3万~5万亩", range, amount, null, "3", "万亩", "5", "20000000", "平方米"),
        row("新增护理床位100至150张。", "100至150张", range, amount, null, "100", "张", "150", "100", "张"),
        row("新建村级服务站三到五个。", "三到五个", range, amount, null, "3", "个", "5", "3", "个"),
        row("地区生产总值增长4.5%-5%。", "4.5%-5%", range, growth, up, "4.5", "%", "5", "4.5", "%"),
        row("总体签约率提升1-3个百分点。", "1-3个百分点", range, points, up, "1", "个百分点", "3", "1", "百分点"),
        row("争取新增建设用地指标15-30亩。", "15-30亩", range, amount, null, "15", "亩", "30", "10000", "平方米"),
        // EXACTLY, after 达到/完成/实施/新增/力争
        row("新增托位798个。", "798个", exactly, amount, null, "798", "个", null, "798", "个"),
        row("力争新能源发电装机规模达到280兆瓦。", "280兆瓦", exactly, amount, null, "280", "兆瓦", null, "280000000", "瓦"),
        row("计划完成投资4.8亿元。", "4.8亿元", exactly, amount, null, "4.8", "亿元", null, "480000000", "元"),
        row("实施3.46万亩稻田退水治理区域。", "3.46万亩", exactly, amount, null, "3.46", "万亩", null, "69200000/3", "平方米"),
        row("每千人口托位数达到4.3个。", "4.3个", exactly, amount, null, "4.3", "个", null, "4.3", "个"),
        row("新增光伏装机容量12万千瓦。", "12万千瓦", exactly, amount, null, "12", "万千瓦", null, "120000000", "瓦"),
        row("全社会用电量达到25亿千瓦时。", "25亿千瓦时", exactly, amount, null, "25", "亿千瓦时", null, "2500000000", "千瓦时"),
        row("新增日供水能力5万立方米。", "5万立方米", exactly, amount, null, "5", "万立方米", null, "50000", "立方米"),
        row("修复退化湿地200公顷。", "200公顷", exactly, amount, null, "200", "公顷", null, "2000000", "平方米"),
        row("全县公路总里程达到2048.31公里。", "2048.31公里", exactly, amount, null, "2048.31", "公里", null, "2048310", "米"),
        row("累计新增光纤用户2万户。", "2万户", exactly, amount, null, "2", "万户", null, "20000", "户"),
        // Chinese numerals, separators, magnitudes
        row("新增城镇就业两千人。", "两千人", exactly, amount, null, "2000", "人", null, "2000", "人"),
        row("打造三家市级示范园区。", "三家", exactly, amount, null, "3", "家", null, "3", "家"),
        row("新建十五个村级服务站。", "十五个", exactly, amount, null, "15", "个", null, "15", "个"),
        row("新建两个社区食堂。", "两个", exactly, amount, null, "2", "个", null, "2", "个"),
        row("争取上级资金一百二十万元。", "一百二十万元", exactly, amount, null, "120", "万元", null, "1200000", "元"),
        row("救助资金发放不低于1,200万元。", "不低于1,200万元", atLeast, amount, null, "1200", "万元", null, "12000000", "元"),
        row("完成造林1,100万亩。", "1,100万亩", exactly, amount, null, "1100", "万亩", null, "22000000000/3", "平方米"),
        row("储备粮轮换3万4000吨。", "3万4000吨", exactly, amount, null, "34000", "吨", null, "34000000", "千克"),
        row("全年新增城镇就业0.22万人以上。", "0.22万人以上", atLeast, amount, null, "0.22", "万人", null, "2200", "人"),
        row("全县生猪出栏达到１２０万头。", "１２０万头", exactly, amount, null, "120", "万头", null, "1200000", "头"),
        // Traditional characters
        row("新增綠色建築50萬平方米以上。", "50萬平方米以上", atLeast, amount, null, "50", "萬平方米", null, "500000", "平方米"),
        row("招引億元以上項目不少於20個。", "不少於20個", atLeast, amount, null, "20", "個", null, "20", "个"),
        // SHARE
        row("研发机构建有率达到35%以上。", "35%以上", atLeast, share, null, "35", "%", null, "35", "%"),
        row("森林覆盖率达到40%。", "40%", exactly, share, null, "40", "%", null, "40", "%"),
        row("绿色建筑占比达到100%。", "100%", exactly, share, null, "100", "%", null, "100", "%"),
        row("75%的城市社区达到四星级以上标准。", "75%", exactly, share, null, "75", "%", null, "75", "%"),
        row("农村自来水普及率提高到98%。", "98%", exactly, share, null, "98", "%", null, "98", "%"),
        row("建设用地指标的5%用于保障乡村振兴用地。", "5%", exactly, share, null, "5", "%", null, "5", "%"),
        row("农村自来水普及率达到百分之九十五。", "百分之九十五", exactly, share, null, "95", "%", null, "95", "%"),
        row("城镇调查失业率控制在５．５％以内。", "控制在５．５％以内", atMost, share, null, "5.5", "％", null, "5.5", "%"),
        // GROWTH and POINTS with direction
        row("进出口增长20%以上。", "20%以上", atLeast, growth, up, "20", "%", null, "20", "%"),
        row("规上工业增加值同比增长8%。", "8%", exactly, growth, up, "8", "%", null, "8", "%"),
        row("固定资产投资增速保持在8%左右。", "保持在8%左右", about, growth, up, "8", "%", null, "8", "%"),
        row("单位地区生产总值能耗年均下降3.5%。", "3.5%", exactly, growth, down, "3.5", "%", null, "3.5", "%"),
        row("化肥使用量降低2%。", "2%", exactly, growth, down, "2", "%", null, "2", "%"),
        row("研发经费投入提高10%。", "10%", exactly, growth, up, "10", "%", null, "10", "%"),
        row("优良天数比例提高2个百分点。", "2个百分点", exactly, points, up, "2", "个百分点", null, "2", "百分点"),
        row("重污染天数比率下降1.5个百分点。", "1.5个百分点", exactly, points, down, "1.5", "个百分点", null, "1.5", "百分点"),
        row("研发投入强度提高0.1到0.2个百分点。", "0.1到0.2个百分点", range, points, up, "0.1", "个百分点", "0.2", "0.1", "百分点"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("phrases")
  void read_targetPhrase_givesGuideFields(String sentence, String text, Bound comparator,
      TargetKind kind, Direction direction, String value, String unit, String upper,
      String normalized, String canonical) {
    List<Target> targets = TargetFixture.targets(sentence);

    assertThat(targets).hasSize(1);
    Target target = targets.get(0);
    assertThat(target.id()).isEqualTo("t1.g1");
    assertThat(target.text()).isEqualTo(text);
    assertThat(sentence.substring(target.span().start(), target.span().end())).isEqualTo(text);
    assertThat(target.comparator()).isEqualTo(comparator);
    assertThat(target.kind()).isEqualTo(kind);
    assertThat(target.direction()).isEqualTo(direction);
    assertThat(target.value()).isEqualTo(Quantity.of(value, unit));
    if (upper == null) {
      assertThat(target.upper()).isNull();
      assertThat(target.normalizedUpper()).isNull();
    } else {
      assertThat(target.upper()).isEqualTo(Quantity.of(upper, unit));
      assertThat(target.normalizedUpper()).isNotNull();
    }
    assertThat(target.normalized()).isNotNull();
    assertThat(target.normalized().unit().symbol()).isEqualTo(canonical);
    assertThat(target.normalized().amount().isEquivalentTo(Amount.parse(normalized)))
        .as("normalized %s", target.normalized())
        .isTrue();
    assertThat(target.dimension()).isNotNull();
  }
}
