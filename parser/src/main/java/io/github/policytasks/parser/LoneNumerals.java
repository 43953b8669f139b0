package io.github.policytasks.parser;

import io.github.policytasks.metrics.BoundGrammar;
import io.github.policytasks.metrics.UnitCatalogue;
import io.github.policytasks.metrics.lexicon.BoundWord;
import io.github.policytasks.metrics.lexicon.Magnitudes;
import io.github.policytasks.metrics.lexicon.Numerals;
import io.github.policytasks.metrics.lexicon.RangeSeparators;
import io.github.policytasks.metrics.lexicon.WordPosition;
import io.github.policytasks.metrics.lexicon.WordTable;

/**
 * Tells {@link FigureScanner}, before it reads any number, that a lone Chinese digit inside a word
 * gives no figure: {@code 进一步}, {@code 三农}, {@code 两委}, {@code 四新}. The task texts of the
 * generated corpus hold about 2,000 such digits a megabyte beside 4,600 figures, and reading each
 * one whole (its value, its unit, a range, a shared unit, an unknown unit) only to drop it costs
 * more than this look at the two chars after it. The digit ({@code 一}…{@code 九}, {@code 两}) gives no figure when the ideograph after it
 * continues no number (no numeral, magnitude, {@code 点}, {@code 几}, {@code 多}, {@code 余},
 * {@code 半}, {@code 来}), starts no unit of the catalogue and no range separator, and is no
 * unknown unit that the char after it could make a figure of (a clause end, a list mark or a
 * bound word there). Everything else is read in full. Stateless and thread-safe.
 */
final class LoneNumerals {
  /** Chars after a numeral that may still belong to its number: decimals, open words, halves. */
  private static final String NUMBER_WORDS = "点几多余半来";

  private static final WordTable<BoundWord> BOUND_AFTER =
      io.github.policytasks.metrics.lexicon.BoundWords.at(WordPosition.AFTER);

  private LoneNumerals() {}

  /**
   * Whether the Chinese digit at {@code i} is a lone digit inside a word, which gives no figure.
   *
   * @param original the text as written
   * @param folded its folded form
   * @param i the index of a char at which a number may start
   * @param units the catalogue the scanner reads units with
   */
  static boolean givesNoFigure(CharSequence original, CharSequence folded, int i, UnitCatalogue units) {
    int next = i + 1;
    int length = folded.length();
    if (next >= length || Numerals.digit(folded.charAt(i)) <= 0) {
      return false;
    }
    char c = folded.charAt(next);
    if (!TextChars.isIdeograph(c) || continuesNumber(c) || RangeSeparators.table().couldStart(c)
        || units.unitLengthAt(original, next, length) > 0) {
      return false;
    }
    return !BoundGrammar.mayBeUnknownUnit(c) || !mayCloseUnknownUnit(folded, next + 1);
  }

  private static boolean continuesNumber(char c) {
    return Numerals.isNumeral(c) || NUMBER_WORDS.indexOf(c) >= 0
        || Magnitudes.group().couldStart(c) || Magnitudes.multiply().couldStart(c);
  }

  /**
   * Whether the text at {@code after}, right past a char read as an unknown unit, lets that unit
   * make a figure: the text or its clause ends there, a list mark or a bound word stands there.
   */
  private static boolean mayCloseUnknownUnit(CharSequence folded, int after) {
    return after >= folded.length() || TextChars.isClauseBreakAt(folded, after)
        || TextChars.isListBreak(folded.charAt(after)) || BOUND_AFTER.startsAt(folded, after, folded.length());
  }
}
