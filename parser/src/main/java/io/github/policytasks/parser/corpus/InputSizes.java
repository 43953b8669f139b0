package io.github.policytasks.parser.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Input sizes: reading a stream with a limit, so that an endless or huge input ({@code
 * /dev/zero}) is refused after at most the limit's worth of bytes, and sizes written and read as
 * {@code 256MB}. Stateless and thread-safe.
 */
public final class InputSizes {
  /** The default limit on one input: 256 MB, far above any real plan (the largest are ~10 MB). */
  public static final long DEFAULT_LIMIT = 256L * 1024 * 1024;

  private static final int CHUNK = 1 << 20;

  /** The largest array a JVM allocates: no buffer is asked for above it, whatever a file lists. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private InputSizes() {}

  /**
   * {@return everything {@code in} yields, if that is at most {@code limit} bytes, read in chunks
   * of 1 MB (no copying while reading): memory stays within the limit plus one chunk while reading}
   *
   * @param in the stream to read (not closed)
   * @param limit the largest number of bytes accepted
   * @throws InputTooLargeException after reading {@code limit + 1} bytes
   * @throws IOException when reading fails
   */
  public static byte[] readAll(InputStream in, long limit) throws IOException {
    return readAll(in, limit, 0);
  }

  /**
   * {@return everything {@code in} yields, if that is at most {@code limit} bytes, as {@link
   * #readAll(InputStream, long)} does, with a first buffer of exactly {@code expected} bytes: the
   * size of a file as listed, so that a file read whole comes back in that buffer, never copied;
   * one more byte is then asked for to see its end, and a file that grew since is read on}
   *
   * @param in the stream to read (not closed)
   * @param limit the largest number of bytes accepted
   * @param expected how many bytes {@code in} is expected to yield (0 or less when unknown: a
   *     first chunk of 1 MB)
   * @throws InputTooLargeException after reading {@code limit + 1} bytes
   * @throws IOException when reading fails
   */
  public static byte[] readAll(InputStream in, long limit, long expected) throws IOException {
    Objects.requireNonNull(in, "in");
    List<byte[]> chunks = new ArrayList<>();
    long total = 0;
    long next = expected > 0 ? expected : CHUNK;
    while (true) {
      byte[] chunk = new byte[(int) Math.min(Math.min(next, limit + 1 - total), MAX_ARRAY)];
      next = chunks.isEmpty() && expected > 0 ? 1 : CHUNK;
      int length = in.readNBytes(chunk, 0, chunk.length);
      total += length;
      if (total > limit) {
        throw new InputTooLargeException(limit);
      }
      if (length > 0) {
        chunks.add(length == chunk.length ? chunk : Arrays.copyOf(chunk, length));
      }
      if (length < chunk.length) {
        break;
      }
    }
    if (chunks.size() == 1) {
      return chunks.get(0);
    }
    byte[] all = new byte[(int) total];
    int at = 0;
    for (byte[] chunk : chunks) {
      System.arraycopy(chunk, 0, all, at, chunk.length);
      at += chunk.length;
    }
    return all;
  }

  /**
   * {@return {@code bytes} for people: {@code 256 MB}, {@code 1.5 KB}, {@code 12 bytes}}
   *
   * @param bytes a number of bytes
   */
  public static String describe(long bytes) {
    String[] units = {"KB", "MB", "GB", "TB"};
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    String number = value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
    return number + " " + units[unit];
  }

  /**
   * {@return the size {@code text} names: a whole number of bytes, optionally followed by {@code
   * K}, {@code M}, {@code G} (binary multiples, case-insensitive, an optional {@code B})}
   *
   * @param text a size such as {@code 256M}, {@code 1.5G} or {@code 4096}
   * @throws IllegalArgumentException for anything else
   */
  public static long parse(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (t.endsWith("B")) {
      t = t.substring(0, t.length() - 1);
    }
    long factor = 1;
    if (!t.isEmpty()) {
      switch (t.charAt(t.length() - 1)) {
        case 'K': factor = 1L << 10; break;
        case 'M': factor = 1L << 20; break;
        case 'G': factor = 1L << 30; break;
        default: factor = 1;
      }
    }
    if (factor != 1) {
      t = t.substring(0, t.length() - 1).strip();
    }
    try {
      long number = Long.parseLong(t);
      if (number < 0) {
        throw new IllegalArgumentException("A size cannot be negative: " + text);
      }
      return Math.multiplyExact(number, factor);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "Not a size: '" + text + "' (write bytes, or a number with K, M or G: 256M)", e);
    }
  }
}
