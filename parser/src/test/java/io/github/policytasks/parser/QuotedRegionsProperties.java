package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link QuotedRegions} kept as a list of regions answers exactly as marking every char inside a
 * region did: over texts drawn from quote, title and bracket marks, ideographs and digits, every
 * single char and every stretch is compared with a char-by-char reference.
 */
class QuotedRegionsProperties {

  @Property(tries = 300)
  void regions_agreeWithMarkingEveryChar(
      @ForAll @StringLength(max = 400) @Chars({'“', '”', '‘', '’', '"', '「', '」', '『', '』', '《',
          '》', '〈', '〉', '〔', '〕', '【', '】', '[', ']', '年', '家', '，', '1', '2'})
      @CharRange(from = '0', to = '9') String text) {
    boolean[] inside = reference(text);
    QuotedRegions quoted = QuotedRegions.of(text);
    for (int i = 0; i < text.length(); i++) {
      assertThat(quoted.contains(i)).as("char %d of %s", i, text).isEqualTo(inside[i]);
      for (int end = i; end <= Math.min(text.length(), i + 40); end++) {
        boolean any = false;
        for (int k = i; k < end; k++) {
          any |= inside[k];
        }
        assertThat(quoted.touches(i, end)).as("[%d, %d) of %s", i, end, text).isEqualTo(any);
      }
    }
  }

  /**
   * The former reading: a flag per char, set from each opening mark to its closing mark within
   * reach ({@code “} closed by {@code ”} or, as crawls write it, by {@code "}).
   */
  private static boolean[] reference(String text) {
    boolean[] inside = new boolean[text.length()];
    int i = 0;
    while (i < text.length()) {
      char open = text.charAt(i);
      int at = "“‘\"「『《〈〔【[".indexOf(open);
      if (at < 0) {
        i++;
        continue;
      }
      char close = "”’\"」』》〉〕】]".charAt(at);
      int reach = Math.min(text.length(), i + 1 + (open == '《' || open == '〈' ? 160
          : open == '〔' || open == '【' || open == '[' ? 16 : 32));
      int j = i + 1;
      while (j < reach && text.charAt(j) != close && !(open == '“' && text.charAt(j) == '"')) {
        j++;
      }
      if (j < reach) {
        for (int k = i; k <= j; k++) {
          inside[k] = true;
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return inside;
  }
}
