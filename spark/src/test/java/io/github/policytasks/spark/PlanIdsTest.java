package io.github.policytasks.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanIdsTest {
  @Test
  void of_fileUnderTheRoot_isItsRelativePath() {
    assertThat(PlanIds.of("file:/data/plans", "file:/data/plans/2019/a.txt"))
        .isEqualTo("2019/a.txt");
    assertThat(PlanIds.of("s3a://bucket/plans/", "s3a://bucket/plans/a.txt")).isEqualTo("a.txt");
  }

  @Test
  void of_rootIsTheFile_isItsName() {
    assertThat(PlanIds.of("file:/data/plans/a.txt", "file:/data/plans/a.txt")).isEqualTo("a.txt");
  }

  @Test
  void of_siblingWithTheRootAsPrefix_isNotUnderIt() {
    assertThat(PlanIds.of("file:/data/plans", "file:/data/plans2/a.txt")).isEqualTo("a.txt");
  }
}
