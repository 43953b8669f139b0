package io.github.policytasks.parser;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Detects and decodes the charset of a plan's bytes: a byte-order mark names UTF-8, UTF-16BE or
 * UTF-16LE; without one, bytes that are valid UTF-8 are UTF-8, and otherwise GB18030 (the
 * superset of GBK and GB2312 in which Chinese government sites publish).
 *
 * <p><b>Offsets and the BOM.</b> A byte-order mark is never part of the decoded text: {@link
 * #decode(byte[])} and {@link #decode(byte[], Charset)} drop it, so every span of a parsed plan
 * counts UTF-16 units from the first character after the BOM, and {@code
 * text.substring(span.start(), span.end())} on the decoded text gives the spanned words. Text
 * handed to the parser as a {@code String} is taken as it is: a leading U+FEFF there is kept,
 * counts as one offset and reads as a space.
 *
 * <p>Stateless and thread-safe.
 */
public final class CharsetDetection {
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** How many bytes {@link #decode(byte[])} checks before it decodes as UTF-8. */
  private static final int PROBE = 4096;

  private CharsetDetection() {}

  /**
   * {@return the charset of {@code bytes}: from the BOM, else UTF-8 when valid, else GB18030}
   *
   * @param bytes the bytes of the text
   */
  public static Charset detect(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      return bom;
    }
    return isValidUtf8(bytes) ? StandardCharsets.UTF_8 : GB18030;
  }

  /**
   * {@return the length in bytes of the byte-order mark that opens {@code bytes}: 3, 2 or 0}
   *
   * @param bytes the bytes of the text
   */
  public static int bomLength(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    Charset bom = bomCharset(bytes);
    if (bom == null) {
      return 0;
    }
    return bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  /**
   * {@return the text of {@code bytes} in the {@link #detect detected} charset, BOM dropped}
   *
   * @param bytes the bytes of the text
   */
  public static String decode(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bomCharset(bytes) != null) {
      return decode(bytes, detect(bytes));
    }
    // One decode either way. Text in GB18030 is seldom valid UTF-8 for long: a malformed sequence
    // in its first few KB settles it. Otherwise a lenient UTF-8 decode replaces every malformed
    // sequence with U+FFFD, so a result without one came from valid UTF-8 (what detect would
    // choose); only a text holding U+FFFD needs the whole check, to tell a written U+FFFD from
    // bad bytes.
    if (malformedUtf8Before(bytes, Math.min(bytes.length, PROBE))) {
      return decode(bytes, GB18030);
    }
    String utf8 = new String(bytes, StandardCharsets.UTF_8);
    if (utf8.indexOf('\uFFFD') < 0 || isValidUtf8(bytes)) {
      return utf8;
    }
    return decode(bytes, GB18030);
  }

  /**
   * {@return the text of {@code bytes} in {@code charset}, a BOM of that charset dropped} Malformed
   * byte sequences become U+FFFD; the parser reports the first one.
   *
   * @param bytes the bytes of the text
   * @param charset the charset of the bytes
   */
  public static String decode(byte[] bytes, Charset charset) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(charset, "charset");
    int skip = 0;
    Charset bom = bomCharset(bytes);
    if (bom != null && (bom.equals(charset) || charset.name().equals("UTF-16"))) {
      skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      charset = bom;
    }
    return new String(bytes, skip, bytes.length - skip, charset);
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** {@return whether {@code bytes} are well-formed UTF-8, as the JDK's strict decoder takes it} */
  static boolean isValidUtf8(byte[] bytes) {
    return !malformedUtf8Before(bytes, bytes.length);
  }

  /**
   * {@return whether a malformed UTF-8 sequence starts before {@code limit} in {@code bytes}} A
   * sequence that starts before the limit is checked whole, up to the end of the array. Well-formed
   * means Unicode's table of well-formed byte sequences, which the JDK's strict decoder follows:
   * no overlong form ({@code C0}, {@code C1}, {@code E0 80..9F}, {@code F0 80..8F}), no surrogate
   * ({@code ED A0..BF}), nothing above U+10FFFF ({@code F4 90..}, {@code F5..FF}), no lone or
   * missing continuation byte.
   */
  static boolean malformedUtf8Before(byte[] bytes, int limit) {
    int n = bytes.length;
    int i = 0;
    while (i < limit) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      int length;
      int low = 0x80;
      int high = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        if (b == 0xE0) {
          low = 0xA0;
        } else if (b == 0xED) {
          high = 0x9F;
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        if (b == 0xF0) {
          low = 0x90;
        } else if (b == 0xF4) {
          high = 0x8F;
        }
      } else {
        return true;
      }
      if (i + length > n) {
        return true;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < low || second > high) {
        return true;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return true;
        }
      }
      i += length;
    }
    return false;
  }
}
