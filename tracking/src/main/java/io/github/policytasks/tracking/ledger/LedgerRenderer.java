package io.github.policytasks.tracking.ledger;

import java.io.IOException;
import java.util.List;

/**
 * Writes ledger rows in one format. Implementations are stateless and thread-safe; they write
 * text and leave encoding to the writer ({@code policy-tasks} uses UTF-8).
 */
public interface LedgerRenderer {

  /**
   * Writes {@code rows} to {@code out}.
   *
   * @param rows the rows of the sheet, header first
   * @param out where to write (left open)
   * @throws IOException if {@code out} fails
   */
  void render(List<LedgerRow> rows, Appendable out) throws IOException;
}
