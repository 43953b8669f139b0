package io.github.policytasks.tracking.ledger;

import org.jspecify.annotations.Nullable;

/** The formats a ledger is written in, each with its renderer. */
public enum LedgerFormat {
  /** An aligned terminal table: {@link TableRenderer}. */
  TABLE(new TableRenderer()),
  /** CSV with a byte-order mark, for Excel: {@link CsvRenderer}. */
  CSV(new CsvRenderer()),
  /** A JSON array of row objects: {@link JsonRenderer}. */
  JSON(new JsonRenderer()),
  /** A Markdown table: {@link MarkdownRenderer}. */
  MARKDOWN(new MarkdownRenderer()),
  /** An .xlsx workbook, binary: {@link XlsxLedgerWriter}, not a text renderer. */
  XLSX(null);

  private final @Nullable LedgerRenderer renderer;

  LedgerFormat(@Nullable LedgerRenderer renderer) {
    this.renderer = renderer;
  }

  /** Whether the format is text, written by {@link #renderer()}; XLSX is binary. */
  public boolean isText() {
    return renderer != null;
  }

  /**
   * The renderer that writes this text format.
   *
   * @throws UnsupportedOperationException for XLSX: use {@link XlsxLedgerWriter}
   */
  public LedgerRenderer renderer() {
    if (renderer == null) {
      throw new UnsupportedOperationException(name() + " is binary: use XlsxLedgerWriter");
    }
    return renderer;
  }
}
