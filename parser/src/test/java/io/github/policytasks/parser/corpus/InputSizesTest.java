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
  void readAll_expectedSize_returnsTheOneBufferOfThatSizeUncopied() throws IOException {
    for (int size : new int[] {36_003, 3 * (1 << 20) + 5}) {
      byte[] bytes = new byte[size];
      bytes[0] = 1;
      bytes[bytes.length - 1] = 2;
      BufferSizes in = new BufferSizes(new ByteArrayInputStream(bytes));

      byte[] read = InputSizes.readAll(in, 1 << 28, bytes.length);

      assertThat(read).isEqualTo(bytes);
      assertThat(read).isSameAs(in.first);
      assertThat(in.largest).isEqualTo(bytes.length);
    }
  }

  @Test
  void readAll_streamLongerOrShorterThanExpected_readsAllOfIt() throws IOException {
    byte[] bytes = new byte[3 * (1 << 20) + 5];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }

    assertThat(InputSizes.readAll(new ByteArrayInputStream(bytes), bytes.length, 1000))
        .isEqualTo(bytes);
    assertThat(InputSizes.readAll(new ByteArrayInputStream(bytes, 0, 10), bytes.length, 1000))
        .containsExactly(java.util.Arrays.copyOf(bytes, 10));
    assertThat(InputSizes.readAll(new ByteArrayInputStream(new byte[0]), 100, 0)).isEmpty();
  }

  @Test
  void readAll_endlessStreamExpectedSmall_stopsOneByteAfterTheLimit() {
    CountingZeros zeros = new CountingZeros();

    assertThatThrownBy(() -> InputSizes.readAll(zeros, 5_000_000, 10))
        .isInstanceOf(InputTooLargeException.class);
    assertThat(zeros.read).isEqualTo(5_000_001);
  }

  /** A stream that remembers the first and the largest buffer it was asked to fill. */
  private static final class BufferSizes extends java.io.FilterInputStream {
    int largest;
    byte[] first;

    BufferSizes(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      largest = Math.max(largest, b.length);
      first = first == null ? b : first;
      return super.read(b, off, len);
    }
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
