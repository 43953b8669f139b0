package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link HeaderReader#isTimeOfDay} reads as the regular expression it replaced. */
class TimeOfDayTest {
  private static final Pattern REGEX = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?");
  private static final char[] ALPHABET = {'0', '9', ':', 'a', '\u0663'};

  @Test
  void isTimeOfDay_everyShortString_matchesTheRegularExpression() {
    int checked = 0;
    for (int length = 0; length <= 8; length++) {
      char[] chars = new char[length];
      int count = (int) Math.pow(ALPHABET.length, length);
      for (int n = 0; n < count; n++) {
        int rest = n;
        for (int i = 0; i < length; i++) {
          chars[i] = ALPHABET[rest % ALPHABET.length];
          rest /= ALPHABET.length;
        }
        String text = new String(chars);
        assertThat(HeaderReader.isTimeOfDay(text)).as(text).isEqualTo(REGEX.matcher(text).matches());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(400_000);
  }

  @Test
  void isTimeOfDay_portalTimes() {
    assertThat(HeaderReader.isTimeOfDay("08:44")).isTrue();
    assertThat(HeaderReader.isTimeOfDay("8:44")).isTrue();
    assertThat(HeaderReader.isTimeOfDay("10:15:30")).isTrue();
    assertThat(HeaderReader.isTimeOfDay("10:15:3")).isFalse();
    assertThat(HeaderReader.isTimeOfDay("2020-04-09")).isFalse();
  }
}
