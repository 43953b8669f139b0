package io.github.policytasks.tracking.ledger;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Target;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The ledger as an aligned terminal table, one block of lines per task: section number (on the
 * first task shown of each section), task number and title (cut to 32 columns), lead units one
 * per line, and one line per target with its id, subject, kind, bound, value, unit, normalized
 * value and deadline. When rows come from several sources, each source's table is headed by its
 * name. Stateless and thread-safe.
 */
public final class TableRenderer implements LedgerRenderer {
  private static final List<String> HEADERS = List.of(
      "Sec", "Task", "Lead units", "Target", "Subject", "Kind", "Bound", "Value", "Unit",
      "Normalized", "Deadline");
  private static final int TASK_WIDTH = 32;
  private static final int SUBJECT_WIDTH = 20;
  private static final int VALUE_COLUMN = 7;

  @Override
  public void render(List<LedgerRow> rows, Appendable out) throws IOException {
    boolean severalSources = rows.stream().map(LedgerRow::source).distinct().count() > 1;
    List<LedgerRow> block = new ArrayList<>();
    TextTable table = newTable();
    @Nullable String source = null;
    @Nullable String section = null;
    for (LedgerRow row : rows) {
      if (!block.isEmpty() && !sameTask(block.get(0), row)) {
        section = addBlock(table, block, section);
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
      addBlock(table, block, section);
    }
    out.append(table.render());
  }

  /** Adds the task block and returns the key of its section. */
  private static String addBlock(
      TextTable table, List<LedgerRow> block, @Nullable String previousSection) {
    LedgerRow first = block.get(0);
    String section = first.source() + "#" + first.section().id();
    table.addRow(cells(block, !section.equals(previousSection)));
    block.clear();
    return section;
  }

  private static boolean sameTask(LedgerRow a, LedgerRow b) {
    return a.source().equals(b.source()) && a.task().id().equals(b.task().id());
  }

  private static TextTable newTable() {
    return new TextTable(HEADERS).alignRight(VALUE_COLUMN);
  }

  private static List<String> cells(List<LedgerRow> block, boolean firstOfSection) {
    LedgerRow first = block.get(0);
    List<String> cells = new ArrayList<>();
    cells.add(firstOfSection ? String.valueOf(first.section().number()) : "");
    cells.add(DisplayWidth.truncate(LedgerCells.taskHeading(first.task()), TASK_WIDTH));
    cells.add(String.join("\n", first.task().leadUnits().stream().map(LeadUnit::name).toList()));
    cells.add(lines(block, Target::id));
    cells.add(lines(block, TableRenderer::subject));
    cells.add(lines(block, LedgerCells::kind));
    cells.add(lines(block, t -> LedgerCells.boundSymbol(t.comparator())));
    cells.add(lines(block, LedgerCells::writtenValue));
    cells.add(lines(block, t -> t.value().unit().symbol()));
    cells.add(lines(block, LedgerCells::normalizedForDisplay));
    List<String> deadlines = new ArrayList<>();
    for (LedgerRow row : block) {
      deadlines.add(row.deadline() == null ? "" : row.deadline().toString());
    }
    cells.add(String.join("\n", deadlines));
    return cells;
  }

  private static String subject(Target target) {
    String subject = target.subject();
    return subject == null ? "" : DisplayWidth.truncate(subject, SUBJECT_WIDTH);
  }

  private static String lines(List<LedgerRow> block, Function<Target, String> cell) {
    List<String> lines = new ArrayList<>();
    for (LedgerRow row : block) {
      Target target = row.target();
      lines.add(target == null ? "" : cell.apply(target));
    }
    return String.join("\n", lines);
  }
}
