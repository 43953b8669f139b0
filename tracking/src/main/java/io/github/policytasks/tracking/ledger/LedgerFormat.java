package io.github.policytasks.tracking.ledger;

/** The formats a ledger is written in, each with its renderer. */
public enum LedgerFormat {
  /** An aligned terminal table: {@link TableRenderer}. */
  TABLE(new TableRenderer()),
  /** CSV with a byte-order mark, for Excel: {@link CsvRenderer}. */
  CSV(new CsvRenderer()),
  /** A JSON array of row objects: {@link JsonRenderer}. */
  JSON(new JsonRenderer()),
  /** A Markdown table: {@link MarkdownRenderer}. */
  MARKDOWN(new MarkdownRenderer());

  private final LedgerRenderer renderer;

  LedgerFormat(LedgerRenderer renderer) {
    this.renderer = renderer;
  }

  /** The renderer that writes this format. */
  public LedgerRenderer renderer() {
    return renderer;
  }
}
