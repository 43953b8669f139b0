package io.github.policytasks.tracking.ledger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger as a GitHub-flavoured Markdown table: the {@link LedgerColumn} columns, in order,
 * headed by their keys, one row per ledger row. Pipes and line breaks inside cells are escaped.
 * Stateless and thread-safe.
 */
public final class MarkdownRenderer implements LedgerRenderer {

  @Override
  public void render(List<LedgerRow> rows, Appendable out) throws IOException {
    List<String> headers = new ArrayList<>();
    for (LedgerColumn column : LedgerColumn.values()) {
      headers.add(column.key());
    }
    line(out, headers);
    line(out, headers.stream().map(h -> "---").toList());
    for (LedgerRow row : rows) {
      List<String> cells = new ArrayList<>();
      for (LedgerColumn column : LedgerColumn.values()) {
        cells.add(column.textOf(row));
      }
      line(out, cells);
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
        .replace("\n", "<br>")
        .replace("\r", "<br>");
  }
}
