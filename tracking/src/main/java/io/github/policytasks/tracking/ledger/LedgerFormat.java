package io.github.policytasks.tracking.ledger;

/**
 * The formats a ledger is written in, each with its renderer. A renderer is made when asked for,
 * so naming a format (as the command line's option does) loads no CSV or JSON library.
 */
public enum LedgerFormat {
  /** An aligned terminal table: {@link TableRenderer}. */
  TABLE,
  /** CSV with a byte-order mark, for Excel: {@link CsvRenderer}. */
  CSV,
  /** A JSON array of row objects: {@link JsonRenderer}. */
  JSON,
  /** A Markdown table: {@link MarkdownRenderer}. */
  MARKDOWN;

  /** The renderer that writes this format (stateless; a new one each time). */
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
      default:
        throw new IllegalStateException("Unknown format " + this);
    }
  }
}
