package io.github.policytasks.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The allocation-free id comparison of {@link PlanIds} agrees with comparing to the written id. */
class PlanIdsTest {
  static Stream<String> ids() {
    return Stream.of("", "t", "t0", "t1", "t9", "t10", "t12", "t012", "t12 ", "T12", "t１２", "t120",
        "t12.g3", "t12.g30", "t12.g03", "t12.g", "t1.g3", "t12g3", "s3", "s3.2", "s3.g2", "s30.g2",
        "s3.12", "s3..2", "x12", "t2147483647", "t-1");
  }

  @ParameterizedTest
  @MethodSource("ids")
  void isCounted_isEqualityWithTheWrittenId(String id) {
    for (int count : new int[] {1, 2, 3, 9, 10, 12, 30, 120, 2147483647}) {
      for (String[] form : new String[][] {{"", "t"}, {"", "s"}, {"t12", ".g"}, {"s3", ".g"}, {"s3", "."}}) {
        assertThat(PlanIds.isCounted(id, form[0], form[1], count))
            .as("%s against %s%s%d", id, form[0], form[1], count)
            .isEqualTo(id.equals(form[0] + form[1] + count));
      }
    }
  }

  @Property
  void isCounted_acceptsExactlyTheWrittenCount(@ForAll @IntRange(min = 1) int count,
      @ForAll @IntRange(min = 1) int other) {
    assertThat(PlanIds.isCounted("t12.g" + count, "t12", ".g", count)).isTrue();
    assertThat(PlanIds.isCounted("t12.g" + other, "t12", ".g", count)).isEqualTo(other == count);
    assertThat(PlanIds.isCounted("t" + count, "", "t", count)).isTrue();
    assertThat(PlanIds.isCounted("s" + other, "", "t", count)).isFalse();
  }
}
