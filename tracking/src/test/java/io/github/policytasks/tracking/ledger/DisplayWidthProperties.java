package io.github.policytasks.tracking.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;

class DisplayWidthProperties {

  @Property
  void truncate_fitsTheWidthAndKeepsAPrefix(
      @ForAll @CharRange(from = 'a', to = 'z') @CharRange(from = '一', to = '龥') @Chars({'、', '“'})
          String text,
      @ForAll @IntRange(min = 1, max = 40) int width) {
    String cut = DisplayWidth.truncate(text, width);

    assertThat(DisplayWidth.of(cut)).isLessThanOrEqualTo(width);
    if (cut.equals(text)) {
      assertThat(DisplayWidth.of(text)).isLessThanOrEqualTo(width);
    } else {
      assertThat(cut).endsWith("…");
      assertThat(text).startsWith(cut.substring(0, cut.length() - 1));
      assertThat(DisplayWidth.of(cut)).isGreaterThanOrEqualTo(width - 2);
    }
  }

  @Property
  void padRight_reachesTheWidthExactlyWhenTextIsNarrower(
      @ForAll @CharRange(from = 'a', to = 'z') @CharRange(from = '一', to = '龥') String text,
      @ForAll @IntRange(min = 0, max = 40) int width) {
    String padded = DisplayWidth.padRight(text, width);

    assertThat(DisplayWidth.of(padded)).isEqualTo(Math.max(width, DisplayWidth.of(text)));
    assertThat(padded).startsWith(text);
  }
}
