package io.github.policytasks.examples.corpus;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growing, reused byte buffer that a generator writes into, from which each finished piece is
 * taken as an array of its exact length: the bytes of a JSON line or of CSV rows, made on a
 * reading thread and later copied to the output in order. Not thread-safe; never fails.
 */
final class ByteLines extends OutputStream {
  private byte[] bytes = new byte[1 << 15];
  private int length;

  @Override
  public void write(int b) {
    ensure(1);
    bytes[length++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, bytes, length, len);
    length += len;
  }

  /** {@return the bytes written since the last take, which are then forgotten} */
  byte[] take() {
    byte[] piece = Arrays.copyOf(bytes, length);
    length = 0;
    return piece;
  }

  /** Forgets what was written since the last take. */
  void clear() {
    length = 0;
  }

  private void ensure(int more) {
    if (bytes.length - length < more) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
