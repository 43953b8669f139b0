package io.github.policytasks.parser;

/**
 * Folds the input, character for character, into the form the reading rules match against:
 * full-width ASCII to half-width ({@code （１．：} → {@code (1.:}), every kind of space
 * (full-width, no-break, zero-width, BOM) to {@code ' '}, and the Traditional characters of the
 * genre's keywords to their Simplified form ({@code 牽頭單位} → {@code 牵头单位}). The folded
 * text has exactly the input's length, so an offset into it is an offset into the input; names
 * and values are always cut from the input itself. Stateless and thread-safe.
 */
final class TextFold {
  /** Pairs of a Traditional character and its Simplified form. */
  private static final String TRADITIONAL_SIMPLIFIED =
      "牽牵頭头單单責责與与參参協协門门領领導导時时間间節节點点條条內内負负務务號号發发佈布關关機机題题類类編编數数統统標标態态歸归據据職职為为於于開开個个萬万億亿兩两縣县鎮镇區区鄉乡黨党辦办處处設设計计劃划業业農农員员會会實实現现進进續续環环際际產产經经濟济價价資资銀银銷销場场運运輸输應应聯联屬属團团織织宣宣傳传醫医衛卫療疗護护養养獎奖勵励創创築筑構构礎础龍龙華华東东廣广廳厅隊队壇坛館馆廠厂歲岁網网絡络擴扩當当這这說说讓让還还從从後后對对體体種种達达舉举遠远選选組组將将專专屆届檢检驗验證证營营總总規规項项學学";
  private static final char[] MAP = buildMap();
  private static final boolean[] OPEN_BRACKETS = charSet("(〔【[〖");
  private static final boolean[] CLOSE_BRACKETS = charSet(")〕】]〗");

  private TextFold() {}

  private static char[] buildMap() {
    char[] map = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      map[c] = (char) c;
    }
    for (int c = 0xFF01; c <= 0xFF5E; c++) {
      map[c] = (char) (c - 0xFEE0);
    }
    for (char space : new char[] {
      '\u3000', '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
      '\u2009', '\u200A', '\u200B', '\u200C', '\u200D', '\u202F', '\u205F', '\u2060', '\uFEFF',
      '\t', '\u000B', '\u000C', '\u0085', '\u180E'
    }) {
      map[space] = ' ';
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (c != '\n' && c != '\r' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        map[c] = ' ';
      }
    }
    for (int i = 0; i + 1 < TRADITIONAL_SIMPLIFIED.length(); i += 2) {
      map[TRADITIONAL_SIMPLIFIED.charAt(i)] = TRADITIONAL_SIMPLIFIED.charAt(i + 1);
    }
    return map;
  }

  /** The folded form of {@code text}, of the same length. */
  static String fold(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = MAP[text.charAt(i)];
    }
    return new String(out);
  }

  /** The folded form of one character. */
  static char fold(char c) {
    return MAP[c];
  }

  /** Whether the folded character {@code c} is a space within a line. */
  static boolean isBlank(char c) {
    return c == ' ';
  }

  /** Whether {@code c} ends a line (LF or CR). */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** Whether the folded character {@code c} opens a bracket: ( 〔 【 [ 〈. */
  static boolean isOpenBracket(char c) {
    return OPEN_BRACKETS[c];
  }

  /** Whether the folded character {@code c} closes a bracket: ) 〕 】 ]. */
  static boolean isCloseBracket(char c) {
    return CLOSE_BRACKETS[c];
  }

  /**
   * The first index in {@code [from, to)} at which {@code word} starts in {@code text} (the word
   * may run past {@code to}), or -1. Unlike {@link String#indexOf(String, int)} it never looks
   * past {@code to}, so a search confined to one line costs that line, not the rest of the text.
   */
  static int indexOf(String text, String word, int from, int to) {
    char first = word.charAt(0);
    int last = Math.min(to, text.length() - word.length() + 1);
    for (int i = Math.max(from, 0); i < last; i++) {
      if (text.charAt(i) == first && text.startsWith(word, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The first index of {@code c} in {@code text[from, to)}, or -1. */
  static int indexOf(String text, char c, int from, int to) {
    int last = Math.min(to, text.length());
    for (int i = Math.max(from, 0); i < last; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** A table, indexed by char, that is true for the chars of {@code chars}: a set with a lookup of one load. */
  static boolean[] charSet(String chars) {
    boolean[] set = new boolean[Character.MAX_VALUE + 1];
    for (int i = 0; i < chars.length(); i++) {
      set[chars.charAt(i)] = true;
    }
    return set;
  }

  /** Whether the folded character {@code c} is an ASCII digit. */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
