package io.github.policytasks.tracking;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Bytes of a sheet saved as text to a string, the charset detected the way the files people keep
 * need it: a byte-order mark (UTF-8, UTF-16) decides; else text that is valid UTF-8 is UTF-8; else
 * it is GB18030, the superset of GBK that Excel on a Chinese Windows machine writes. A charset
 * given by the caller overrides detection and must decode cleanly. Stateless and thread-safe.
 */
final class TextDecoding {
  /** The charset of Chinese Windows text files, a superset of GBK and GB2312. */
  static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoding() {}

  /**
   * The text of {@code bytes} in {@code charset}, or detected when it is null; a byte-order mark
   * is dropped.
   *
   * @throws ActualsFormatException naming {@code source} when the bytes are not text in the charset
   */
  static String decode(byte[] bytes, @Nullable Charset charset, String source) {
    if (charset == null) {
      if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
        return strict(bytes, 3, StandardCharsets.UTF_8, source);
      }
      if (startsWith(bytes, 0xFF, 0xFE)) {
        return strict(bytes, 2, StandardCharsets.UTF_16LE, source);
      }
      if (startsWith(bytes, 0xFE, 0xFF)) {
        return strict(bytes, 2, StandardCharsets.UTF_16BE, source);
      }
      try {
        return decodeStrictly(bytes, 0, StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        return strict(bytes, 0, GB18030, source);
      }
    }
    String text = strict(bytes, 0, charset, source);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String strict(byte[] bytes, int offset, Charset charset, String source) {
    try {
      return decodeStrictly(bytes, offset, charset);
    } catch (CharacterCodingException e) {
      throw new ActualsFormatException(source, "not " + charset.name() + " text", e);
    }
  }

  private static String decodeStrictly(byte[] bytes, int offset, Charset charset)
      throws CharacterCodingException {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
        .toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
