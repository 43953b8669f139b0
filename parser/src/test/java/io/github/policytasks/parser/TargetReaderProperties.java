package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import io.github.policytasks.metrics.Normalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Laws of the target reader: a worded target reads back as the target it words, with its exact
 * normalized value from the metrics normaliser; several targets in one task keep their order and
 * ids; any text at all reads without an exception into targets whose spans hold their text; and
 * one reader gives the same answer on many threads at once.
 */
class TargetReaderProperties {
  private static final List<String> AMOUNT_UNITS = List.of(
      "家", "个", "项", "人", "名", "人次", "座", "所", "场", "套", "张", "户", "台", "处", "条", "部",
      "头", "辆", "元", "万元", "亿元", "平方米", "万平方米", "平方公里", "公顷", "亩", "万亩", "吨",
      "万吨", "公斤", "公里", "米", "千瓦", "万千瓦", "兆瓦", "千瓦时", "万千瓦时", "立方米",
      "万立方米", "吨标准煤", "万人", "万人次", "万头", "万户");
  private static final List<String> AMOUNT_SUBJECTS = List.of(
      "规上工业企业", "高标准农田", "农村公路", "城市书房", "社区食堂", "光伏装机", "招商引资到位资金",
      "省级示范园区", "改造老旧小区");
  private static final List<String> SHARE_SUBJECTS = List.of(
      "森林覆盖率", "城镇化率", "政务服务网上可办率", "绿色建筑占比", "污水集中收集率");
  private static final List<String> POINTS_SUBJECTS = List.of("签约率", "优良天数比例", "城镇化率");

  /** A worded target: the sentence, its text, comparator, kind, value, upper value and unit. */
  record Worded(String sentence, String text, Bound comparator, TargetKind kind,
      BigDecimal value, BigDecimal upper, String unit) {}

