package io.github.policytasks.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanRegionTest {
  @Test
  void in_countyIssuer_isTheCounty() {
    assertThat(PlanRegion.in("嘉祥县人民政府办公室")).isEqualTo("嘉祥县");
  }

  @Test
  void in_chainOfRegions_keepsTheChain() {
    assertThat(PlanRegion.in("济宁市嘉祥县人民政府")).isEqualTo("济宁市嘉祥县");
  }

  @Test
  void in_provinceAndAutonomousRegion_areRead() {
    assertThat(PlanRegion.in("河北省人民政府办公厅")).isEqualTo("河北省");
    assertThat(PlanRegion.in("内蒙古自治区人民政府")).isEqualTo("内蒙古自治区");
  }

  @Test
  void in_centralIssuer_isTheWholeCountry() {
    assertThat(PlanRegion.in("国务院办公厅")).isEqualTo(PlanRegion.NATIONAL);
  }

  @Test
  void in_determinerOrNoEnding_isNoRegion() {
    assertThat(PlanRegion.in("各市（含定州、辛集市）人民政府")).isNull();
    assertThat(PlanRegion.in("关于推进人才集聚工程的实施意见")).isNull();
    assertThat(PlanRegion.in("深化改革开放")).isNull();
  }

  @Test
  void in_yearAfterTheName_endsTheName() {
    assertThat(PlanRegion.in("石城县2018年度河长制")).isEqualTo("石城县");
  }
}
