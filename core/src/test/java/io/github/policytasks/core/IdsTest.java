package io.github.policytasks.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The id checks accept exactly what the id grammars of the model describe. */
class IdsTest {
  private static final Pattern TASK = Pattern.compile("t[1-9][0-9]*");
  private static final Pattern TARGET = Pattern.compile("t[0-9]+\\.g[1-9][0-9]*");
  private static final Pattern TARGET_OR_GOAL = Pattern.compile("[ts][0-9]+\\.g[1-9][0-9]*");
  private static final Pattern SECTION = Pattern.compile("s[0-9]+");
  private static final Pattern SUBSECTION = Pattern.compile("s[0-9]+\\.[1-9][0-9]*");

  static Stream<String> ids() {
    return Stream.of("", "t", "s", "t0", "t1", "t12", "t012", "t1a", "T1", "t١", "t12.g3", "t12.g0",
        "t12.g", "t.g1", "t12.3", "t12.g03", "t0.g1", "t12.g3.", "t12g3", "s0", "s3", "s03", "s3.2",
        "s3.0", "s3.", "s.2", "s3.20", "s3.2.1", "s-1", "t-1", " t1", "t1 ", "t１", "s３", "s2.g1", "s0.g12", "s2.g0", "s.g1", "x2.g1", "s2.g1 ");
  }

  @ParameterizedTest
  @MethodSource("ids")
  void isTaskId_agreesWithItsGrammar(String id) {
    assertThat(Ids.isTaskId(id)).isEqualTo(TASK.matcher(id).matches());
  }

  @ParameterizedTest
  @MethodSource("ids")
  void isTargetId_agreesWithItsGrammar(String id) {
    assertThat(Ids.isTargetId(id)).isEqualTo(TARGET.matcher(id).matches());
  }

  @ParameterizedTest
  @MethodSource("ids")
  void isTargetOrGoalId_agreesWithItsGrammar(String id) {
    assertThat(Ids.isTargetOrGoalId(id)).isEqualTo(TARGET_OR_GOAL.matcher(id).matches());
  }

  @ParameterizedTest
  @MethodSource("ids")
  void isSectionId_agreesWithItsGrammar(String id) {
    assertThat(Ids.isSectionId(id)).isEqualTo(SECTION.matcher(id).matches());
  }

  @ParameterizedTest
  @MethodSource("ids")
  void isSubsectionId_agreesWithItsGrammar(String id) {
    assertThat(Ids.isSubsectionId(id)).isEqualTo(SUBSECTION.matcher(id).matches());
  }
}
