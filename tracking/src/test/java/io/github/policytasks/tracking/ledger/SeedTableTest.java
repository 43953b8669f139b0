package io.github.policytasks.tracking.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import io.github.policytasks.seeds.Seeds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed plan's terminal ledger fits the width it is given, and loses no title or subject. */
class SeedTableTest {
  private final Plan seed = Seeds.jiaxiang2023();

  private String render(int width) throws IOException {
    StringBuilder out = new StringBuilder();
    TableRenderer.ofWidth(width).render(Ledger.rowsOf("seed", seed), out);
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(ints = {120, 140})
  void everyLine_fitsTheWidth(int width) throws IOException {
    List<String> lines = render(width).lines().toList();

    assertThat(lines).hasSizeGreaterThan(seed.allTargets().size());
    for (String line : lines) {
      assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(width);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {120, 100, Integer.MAX_VALUE})
  void everyTitleAndSubject_appearsWhole_inItsColumn(int width) throws IOException {
    List<String> lines = render(width).lines().toList();
    Map<String, String> taskColumn = column(lines, 1);
    String subjects = String.join("", column(lines, 4).values());

    List<String> headings = new ArrayList<>(taskColumn.values());
    for (Task task : seed.allTasks()) {
      if (task.title() != null) {
        String heading = (task.number() + "." + task.title()).replace(" ", "");
        assertThat(headings).as(heading).contains(heading);
      }
      task.targets().forEach(t -> {
        if (t.subject() != null) {
          assertThat(subjects).contains(t.subject().replace(" ", ""));
        }
      });
    }
  }

  /**
   * The text of column {@code index} per block (a block starts where the column's line starts a
   * new task heading), spaces removed: the wrapped lines of one cell joined again.
   */
  private static Map<String, String> column(List<String> lines, int index) {
    String rule = lines.get(1);
    int start = 0;
    for (int i = 0; i < index; i++) {
      start = rule.indexOf("  ", start) + 2;
    }
    int end = rule.indexOf("  ", start);
    int from = DisplayWidth.of(rule.substring(0, start));
    int to = end < 0 ? Integer.MAX_VALUE : DisplayWidth.of(rule.substring(0, end));
    Map<String, String> blocks = new LinkedHashMap<>();
    String key = null;
    for (String line : lines.subList(2, lines.size())) {
      String cell = slice(line, from, to).replace(" ", "");
      if (index == 1 && cell.matches("[0-9]+\\..*") || key == null || index != 1) {
        key = index == 1 && cell.matches("[0-9]+\\..*") ? cell + "#" + blocks.size()
            : key == null ? "#" : key;
      }
      blocks.merge(key, cell, String::concat);
    }
    Map<String, String> byHeading = new LinkedHashMap<>();
    blocks.forEach((k, v) -> byHeading.put(k, v));
    return byHeading;
  }

  private static String slice(String line, int from, int to) {
    StringBuilder cell = new StringBuilder();
    int col = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      if (col >= from && col < to) {
        cell.appendCodePoint(cp);
      }
      col += DisplayWidth.of(cp);
      i += Character.charCount(cp);
    }
    return cell.toString();
  }
}
