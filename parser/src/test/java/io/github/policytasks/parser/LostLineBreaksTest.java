package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A web copy that lost its line breaks, so that a whole plan stands on one line, reads into the
 * same tasks, units and targets as the copy with its breaks.
 */
class LostLineBreaksTest {
  private static final PlanParser PARSER = PlanParser.create();

  @ParameterizedTest
  @ValueSource(strings = {
    "city-fullwidth-subsections", "province-chapters-noise",
    "county-traps-restart"
  })
  void parse_planOnOneLine_keepsEveryTaskUnitAndTarget(String name) throws IOException {
    String text = genre(name);
    String oneLine = text.replace("\n", "");
    String padded = oneLine.length() >= LineCursor.LONG_LINE
        ? oneLine
        : oneLine + "。".repeat(LineCursor.LONG_LINE - oneLine.length() + 1);

    Plan broken = PARSER.parse(padded);
    Plan intact = PARSER.parse(text);

    assertThat(outline(broken)).isEqualTo(outline(intact));
    for (Task task : broken.allTasks()) {
      for (Target target : task.targets()) {
        assertThat(target.span().textOf(padded)).isEqualTo(target.text());
      }
    }
  }

  private static List<String> outline(Plan plan) {
    return plan.allTasks().stream()
        .map(t -> t.number() + " " + t.title() + " " + names(t.leadUnits()) + names(t.supportingUnits())
            + " " + t.targets().stream()
                .map(g -> g.comparator() + " " + g.value() + " " + g.normalized())
                .collect(Collectors.joining("; ")))
        .collect(Collectors.toList());
  }

  private static String names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).collect(Collectors.joining("、", "[", "]"));
  }

  private static String genre(String name) throws IOException {
    try (InputStream in = LostLineBreaksTest.class.getResourceAsStream("genre/" + name + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
