package io.github.policytasks.render;

import io.github.policytasks.core.DocumentReference;
import io.github.policytasks.core.Notice;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Subsection;
import io.github.policytasks.core.Task;
import io.github.policytasks.metrics.lexicon.Numerals;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Plan} as document text in a {@link RenderStyle}: a clean copy of a plan, in the
 * layout of the genre, that a {@code PlanParser} reads back as the same plan (sections,
 * subsections, task numbers and titles, lead and supporting units, leaders, deadlines, targets).
 *
 * <p>In order it writes: page furniture (when the style asks), the header table, the covering
 * notice, the plan title, a preamble citing the plan's references, the statement
 * {@code 责任单位中列第一位的为牵头单位} when the style's note keys rely on it, then each section
 * heading ({@code 一、…}; none for the implicit section 0), its tasks that stand outside
 * subsections, and its subsections ({@code (一)…}) with their tasks, as numbered paragraphs or,
 * in {@link TaskLayout#PIPE_TABLE}, as table rows. A task is its number in the
 * style, its text with the responsibility note taken out and the punctuation in the style's width,
 * then its note written anew from the model's units, leaders and deadline. Targets are part of
 * the task's text and are written as the text has them. The plan's diagnostics and spans are not
 * written. Immutable and thread-safe: one renderer serves many threads.
 *
 * <pre>{@code
 * Plan plan = PlanParser.create().parse(Path.of("plan.txt"));
 * String cleanCopy = PlanRenderer.of(RenderStyle.builder()
 *         .punctuation(Punctuation.FULL_WIDTH)
 *         .noteLayout(NoteLayout.OWN_LINES)
 *         .build())
 *     .render(plan);
 * }</pre>
 */
public final class PlanRenderer {
  private final RenderStyle style;
  private final ResponsibilityNoteWriter notes;
  private final HeaderTableWriter header;
  private final NoticeWriter notice;
  private final PipeTableWriter table;

  private PlanRenderer(RenderStyle style) {
    this.style = style;
    this.notes = new ResponsibilityNoteWriter(style);
    this.header = new HeaderTableWriter(style);
    this.notice = new NoticeWriter(style);
    this.table = new PipeTableWriter(style, notes);
  }

  /**
   * {@return a renderer writing in {@code style}}
   *
   * @param style how to write the plan
   */
  public static PlanRenderer of(RenderStyle style) {
    return new PlanRenderer(Objects.requireNonNull(style, "style"));
  }

  /** {@return a renderer writing in {@link RenderStyle#defaults()}} */
  public static PlanRenderer create() {
    return new PlanRenderer(RenderStyle.defaults());
  }

  /** {@return the style this renderer writes in} */
  public RenderStyle style() {
    return style;
  }

  /**
   * {@return the text of {@code plan}; every line, the last included, ends with the style's line
   * ending}
   *
   * @param plan the plan
   * @throws IllegalArgumentException if a section, subsection or (in {@link
   *     TaskNumbering#PARENTHESISED_CHINESE}) task number is above {@value Numerals#MAX_WRITTEN}
   */
  public String render(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    List<String> lines = new ArrayList<>();
    if (style.webNoise()) {
      lines.add("【打印本页】【关闭窗口】");
    }
    header.write(plan.metadata(), lines::add);
    Notice covering = plan.notice();
    if (style.notice() && covering != null) {
      notice.write(covering, plan.metadata().documentNumber(), lines::add);
    }
    String title = plan.title();
    if (title != null) {
      lines.add(text(title));
    }
    preamble(plan.references(), lines);
    for (Section section : plan.sections()) {
      section(section, lines);
    }
    if (style.webNoise()) {
      lines.add("扫一扫在手机打开当前页");
    }
    String end = style.lineEnding().separator();
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line).append(end);
    }
    return out.toString();
  }

  private void preamble(List<DocumentReference> references, List<String> lines) {
    if (!references.isEmpty()) {
      StringBuilder cited = new StringBuilder("为全面落实");
      for (int i = 0; i < references.size(); i++) {
        DocumentReference reference = references.get(i);
        cited.append(i == 0 ? "" : "、").append('《').append(reference.title()).append('》');
        String number = reference.documentNumber();
        if (number != null) {
          cited.append('(').append(number).append(')');
        }
      }
      lines.add(text(cited.append(",制定本任务如下:").toString()));
    }
    if (style.noteKeys() == NoteKeys.RESPONSIBLE_FIRST_LEADS) {
      String rule = io.github.policytasks.metrics.lexicon.NoteKeys.firstListedRule();
      lines.add(text(notes.word("责任单位") + "中," + notes.word(rule) + "。"));
    }
  }

  private void section(Section section, List<String> lines) {
    if (section.number() > 0 || section.title() != null) {
      lines.add(Numerals.write(section.number()) + "、" + textOrEmpty(section.title()));
    }
    if (!style.subsectionHeadings()) {
      tasks(section.allTasks(), lines);
      return;
    }
    tasks(section.tasks(), lines);
    for (Subsection subsection : section.subsections()) {
      lines.add(open() + Numerals.write(subsection.number()) + close()
          + textOrEmpty(subsection.title()));
      tasks(subsection.tasks(), lines);
    }
  }

  private void tasks(List<Task> tasks, List<String> lines) {
    if (style.taskLayout() == TaskLayout.PIPE_TABLE) {
      table.write(tasks, lines::add);
    } else {
      tasks.forEach(task -> task(task, lines));
    }
  }

  private void task(Task task, List<String> lines) {
    List<String> body = new ArrayList<>(List.of(text(TaskBody.of(task)).split("\n", -1)));
    boolean space = style.spaceAfterTaskNumber() || joinsIntoAFigure(body.get(0));
    body.set(0, label(task.number()) + (space ? " " : "") + body.get(0));
    List<String> parts = notes.parts(task);
    if (!parts.isEmpty()) {
      switch (style.noteLayout()) {
        case IN_BRACKETS:
          appendToLast(body, open() + notes.inline(task) + close());
          break;
        case TORTOISE_SHELL_BRACKETS:
          appendToLast(body, "〔" + notes.inline(task) + "〕");
          break;
        case OWN_LINES:
          body.addAll(parts);
          break;
        default:
          throw new AssertionError(style.noteLayout());
      }
    }
    lines.addAll(body);
  }

  /**
   * Whether a text starting with {@code first} would join a {@code 1.} or {@code 1．} label into a
   * figure ({@code 1.6月底前…} reads as 1.6): then a space follows the label whatever the style.
   */
  private boolean joinsIntoAFigure(String first) {
    boolean dot = style.taskNumbering() == TaskNumbering.DOT
        || style.taskNumbering() == TaskNumbering.FULL_WIDTH_DOT;
    return dot && !first.isEmpty() && (Character.isDigit(first.charAt(0)));
  }

  private static void appendToLast(List<String> lines, String suffix) {
    int last = lines.size() - 1;
    lines.set(last, lines.get(last) + suffix);
  }

  private String label(int number) {
    switch (style.taskNumbering()) {
      case DOT:
        return number + ".";
      case FULL_WIDTH_DOT:
        return number + "．";
      case IDEOGRAPHIC_COMMA:
        return number + "、";
      case PARENTHESISED_CHINESE:
        return open() + Numerals.write(number) + close();
      default:
        throw new AssertionError(style.taskNumbering());
    }
  }

  private String text(String value) {
    return PunctuationWidth.in(style.punctuation(), value);
  }

  private String textOrEmpty(@Nullable String value) {
    return value == null ? "" : text(value);
  }

  private String open() {
    return style.punctuation() == Punctuation.FULL_WIDTH ? "（" : "(";
  }

  private String close() {
    return style.punctuation() == Punctuation.FULL_WIDTH ? "）" : ")";
  }
}
