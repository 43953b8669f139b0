package io.github.policytasks.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class InputSizesTest {
  @Test
  void readAll_atTheLimit_readsEverything() throws IOException {
    byte[] bytes = new byte[3 * (1 << 20) + 5];
    bytes[bytes.length - 1] = 7;

    byte[] read = InputSizes.readAll(new ByteArrayInputStream(bytes), bytes.length);

    assertThat(read).isEqualTo(bytes);
  }

  @Test
  void readAll_endlessStream_stopsOneByteAfterTheLimit() {
    CountingZeros zeros = new CountingZeros();

    assertThatThrownBy(() -> InputSizes.readAll(zeros, 5_000_000))
        .isInstanceOf(InputTooLargeException.class)
        .hasMessage("larger than the input size limit of 4.8 MB");
    assertThat(zeros.read).isEqualTo(5_000_001);
  }

  @Test
  void parse_sizesWithUnits_areBinaryMultiples() {
    assertThat(InputSizes.parse("256M")).isEqualTo(256L << 20);
    assertThat(InputSizes.parse("1kb")).isEqualTo(1024);
    assertThat(InputSizes.parse("12")).isEqualTo(12);
    assertThatThrownBy(() -> InputSizes.parse("lots")).hasMessageContaining("Not a size");
  }

  @Test
  void describe_roundSizes_haveNoFraction() {
    assertThat(InputSizes.describe(256L << 20)).isEqualTo("256 MB");
    assertThat(InputSizes.describe(1536)).isEqualTo("1.5 KB");
    assertThat(InputSizes.describe(1)).isEqualTo("1 byte");
  }

  /** An endless stream of zeros that counts what it gave. */
  private static final class CountingZeros extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      read += len;
      return len;
    }
  }
}
