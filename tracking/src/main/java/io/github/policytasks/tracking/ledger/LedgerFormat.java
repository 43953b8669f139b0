package io.github.policytasks.tracking.ledger;

/**
 * The formats a ledger is written in, each text format with its renderer. A renderer is made when
 * asked for, so naming a format (as the command line's option does) loads no CSV or JSON library.
 */
public enum LedgerFormat {
  /** An aligned terminal table: {@link TableRenderer}. */
  TABLE,
  /** CSV with a byte-order mark, for Excel: {@link CsvRenderer}. */
  CSV,
  /** A JSON array of row objects: {@link JsonRenderer}. */
  JSON,
  /** A Markdown table: {@link MarkdownRenderer}. */
  MARKDOWN,
  /** An .xlsx workbook, binary: {@link XlsxLedgerWriter}, not a text renderer. */
  XLSX;

  /** {@return whether the format is text, written by {@link #renderer()}; XLSX is binary} */
  public boolean isText() {
    return this != XLSX;
  }

  /**
   * {@return the renderer that writes this text format (stateless; a new one each time)}
   * @throws UnsupportedOperationException for XLSX: use {@link XlsxLedgerWriter}
   */
  public LedgerRenderer renderer() {
    switch (this) {
      case TABLE:
        return new TableRenderer();
      case CSV:
        return new CsvRenderer();
      case JSON:
        return new JsonRenderer();
      case MARKDOWN:
        return new MarkdownRenderer();
      case XLSX:
        throw new UnsupportedOperationException(name() + " is binary: use XlsxLedgerWriter");
      default:
        throw new IllegalStateException("Unknown format " + this);
    }
  }
}
