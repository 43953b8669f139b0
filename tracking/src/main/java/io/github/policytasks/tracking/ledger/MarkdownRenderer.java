package io.github.policytasks.tracking.ledger;

import io.github.policytasks.core.Target;
import java.io.IOException;
import java.util.List;

/**
 * The ledger as a GitHub-flavoured Markdown table, one row per ledger row: source, section,
 * task, lead units, target id, target text, subject, kind, bound, value, unit, normalized value
 * and deadline. Pipes and line breaks inside cells are escaped. Stateless and thread-safe.
 */
public final class MarkdownRenderer implements LedgerRenderer {
  private static final List<String> HEADERS = List.of(
      "Source", "Sec", "Task", "Lead units", "Target", "Text", "Subject", "Kind", "Bound", "Value",
      "Unit", "Normalized", "Deadline");

  @Override
  public void render(List<LedgerRow> rows, Appendable out) throws IOException {
    line(out, HEADERS);
    line(out, HEADERS.stream().map(h -> "---").toList());
    for (LedgerRow row : rows) {
      Target t = row.target();
      line(out, List.of(
          row.source(),
          String.valueOf(row.section().number()),
          LedgerCells.taskHeading(row.task()),
          LedgerCells.units(row.task().leadUnits()),
          t == null ? "" : t.id(),
          t == null ? "" : t.text(),
          t == null || t.subject() == null ? "" : t.subject(),
          t == null ? "" : LedgerCells.kind(t),
          t == null ? "" : LedgerCells.boundSymbol(t.comparator()),
          t == null ? "" : LedgerCells.writtenValue(t),
          t == null ? "" : t.value().unit().symbol(),
          t == null ? "" : LedgerCells.normalizedForDisplay(t),
          row.deadline() == null ? "" : row.deadline().toString()));
    }
  }

  private static void line(Appendable out, List<String> cells) throws IOException {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(escape(cell)).append(" |");
    }
    out.append('\n');
  }

  private static String escape(String cell) {
    return cell.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("\r\n", "<br>")
        .replace("\n", "<br>");
  }
}
