package io.github.policytasks.benchmarks;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Task;
import io.github.policytasks.metrics.lexicon.Numerals;
import io.github.policytasks.parser.PlanParser;
import io.github.policytasks.seeds.Seeds;
import java.util.List;

/**
 * Single documents that grow with a scale factor, to check that parsing time is linear in the
 * input: a plan with ever more sections and tasks; the layout families of the reading rules
 * (guide §6) at that size — the plan run onto one line (as a bad web copy does), its lines joined
 * in pairs (a heading and the next task, two tasks), its tasks as pipe tables, and {@code 一、}
 * items that are themselves the tasks; and the hostile inputs of the reliability issue, where one
 * task's line grows: thousands of unclosed brackets, numbers with hundreds of digits, bound words
 * repeated over and over. Each kind at scale 1 holds about {@value #BASE_CHARS} chars. Stateless
 * and thread-safe.
 */
final class LargeInputs {
  /** The size of a document at scale 1, in chars (about 0.5 MB of UTF-8 for Chinese text). */
  static final int BASE_CHARS = 170_000;

  /** Tasks per section of {@link #bigPlan}. */
  static final int BIG_PLAN_TASKS_PER_SECTION = 300;

  private static final int TASKS_PER_SECTION = 120;

  /** The {@code 一、} items of {@link Kind#NUMERAL_TASKS}. */
  private static final int NUMERAL_ITEMS = 99;

  /** The kinds of large input. */
  enum Kind {
    /** One plan of about 1,000 tasks per scale step, in sections of 120 tasks numbered from 1. */
    MANY_TASKS,
    /** {@link #MANY_TASKS} without its title, every line break made a space: one line. */
    ONE_LINE,
    /**
     * {@link #MANY_TASKS} with every second line break made a space: each section heading runs
     * into its first task, and tasks run into each other in pairs.
     */
    JOINED_LINES,
    /**
     * {@link #MANY_TASKS} with each section's tasks as a pipe table: {@code 序号 | 重点任务 |
     * 牵头单位 | 完成时限 |}, a rule row, one row per task (its text without the note, its lead
     * units, its deadline).
     */
    TASK_TABLE,
    /**
     * A plan whose 99 {@code 一、} items are the tasks (no deeper numbering, every item with its
     * own note), each growing with the scale: seed task texts without their notes, then one
     * whole task text with its note.
     */
    NUMERAL_TASKS,
    /** A task line with ever more {@code (建设} brackets that never close. */
    UNCLOSED_BRACKETS,
    /** A task line with ever more figures of hundreds of digits. */
    LONG_NUMBERS,
    /** A task line with ever more repeated bound words ({@code 以上以上…不低于不低于…}). */
    REPEATED_BOUND_WORDS
  }

  private LargeInputs() {}

  /** The document of {@code kind} at {@code scale} (1 or more). */
  static String of(Kind kind, int scale) {
    int chars = BASE_CHARS * scale;
    switch (kind) {
      case MANY_TASKS:
        return manyTasks(chars, true);
      case ONE_LINE:
        return manyTasks(chars, false).replace('\n', ' ');
      case JOINED_LINES:
        return joinedInPairs(manyTasks(chars, true));
      case TASK_TABLE:
        return sectionsOfTasks(chars, true, true);
      case NUMERAL_TASKS:
        return numeralTasks(chars);
      case UNCLOSED_BRACKETS:
        return withMonsterTask("推进重点项目", "(建设", "。(牵头单位:县发展和改革局)", chars);
      case LONG_NUMBERS:
        return withMonsterTask("新增投资", "1" + "2345678901".repeat(30) + "亿元以上、",
            "。(牵头单位:县财政局)", chars);
      case REPEATED_BOUND_WORDS:
        return withMonsterTask("产值达到100亿元", "以上不低于", "。(牵头单位:县工业和信息化局)", chars);
      default:
        throw new AssertionError(kind);
    }
  }

  private static String manyTasks(int chars, boolean title) {
    return sectionsOfTasks(chars, title, false);
  }

