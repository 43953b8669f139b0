package io.github.policytasks.metrics;

import java.util.Arrays;

/**
 * Folds the characters of units and numerals to one spelling before lookup: full-width ASCII to
 * ASCII ({@code ％} → {@code %}, {@code ３} → {@code 3}), the ideographic space to a space, and the
 * Traditional characters that occur in units and numerals to their Simplified forms ({@code 萬}
 * → {@code 万}, {@code 畝} → {@code 亩}, {@code 個} → {@code 个}). One char in, one char out, so
 * offsets never shift. Stateless.
 */
final class CharFolding {
  private static final String PAIRS =
      "萬万億亿兩两畝亩噸吨頃顷時时個个項项戶户處处條条場场臺台檯台輛辆頭头張张標标準准點点裏里"
          + "門门間间棟栋層层對对塊块隻只類类種种餘余幾几貳贰參叁叄叁陸陆週周筆笔組组單单輪轮節节"
          + "隊队冊册車车歐欧鐘钟牀床歲岁級级億亿µμ過过內内於于達达爭争實实現现長长減减為为約约將将"
          + "續续積积養养訂订設设額额";
  private static final char[] FROM;
  private static final char[] TO;
  /** Every char's folded form, so that folding is one load. */
  private static final char[] TABLE;

  static {
    int n = PAIRS.length() / 2;
    char[][] pairs = new char[n][];
    for (int i = 0; i < n; i++) {
      pairs[i] = new char[] {PAIRS.charAt(2 * i), PAIRS.charAt(2 * i + 1)};
    }
    Arrays.sort(pairs, (a, b) -> Character.compare(a[0], b[0]));
    int distinct = 0;
    char[] from = new char[n];
    char[] to = new char[n];
    for (char[] pair : pairs) {
      if (distinct > 0 && from[distinct - 1] == pair[0]) {
        continue;
      }
      from[distinct] = pair[0];
      to[distinct] = pair[1];
      distinct++;
    }
    FROM = Arrays.copyOf(from, distinct);
    TO = Arrays.copyOf(to, distinct);
    TABLE = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      TABLE[c] = compute((char) c);
    }
  }

  private CharFolding() {}

  /** The folded form of {@code c}. */
  static char fold(char c) {
    return TABLE[c];
  }

  private static char compute(char c) {
    if (c < 0x80) {
      return c;
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    if (c == '\u3000') {
      return ' ';
    }
    int i = Arrays.binarySearch(FROM, c);
    return i >= 0 ? TO[i] : c;
  }

  /** {@code text} with every char folded; the same instance when nothing changes. */
  static String fold(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (fold(c) != c) {
        char[] chars = text.toCharArray();
        for (int j = i; j < chars.length; j++) {
          chars[j] = fold(chars[j]);
        }
        return new String(chars);
      }
    }
    return text;
  }
}
