package io.github.policytasks.parser;

/**
 * Folds a task body for the target rules, one character for one character, so that offsets into
 * the folded text are offsets into the original: first as {@link TextFold} folds the whole input
 * (full-width ASCII, spaces, the Traditional characters of the genre's keywords), then the
 * further Traditional characters that carry targets (畝 噸 過 約 幾 餘 長 漲 減 蓋 佔 額 穩 維…) and the
 * wave dash {@code 〜}. Stateless and thread-safe.
 */
final class ScriptFolding {
  private static final String TRADITIONAL =
      "萬億畝噸個項於過達約內級兩幾餘點長處條張戶頭輛臺場員隻組鄉鎮規劃實現際續術產業發標準積減漲幣圓強計擴樣區縣屆與為從這體網線廠車務開營設備貸財資創蓋險數統歲週佔額類種門間時筆畫顆隊館檔節階貨運輸總辦農糧熱電氣歸併調變稱屬華國雙並礎穩維滿綫紀衛優質態壓縮讓攜貿銷價費";
  private static final String SIMPLIFIED =
      "万亿亩吨个项于过达约内级两几余点长处条张户头辆台场员只组乡镇规划实现际续术产业发标准积减涨币圆强计扩样区县届与为从这体网线厂车务开营设备贷财资创盖险数统岁周占额类种门间时笔画颗队馆档节阶货运输总办农粮热电气归并调变称属华国双并础稳维满线纪卫优质态压缩让携贸销价费";
  private static final char[] TABLE = buildTable();

  private ScriptFolding() {}

  private static char[] buildTable() {
    if (TRADITIONAL.length() != SIMPLIFIED.length()) {
      throw new IllegalStateException("Traditional and Simplified folding tables differ in length");
    }
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      table[c] = TextFold.fold((char) c);
    }
    table['〜'] = '~';
    for (int i = 0; i < TRADITIONAL.length(); i++) {
      table[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
    }
    return table;
  }

  /** The folded form of {@code c}. */
  static char fold(char c) {
    return TABLE[c];
  }

  /** The folded form of {@code text[start, end)}, of the same length. */
  static String fold(CharSequence text, int start, int end) {
    char[] out = new char[end - start];
    for (int i = start; i < end; i++) {
      out[i - start] = TABLE[text.charAt(i)];
    }
    return new String(out);
  }
}
