package io.github.policytasks.tracking.ledger;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Target;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The ledger as an aligned terminal table that fits the terminal, one block of lines per task:
 * section number (on the first row shown of each section), task number and whole title, lead
 * units one per line, and one line per target with its id, subject, kind, value as written
 * ({@code ≥ 154 万亩}, bound symbol first), normalized value (readable: rounded, thousands separators, canonical unit; the exact value is in
 * the exports) and deadline. A section's goals come first, as a block headed {@code 目标}. Titles,
 * lead units and subjects wrap onto further lines when the table would be wider than {@link
 * #width()}; nothing is cut. When rows come from several sources, each source's table is headed by
 * its name. Immutable and thread-safe.
 */
public final class TableRenderer implements LedgerRenderer {
  /** The width used when the terminal's is unknown. */
  public static final int DEFAULT_WIDTH = 120;

  private static final List<String> HEADERS = List.of(
      "Sec", "Task", "Lead units", "Target", "Subject", "Kind", "Value", "Normalized", "Deadline");
  private static final int TASK_COLUMN = 1;
  private static final int UNITS_COLUMN = 2;
  private static final int SUBJECT_COLUMN = 4;
  private static final String GOALS = "目标";
  /** Task titles narrow last: 20 columns hold a number and nine 汉字. */
  private static final int TASK_MIN = 20;
  /** Lead units next: 12 columns hold six 汉字 (县科技局, 县发展和改革局 wraps once). */
  private static final int UNITS_MIN = 12;

  private final int width;

  /** A renderer for {@link #DEFAULT_WIDTH} columns. */
  public TableRenderer() {
    this(DEFAULT_WIDTH);
  }

  private TableRenderer(int width) {
    this.width = width;
  }

  /**
   * {@return a renderer whose lines take at most {@code width} display columns where the fixed
   * columns leave room; {@code Integer.MAX_VALUE} never wraps}
   *
   * @param width a display width, in terminal columns
   * @throws IllegalArgumentException if {@code width} is not positive
   */
  public static TableRenderer ofWidth(int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width " + width + " is not positive");
    }
    return new TableRenderer(width);
  }

  /** {@return the width the table fits into} */
  public int width() {
    return width;
  }

  @Override
  public void render(List<LedgerRow> rows, Appendable out) throws IOException {
    TextTable natural = newTable();
    fill(rows, natural, Integer.MAX_VALUE, new StringBuilder());
    int subjectWidth = natural.columnWidths()[SUBJECT_COLUMN];
    fill(rows, newTable(), subjectWidth, out);
  }

  /** Writes the tables of {@code rows}, subjects wrapped to {@code subjectWidth}. */
  private void fill(List<LedgerRow> rows, TextTable first, int subjectWidth, Appendable out)
      throws IOException {
    TextTable table = first;
    boolean severalSources = rows.stream().map(LedgerRow::source).distinct().count() > 1;
    List<LedgerRow> block = new ArrayList<>();
    @Nullable String source = null;
    @Nullable String section = null;
    for (LedgerRow row : rows) {
      if (!block.isEmpty() && !sameBlock(block.get(0), row)) {
        section = addBlock(table, block, section, subjectWidth);
      }
      if (severalSources && !row.source().equals(source)) {
        if (source != null) {
          out.append(table.render()).append('\n');
          table = newTable();
        }
        out.append("== ").append(row.source()).append('\n');
      }
      source = row.source();
      block.add(row);
    }
    if (!block.isEmpty()) {
      addBlock(table, block, section, subjectWidth);
    }
    out.append(table.render());
  }

  /** Adds the block and returns the key of its section. */
  private static String addBlock(TextTable table, List<LedgerRow> block,
      @Nullable String previousSection, int subjectWidth) {
    LedgerRow first = block.get(0);
    String section = first.source() + "#" + first.section().id();
    table.addRow(cells(block, !section.equals(previousSection), subjectWidth));
    block.clear();
    return section;
  }

  private static boolean sameBlock(LedgerRow a, LedgerRow b) {
    if (!a.source().equals(b.source()) || !a.section().id().equals(b.section().id())) {
      return false;
    }
    if (a.task() == null || b.task() == null) {
      return a.task() == null && b.task() == null;
    }
    return a.task().id().equals(b.task().id());
  }

  private TextTable newTable() {
    return new TextTable(HEADERS).fitTo(width, TASK_COLUMN, UNITS_COLUMN, SUBJECT_COLUMN)
        .minWidth(TASK_COLUMN, TASK_MIN).minWidth(UNITS_COLUMN, UNITS_MIN);
  }

  private static List<String> cells(
      List<LedgerRow> block, boolean firstOfSection, int subjectWidth) {
    LedgerRow first = block.get(0);
    int[] heights = new int[block.size()];
    List<String> subjects = new ArrayList<>();
    for (int i = 0; i < block.size(); i++) {
      Target target = block.get(i).target();
      List<String> wrapped = target == null || target.subject() == null
          ? List.of("") : DisplayWidth.wrap(target.subject(), subjectWidth);
      heights[i] = wrapped.size();
      subjects.add(String.join("\n", wrapped));
    }
    List<String> cells = new ArrayList<>();
    cells.add(firstOfSection ? String.valueOf(first.section().number()) : "");
    cells.add(first.task() == null ? GOALS : LedgerCells.taskHeading(first.task()));
    cells.add(first.task() == null ? ""
        : String.join("\n", first.task().leadUnits().stream().map(LeadUnit::name).toList()));
    cells.add(lines(block, heights, Target::id));
    cells.add(String.join("\n", subjects));
    cells.add(lines(block, heights, LedgerCells::kind));
    cells.add(lines(block, heights, t -> LedgerCells.boundSymbol(t.comparator()) + " "
        + LedgerCells.writtenValue(t) + " " + t.value().unit().symbol()));
    cells.add(lines(block, heights, LedgerCells::normalizedForDisplay));
    List<String> deadlines = new ArrayList<>();
    for (int i = 0; i < block.size(); i++) {
      LedgerRow row = block.get(i);
      deadlines.add(row.deadline().map(LocalDate::toString).orElse("")
          + "\n".repeat(heights[i] - 1));
    }
    cells.add(String.join("\n", deadlines));
    return cells;
  }

  /**
   * One line per row of the block; a target whose subject wraps onto more lines than one gets
   * blank lines in the other columns, so the next target's line stays level with its subject.
   */
  private static String lines(
      List<LedgerRow> block, int[] heights, Function<Target, String> cell) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < block.size(); i++) {
      Target target = block.get(i).target();
      lines.add((target == null ? "" : cell.apply(target)) + "\n".repeat(heights[i] - 1));
    }
    return String.join("\n", lines);
  }
}
