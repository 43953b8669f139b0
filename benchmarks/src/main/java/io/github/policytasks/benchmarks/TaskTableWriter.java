package io.github.policytasks.benchmarks;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Task;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a plan's tasks as a pipe table, the layout of task lists copied from spreadsheets:
 * the title, then {@code 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |}, a separator, a row
 * {@code 一 | section title | | | |} for each section and a row for each task. Stateless and
 * thread-safe.
 */
final class TaskTableWriter {
  private static final String[] NOTE_OPENINGS = {"(", "（", "〔"};
  private static final String[] NOTE_KEYS = {"牵头", "责任", "配合", "牽頭", "責任"};

  private TaskTableWriter() {}

  static String write(Plan plan) {
    StringBuilder out = new StringBuilder();
    if (plan.title() != null) {
      out.append(plan.title()).append('\n');
    }
    out.append("序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n");
    out.append("---|---|---|---|---|\n");
    for (Section section : plan.sections()) {
      if (section.number() > 0) {
        out.append(ChineseNumerals.of(section.number())).append(" | ")
            .append(section.title() == null ? "" : section.title()).append(" | | | |\n");
      }
      for (Task task : section.allTasks()) {
        out.append(task.number()).append(" | ")
            .append(cell(withoutTrailingNote(task.text()))).append(" | ")
            .append(names(task.leadUnits())).append(" | ")
            .append(names(task.supportingUnits())).append(" | ")
            .append(task.deadline() == null ? "" : task.deadline().getYear() + "年"
                + task.deadline().getMonthValue() + "月底前")
            .append(" |\n");
      }
    }
    return out.toString();
  }

  private static String names(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).collect(Collectors.joining("、"));
  }

  private static String cell(String text) {
    return text.replace('|', '/').replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  /** The text without a closing bracketed responsibility note such as {@code (牵头单位:县科技局)}. */
  static String withoutTrailingNote(String text) {
    String trimmed = text.strip();
    int best = -1;
    for (String opening : NOTE_OPENINGS) {
      int at = trimmed.lastIndexOf(opening);
      if (at > best) {
        best = at;
      }
    }
    if (best > 0) {
      String inside = trimmed.substring(best + 1);
      for (String key : NOTE_KEYS) {
        if (inside.startsWith(key) || inside.contains(key) && inside.length() < 80) {
          return trimmed.substring(0, best).strip();
        }
      }
    }
    return trimmed;
  }
}
