package io.github.policytasks.parser;

/**
 * The pronunciation glosses that a converting crawl wrote after characters of a plan ({@code
 * 印發(fā)}, {@code 責(zé)任單位}, {@code 鄉(xiāng)鎮(zhèn)}): an ideograph followed by one pinyin syllable in
 * brackets, half- or full-width, written in lower-case letters with a tone mark ({@code ā á ǎ à}
 * and the other toned vowels). They are no part of the words they sit in, so the plan is read from
 * the text without them ({@link ReadingText}). A copy that writes them without tone marks, each
 * followed by a blank ({@code 關(guan) 於(yu)}), is read the same way where it holds at least {@value
 * #MIN_TONELESS} of them. A bracketed word that is no such syllable ({@code
 * (app)}, {@code （PPP）}, {@code (2024)}) is left as written. Stateless and thread-safe.
 */
final class PronunciationGlosses {
  /** The vowels with a tone mark, one of which every gloss holds. */
  private static final String TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
  /** The longest pinyin syllable ({@code zhuāng}, {@code chuáng}, {@code shuāng}). */
  private static final int MAX_SYLLABLE = 6;

  private PronunciationGlosses() {}

  /**
   * Adds where each gloss of {@code text} starts and ends (its brackets included) to {@code out}, in
   * order. Only the brackets are looked at, each found by {@link String#indexOf(int, int)}: most
   * texts hold no gloss, and this costs them no pass of their own.
   */
  static void find(String text, ReadingText.Ranges out) {
    boolean toneless = hasToneless(text);
    int half = text.indexOf('(', 1);
    int full = text.indexOf('（', 1);
    while (half >= 0 || full >= 0) {
      int i = half < 0 ? full : full < 0 ? half : Math.min(half, full);
      int end = glossEnd(text, i);
      if (end < 0 && toneless) {
        end = tonelessEnd(text, i);
      }
      if (end > 0) {
        out.add(i, end);
      }
      int from = end > 0 ? end : i + 1;
      if (half >= 0 && half < from) {
        half = text.indexOf('(', from);
      }
      if (full >= 0 && full < from) {
        full = text.indexOf('（', from);
      }
    }
  }

  /**
   * Where the gloss that opens at {@code i} (its bracket) ends, or -1: an ideograph before the
   * bracket, then one to {@value #MAX_SYLLABLE} pinyin letters holding a toned vowel, then the
   * closing bracket.
   */
  private static int glossEnd(String text, int i) {
    char open = text.charAt(i);
    if ((open != '(' && open != '（') || !isIdeograph(text.charAt(i - 1))) {
      return -1;
    }
    boolean toned = false;
    int j = i + 1;
    while (j < text.length() && j - i - 1 <= MAX_SYLLABLE) {
      char c = text.charAt(j);
      if (c == ')' || c == '）') {
        return toned && j > i + 1 ? j + 1 : -1;
      }
      if (TONED_VOWELS.indexOf(c) >= 0) {
        toned = true;
      } else if ((c < 'a' || c > 'z') && c != 'ü') {
        return -1;
      }
      j++;
    }
    return -1;
  }

  /** The fewest glosses without a tone mark that make a copy glossed that way. */
  static final int MIN_TONELESS = 3;

  /**
   * Whether {@code text} holds at least {@value #MIN_TONELESS} glosses written without tone marks,
   * each followed by a blank ({@code 關(guan) 於(yu) 推進}, a news site's Traditional copy among the
   * published pages): a converter that writes them so glosses the whole text.
   */
  private static boolean hasToneless(String text) {
    int count = 0;
    for (int i = text.indexOf('(', 1); i >= 0 && count < MIN_TONELESS; i = text.indexOf('(', i + 1)) {
      if (tonelessEnd(text, i) > 0) {
        count++;
      }
    }
    return count >= MIN_TONELESS;
  }

  /**
   * Where the toneless gloss that opens at {@code i} ends, its blank after it included, or -1: an
   * ideograph before the bracket, one to {@value #MAX_SYLLABLE} lower-case letters holding a vowel,
   * the closing bracket, then a blank.
   */
  private static int tonelessEnd(String text, int i) {
    char open = text.charAt(i);
    if ((open != '(' && open != '（') || !isIdeograph(text.charAt(i - 1))) {
      return -1;
    }
    boolean vowel = false;
    int j = i + 1;
    while (j < text.length() && j - i - 1 <= MAX_SYLLABLE) {
      char c = text.charAt(j);
      if (c == ')' || c == '）') {
        boolean blank = j + 1 < text.length() && (text.charAt(j + 1) == ' ' || text.charAt(j + 1) == '\u3000');
        return vowel && j > i + 1 && blank ? j + 2 : -1;
      }
      if (c < 'a' || c > 'z') {
        return -1;
      }
      vowel |= "aeiouv".indexOf(c) >= 0;
      j++;
    }
    return -1;
  }

  private static boolean isIdeograph(char c) {
    return c >= '\u3400' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff';
  }
}
