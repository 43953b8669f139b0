package io.github.policytasks.metrics.lexicon;

/**
 * The words that end a letterhead (红头), the issuing body's banner line above a document's title
 * ({@code letterhead-words.txt}: 文件, as in {@code 某某人民政府文件}), by which the parser tells a
 * letterhead from the first half of a title broken over two lines. Immutable and thread-safe.
 */
public final class Letterheads {
  private static final WordTable<Boolean> TABLE = WordTable.of(LexiconFile.wordSet("letterhead-words.txt"));

  private Letterheads() {}

  /**
   * {@return whether {@code line}, in folded form, ends with a letterhead's word}
   *
   * @param line a folded line of a document's front matter, without its surrounding blanks
   */
  public static boolean endsLetterhead(CharSequence line) {
    return TABLE.endsAt(line, line.length(), 0);
  }
}
