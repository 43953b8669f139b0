package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link CloseBrackets} finds every closing bracket of the folded text, of each kind, in order, and
 * answers alike when asked again at an earlier offset.
 */
class CloseBracketsTest {
  @Test
  void next_givesTheFirstClosingBracketAtOrAfterAnOffset() {
    String f = "a(b)c【d】e〔f〕g[h]i〖j〗k";
    CloseBrackets closes = new CloseBrackets(f);

    assertThat(closes.next(0)).isEqualTo(3);
    assertThat(closes.next(3)).isEqualTo(3);
    assertThat(closes.next(4)).isEqualTo(f.indexOf('】'));
    assertThat(closes.next(f.indexOf('】') + 1)).isEqualTo(f.indexOf('〕'));
    assertThat(closes.next(f.indexOf('〕') + 1)).isEqualTo(f.indexOf(']'));
    assertThat(closes.next(f.indexOf(']') + 1)).isEqualTo(f.indexOf('〗'));
    assertThat(closes.next(f.indexOf('〗') + 1)).isEqualTo(Integer.MAX_VALUE);
    assertThat(closes.next(1)).isEqualTo(3);
    assertThat(closes.next(f.indexOf('】'))).isEqualTo(f.indexOf('】'));
  }
}
