package io.github.policytasks.parser;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The pronunciation glosses that a converting crawl wrote after characters of a plan ({@code
 * 印發(fā)}, {@code 責(zé)任單位}, {@code 鄉(xiāng)鎮(zhèn)}): an ideograph followed by one pinyin syllable in
 * brackets, half- or full-width, written in lower-case letters with a tone mark ({@code ā á ǎ à}
 * and the other toned vowels). They are no part of the words they sit in, so the plan is read from
 * the text without them (the {@link #reading() reading}); {@link #start(int)} and {@link #end(int)}
 * take an offset of the reading back to the text as given, so every span still points into it.
 * A bracketed word that is no such syllable ({@code (app)}, {@code （PPP）}, {@code (2024)}) is
 * left as written. Immutable and thread-safe.
 */
final class PronunciationGlosses {
  /** The vowels with a tone mark, one of which every gloss holds. */
  private static final String TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
  /** The longest pinyin syllable ({@code zhuāng}, {@code chuáng}, {@code shuāng}). */
  private static final int MAX_SYLLABLE = 6;

  private final String reading;
  /** The offset in the text as given of each char of the reading, plus the text's length last. */
  private final int[] origin;
  /** Where each gloss starts and ends in the text as given, two entries a gloss. */
  private final int[] glosses;

  private PronunciationGlosses(String reading, int[] origin, int[] glosses) {
    this.reading = reading;
    this.origin = origin;
    this.glosses = glosses;
  }

  /** {@return the glosses of {@code text}, or null when it holds none} */
  static @Nullable PronunciationGlosses in(String text) {
    if (!holdsTonedVowel(text)) {
      return null;
    }
    int[] found = new int[16];
    int count = 0;
    for (int i = 1; i < text.length(); i++) {
      int end = glossEnd(text, i);
      if (end > 0) {
        if (count + 2 > found.length) {
          found = Arrays.copyOf(found, found.length * 2);
        }
        found[count++] = i;
        found[count++] = end;
        i = end - 1;
      }
    }
    if (count == 0) {
      return null;
    }
    int dropped = 0;
    for (int k = 0; k < count; k += 2) {
      dropped += found[k + 1] - found[k];
    }
    int length = text.length() - dropped;
    char[] chars = new char[length];
    int[] origin = new int[length + 1];
    int at = 0;
    int from = 0;
    for (int k = 0; k <= count; k += 2) {
      int to = k < count ? found[k] : text.length();
      text.getChars(from, to, chars, at);
      for (int i = from; i < to; i++) {
        origin[at++] = i;
      }
      from = k < count ? found[k + 1] : to;
    }
    origin[length] = text.length();
    return new PronunciationGlosses(new String(chars), origin, Arrays.copyOf(found, count));
  }

  /** Whether any char of {@code text} is a toned vowel: most texts hold none and are not read further. */
  private static boolean holdsTonedVowel(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'à' && c <= 'ǜ' && TONED_VOWELS.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
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

  private static boolean isIdeograph(char c) {
    return c >= '\u3400' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff';
  }

  /** {@return the text without its glosses: the text the plan is read from} */
  String reading() {
    return reading;
  }

  /** {@return where a span that starts at {@code offset} of the reading starts in the text as given} */
  int start(int offset) {
    return origin[offset];
  }

  /**
   * {@return where a span that ends at {@code offset} of the reading (exclusive) ends in the text as
   * given: right after its last char, so a gloss after that char is outside it}
   */
  int end(int offset) {
    return offset == 0 ? 0 : origin[offset - 1] + 1;
  }

  /** {@return how many glosses the text holds} */
  int count() {
    return glosses.length / 2;
  }

  /** {@return where gloss {@code k} (its opening bracket) starts in the text as given} */
  int glossStart(int k) {
    return glosses[2 * k];
  }

  /** {@return where gloss {@code k} ends (after its closing bracket) in the text as given} */
  int glossEnd(int k) {
    return glosses[2 * k + 1];
  }
}