  @Provide
  Arbitrary<Worded> worded() {
    Arbitrary<BigDecimal> values = Combinators.combine(
            Arbitraries.longs().between(1, 99_999), Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
    Arbitrary<Integer> wordings = Arbitraries.integers().between(0, 11);
    Arbitrary<Integer> kinds = Arbitraries.integers().between(0, 2);
    Arbitrary<Integer> picks = Arbitraries.integers().between(0, 1000);
    Arbitrary<Long> widths = Arbitraries.longs().between(1, 500);
    return Combinators.combine(values, wordings, kinds, picks, widths).as(TargetReaderProperties::word);
  }

  private static Worded word(BigDecimal value, int wording, int kindIndex, int pick, long width) {
    TargetKind kind = kindIndex == 0 ? TargetKind.AMOUNT : kindIndex == 1 ? TargetKind.SHARE : TargetKind.POINTS;
    String unit;
    String prefix;
    if (kind == TargetKind.AMOUNT) {
      unit = AMOUNT_UNITS.get(pick % AMOUNT_UNITS.size());
      prefix = AMOUNT_SUBJECTS.get(pick % AMOUNT_SUBJECTS.size()) + (pick % 2 == 0 ? "达到" : "");
    } else if (kind == TargetKind.SHARE) {
      unit = "%";
      prefix = SHARE_SUBJECTS.get(pick % SHARE_SUBJECTS.size()) + "达到";
    } else {
      unit = pick % 2 == 0 ? "个百分点" : "百分点";
      prefix = POINTS_SUBJECTS.get(pick % POINTS_SUBJECTS.size()) + "提高";
    }
    String n = value.toPlainString();
    BigDecimal upper = value.add(BigDecimal.valueOf(width, value.scale()));
    String m = upper.toPlainString();
    String text;
    Bound comparator;
    switch (wording) {
      case 0: text = n + unit + "以上"; comparator = Bound.AT_LEAST; break;
      case 1: text = "不低于" + n + unit; comparator = Bound.AT_LEAST; break;
      case 2: text = "突破" + n + unit + "以上"; comparator = Bound.AT_LEAST; break;
      case 3: text = "超过" + n + unit; comparator = Bound.MORE_THAN; break;
      case 4: text = "突破" + n + unit; comparator = Bound.MORE_THAN; break;
      case 5: text = n + unit + "以内"; comparator = Bound.AT_MOST; break;
      case 6: text = "不超过" + n + unit; comparator = Bound.AT_MOST; break;
      case 7: text = "低于" + n + unit; comparator = Bound.LESS_THAN; break;
      case 8: text = n + unit + "左右"; comparator = Bound.APPROXIMATELY; break;
      case 9: text = n + "-" + m + unit; comparator = Bound.RANGE; break;
      case 10: text = n + unit + "至" + m + unit; comparator = Bound.RANGE; break;
      default: text = n + unit; comparator = Bound.EXACTLY; break;
    }
    return new Worded(prefix + text + "。", text, comparator, kind, value,
        comparator == Bound.RANGE ? upper : null, unit);
  }

  @Property(tries = 400)
  void read_wordedTarget_readsBackWithExactNormalizedValue(@ForAll("worded") Worded worded) {
    List<Target> targets = TargetFixture.targets(worded.sentence());

    assertThat(targets).as(worded.sentence()).hasSize(1);
    Target target = targets.get(0);
    assertThat(target.text()).isEqualTo(worded.text());
    assertThat(worded.sentence().substring(target.span().start(), target.span().end()))
        .isEqualTo(worded.text());
    assertThat(target.comparator()).isEqualTo(worded.comparator());
    assertThat(target.kind()).isEqualTo(worded.kind());
    Quantity value = Quantity.of(worded.value(), worded.unit());
    assertThat(target.value()).isEqualTo(value);
    assertThat(target.normalized()).isEqualTo(Normalizer.standard().normalize(value));
    if (worded.upper() == null) {
      assertThat(target.upper()).isNull();
    } else {
      Quantity upper = Quantity.of(worded.upper(), worded.unit());
      assertThat(target.upper()).isEqualTo(upper);
      assertThat(target.normalizedUpper()).isEqualTo(Normalizer.standard().normalize(upper));
    }
  }

  @Provide
  Arbitrary<List<Worded>> severalWorded() {
    return worded().list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 200)
  void read_severalWordedTargets_keepsDocumentOrderAndIds(
      @ForAll("severalWorded") List<Worded> worded) {
    StringBuilder body = new StringBuilder("推进重点工作。");
    for (Worded w : worded) {
      body.append(w.sentence(), 0, w.sentence().length() - 1).append('，');
    }
    body.setCharAt(body.length() - 1, '。');

    List<Target> targets = TargetFixture.targets(body.toString());

    assertThat(targets).extracting(Target::text)
        .containsExactlyElementsOf(worded.stream().map(Worded::text).toList());
    for (int i = 0; i < targets.size(); i++) {
      assertThat(targets.get(i).id()).isEqualTo("t1.g" + (i + 1));
    }
  }

  @Provide
  Arbitrary<String> genreNoise() {
    return Arbitraries.strings()
        .withChars("0123456789１２.,，、。；:-—～至到以上下内左右约近超过突破不低于少万亿千百十两一二三五个家亩元吨%％百分点年月日前第每等“”《》〔〕（）()多余几级率增长下降提高新增达到")
        .ofMaxLength(80);
  }

  @Property(tries = 1000)
  void read_anyText_neverThrowsAndSpansHoldTheirText(@ForAll("genreNoise") String body) {
    String input = "前言" + body + "尾";
    TargetFixture.Result result = TargetFixture.read(input, 2, 2 + body.length(), "t3");

    for (int i = 0; i < result.targets().size(); i++) {
      Target target = result.targets().get(i);
      assertThat(target.id()).isEqualTo("t3.g" + (i + 1));
      assertThat(target.span().start()).isGreaterThanOrEqualTo(2);
      assertThat(target.span().end()).isLessThanOrEqualTo(2 + body.length());
      assertThat(input.substring(target.span().start(), target.span().end())).isEqualTo(target.text());
    }
    result.diagnostics().forEach(d -> {
      assertThat(d.span().start()).isGreaterThanOrEqualTo(2);
      assertThat(d.span().end()).isLessThanOrEqualTo(2 + body.length());
    });
  }

  @Test
  void read_oneReaderOnManyThreads_givesTheSameTargets() throws Exception {
    String body = "新增规上工业企业12家以上，森林覆盖率达到40%，签约率提升1-3个百分点，完成投资4.8亿元。";
    List<Target> expected = TargetFixture.targets(body);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Target>>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> TargetFixture.targets(body)));
      }
      for (Future<List<Target>> future : futures) {
        assertThat(future.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).hasSize(4);
  }
}
