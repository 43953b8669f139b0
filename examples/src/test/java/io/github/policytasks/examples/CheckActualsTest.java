package io.github.policytasks.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.seeds.Seeds;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckActualsTest {

  @Test
  void print_reportsStatusExactGapInTheTargetsUnitAndRatio() {
    String printed = Printed.by(out ->
        CheckActuals.print(Seeds.jiaxiang2023(), CheckActuals.sampleActuals(), out));

    assertThat(printed.lines()).containsExactly(
        "t3.g1 科技型中小企业 80家以上, actual 86家: EXCEEDED, gap 6家, 完成率 107.5%",
        "t6.g2 产业集群规模 突破150亿元, actual 148.6亿元: SHORT, gap 1.4亿元, 完成率 99.1%",
        "t46.g4 高标准农田 3万亩, actual 20000000平方米: MET, gap 0万亩, 完成率 100.0%",
        "t47.g1 全县粮食播种面积 不低于154万亩, actual 1550000亩: EXCEEDED, gap 1万亩, 完成率 100.6%",
        "t49.g1 良种繁育基地 14万亩以上, actual 13.2万亩: SHORT, gap 0.8万亩, 完成率 94.3%");
  }

  @Test
  void checkSheet_printsReportedTargetsAndLeadUnits() throws Exception {
    java.nio.file.Path sheet = java.nio.file.Files.createTempFile("actuals", ".csv");
    java.nio.file.Files.writeString(sheet, "指标编号,实际完成\nt19.g1,52万千瓦\nt6.g2,148.6亿元\n");

    String printed = Printed.by(out -> {
      try {
        CheckActuals.checkSheet(sheet, out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    assertThat(printed.lines().limit(3)).containsExactly(
        "t6.g2 SHORT gap 1.4亿元 完成率 99.1%",
        "t19.g1 EXCEEDED gap 240兆瓦 完成率 185.7%",
        "县科技局: 0 of 26 attained");
    java.nio.file.Files.delete(sheet);
  }

  @Test
  void print_exactlyTheFloorOfMoreThan_isShortWithZeroGap() {
    String printed = Printed.by(out ->
        CheckActuals.print(Seeds.jiaxiang2023(), Map.of("t6.g2", "15000000000元"), out));

    assertThat(printed)
        .isEqualTo("t6.g2 产业集群规模 突破150亿元, actual 15000000000元: SHORT, gap 0亿元, 完成率 100.0%\n");
  }
}