  /**
   * Sections of {@value #TASKS_PER_SECTION} tasks numbered from 1, the seed's tasks in turn, up
   * to {@code chars}: each task a line {@code 12. text}, or with {@code table} a row of a pipe
   * table per section ({@code 序号 | 重点任务 | 牵头单位 | 完成时限 |}).
   */
  private static String sectionsOfTasks(int chars, boolean title, boolean table) {
    List<Task> tasks = seedTasks();
    StringBuilder out = new StringBuilder(chars + 4096);
    if (title) {
      out.append("嘉祥县2023年重点工作任务\n");
    }
    int section = 0;
    int k = 0;
    while (out.length() < chars) {
      section++;
      if (section > 99) {
        throw new IllegalArgumentException("A document of " + chars + " chars needs over 99 sections");
      }
      out.append(Numerals.write(section)).append("、重点任务第").append(section).append("部分\n");
      if (table) {
        out.append("序号 | 重点任务 | 牵头单位 | 完成时限 |\n---|---|---|---|\n");
      }
      for (int number = 1; number <= TASKS_PER_SECTION && out.length() < chars; number++) {
        Task task = tasks.get(k++ % tasks.size());
        if (table) {
          tableRow(out, number, task);
        } else {
          out.append(number).append(". ").append(task.text()).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static void tableRow(StringBuilder out, int number, Task task) {
    out.append(number).append(" | ").append(body(task)).append(" | ")
        .append(String.join("、", task.leadUnits().stream().map(u -> u.name()).toList()))
        .append(" | ")
        .append(task.deadline() == null ? "" : task.deadline().getYear() + "年"
            + task.deadline().getMonthValue() + "月底前")
        .append(" |\n");
  }

  /** {@code text} with every second line break, counting from the title's, made a space. */
  private static String joinedInPairs(String text) {
    StringBuilder out = new StringBuilder(text);
    boolean join = false;
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == '\n') {
        if (join && i + 1 < out.length()) {
          out.setCharAt(i, ' ');
        }
        join = !join;
      }
    }
    return out.toString();
  }

  /**
   * {@value #NUMERAL_ITEMS} {@code 一、} items (the numbering a reader takes for headings goes
   * no further), each as long as its share of {@code chars}: seed task texts without their
   * notes, then one whole task text, note included.
   */
  private static String numeralTasks(int chars) {
    List<Task> tasks = seedTasks();
    StringBuilder out = new StringBuilder(chars + 4096);
    out.append("嘉祥县2023年重点工作任务\n");
    int k = 0;
    for (int number = 1; number <= NUMERAL_ITEMS; number++) {
      int itemEnd = out.length() + chars / NUMERAL_ITEMS;
      out.append(Numerals.write(number)).append('、');
      Task task = tasks.get(k++ % tasks.size());
      while (out.length() + task.text().length() < itemEnd) {
        out.append(body(task));
        task = tasks.get(k++ % tasks.size());
      }
      out.append(task.text().replace('\n', ' ')).append('\n');
    }
    return out.toString();
  }

  /** The text of {@code task} before its first note, on one line. */
  private static String body(Task task) {
    String text = task.text();
    if (!task.noteSpans().isEmpty()) {
      int end = task.noteSpans().get(0).start() - task.span().start();
      if (end > 0 && end <= text.length()) {
        text = text.substring(0, end);
      }
    }
    return text.replace('\n', ' ').strip();
  }

  /**
   * One plan of at least {@code minBytes} UTF-8 bytes: a title, then sections of {@value
   * #BIG_PLAN_TASKS_PER_SECTION} tasks numbered from 1, the seed's task texts in turn.
   */
  static String bigPlan(long minBytes) {
    List<Task> tasks = seedTasks();
    StringBuilder out = new StringBuilder((int) (minBytes / 2));
    String title = "嘉祥县2023年重点工作任务\n";
    out.append(title);
    long bytes = Corpus.utf8Length(title);
    int section = 0;
    int k = 0;
    while (bytes < minBytes) {
      section++;
      if (section > 99) {
        throw new IllegalArgumentException("A plan of " + minBytes + " bytes needs over 99 sections");
      }
      String heading = Numerals.write(section) + "、重点任务第" + section + "部分\n";
      out.append(heading);
      bytes += Corpus.utf8Length(heading);
      for (int number = 1; number <= BIG_PLAN_TASKS_PER_SECTION && bytes < minBytes; number++) {
        String line = number + ". " + tasks.get(k++ % tasks.size()).text() + "\n";
        out.append(line);
        bytes += Corpus.utf8Length(line);
      }
    }
    return out.toString();
  }

  private static String withMonsterTask(String opening, String repeated, String closing, int chars) {
    List<Task> tasks = seedTasks();
    StringBuilder out = new StringBuilder(chars + 4096);
    out.append("嘉祥县2023年重点工作任务\n一、聚力创新驱动战略\n");
    for (int number = 1; number <= 3; number++) {
      out.append(number).append(". ").append(tasks.get(number - 1).text()).append('\n');
    }
    out.append("4. ").append(opening);
    int end = chars - 1000;
    while (out.length() < end) {
      out.append(repeated);
    }
    out.append(closing).append('\n');
    out.append("5. ").append(tasks.get(4).text()).append('\n');
    return out.toString();
  }

  private static List<Task> seedTasks() {
    Plan seed = PlanParser.create().parse(Seeds.jiaxiang2023Text());
    return seed.allTasks();
  }
}
