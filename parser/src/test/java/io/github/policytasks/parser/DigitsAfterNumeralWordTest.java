package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Target;
import org.junit.jupiter.api.Test;

/**
 * A figure in digits right after a word whose last character is also a numeral ({@code 队伍12支}:
 * 伍 is the financial five; {@code 入伍300人}) starts at its first digit: a figure is written in
 * digits or in numerals, never both (variant {@code county-safety-tasks-paren-numbers-bracketed-keys-without-colons},
 * blind: 12支 missed). A magnitude between them still makes one figure ({@code 3万4000人}).
 */
class DigitsAfterNumeralWordTest {
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void parse_digitsAfterAWordEndingInANumeral_areAFigure() {
    assertThat(targets("组建应急救援队伍12支，征集入伍300人。")).containsExactly("12支", "300人");
  }

  @Test
  void parse_aMagnitudeBetweenDigits_staysOneFigure() {
    assertThat(targets("新增就业3万4000人。")).containsExactly("3万4000人");
  }

  private static java.util.List<String> targets(String text) {
    return PARSER.parse("某县2024年重点任务\n一、民生\n1.稳定就业。" + text + "（牵头单位：县人社局）\n")
        .allTasks().get(0).targets().stream().map(Target::text).toList();
  }
}
