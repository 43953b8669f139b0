package io.github.policytasks.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.seeds.Seeds;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckActualsTest {

  @Test
  void print_reportsMetAndMissedWithExactGapsInTheTargetsUnit() {
    String printed = Printed.by(out ->
        CheckActuals.print(Seeds.jiaxiang2023(), CheckActuals.sampleActuals(), out));

    assertThat(printed.lines()).containsExactly(
        "t3.g1 科技型中小企业 80家以上, actual 86家: met",
        "t6.g2 产业集群规模 突破150亿元, actual 148.6亿元: missed by 1.4亿元 (BELOW)",
        "t47.g1 全县粮食播种面积 不低于154万亩, actual 1550000亩: met",
        "t49.g1 良种繁育基地 14万亩以上, actual 13.2万亩: missed by 0.8万亩 (BELOW)",
        "t46.g4 高标准农田 3万亩, actual 20000000平方米: met");
  }

  @Test
  void print_exactlyTheFloorOfMoreThan_isMissedWithZeroGap() {
    String printed = Printed.by(out ->
        CheckActuals.print(Seeds.jiaxiang2023(), Map.of("t6.g2", "15000000000元"), out));

    assertThat(printed)
        .isEqualTo("t6.g2 产业集群规模 突破150亿元, actual 15000000000元: missed by 0亿元 (BELOW)\n");
  }
}
