package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CharsetDetection#isValidUtf8} and {@link CharsetDetection#malformedUtf8Before} against
 * the JDK's strict UTF-8 decoder, on bytes drawn to hit every edge of the table of well-formed
 * sequences, on text in UTF-8 and GB18030, and on both with bytes changed or cut.
 */
class Utf8ValidityTest {
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** The bytes at the edges of UTF-8's ranges, and a few ASCII ones. */
  private static final int[] EDGES = {
    0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
    0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFE, 0xFF
  };

  private static boolean jdkValid(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static List<byte[]> inputs() {
    Random random = new Random(17);
    List<byte[]> inputs = new ArrayList<>();
    inputs.add(new byte[0]);
    for (int a : EDGES) {
      for (int b : EDGES) {
        inputs.add(new byte[] {(byte) a, (byte) b});
        for (int c : new int[] {0x41, 0x80, 0xBF, 0xC0}) {
          inputs.add(new byte[] {(byte) a, (byte) b, (byte) c});
          inputs.add(new byte[] {(byte) a, (byte) b, (byte) 0x80, (byte) c});
        }
      }
    }
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[random.nextInt(9)];
      for (int k = 0; k < bytes.length; k++) {
        bytes[k] = (byte) EDGES[random.nextInt(EDGES.length)];
      }
      inputs.add(bytes);
    }
    String text = "县发改局牵头,新增光伏装机20万千瓦以上😀、提升1-3个百分点。\uFFFD";
    for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030)) {
      byte[] whole = text.repeat(3).getBytes(charset);
      inputs.add(whole);
      for (int i = 0; i < 2_000; i++) {
        byte[] changed = whole.clone();
        changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
        inputs.add(changed);
        inputs.add(Arrays.copyOf(whole, random.nextInt(whole.length)));
      }
    }
    return inputs;
  }

  @Test
  void isValidUtf8_isWhatTheJdksStrictDecoderSays() {
    for (byte[] bytes : inputs()) {
      assertThat(CharsetDetection.isValidUtf8(bytes)).as(Arrays.toString(bytes))
          .isEqualTo(jdkValid(bytes));
    }
  }

  @Test
  void malformedUtf8Before_aLimit_isWhetherTheBytesUpToTheSequenceThereAreMalformed() {
    Random random = new Random(5);
    for (byte[] bytes : inputs()) {
      int limit = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
      boolean malformed = CharsetDetection.malformedUtf8Before(bytes, limit);
      if (malformed) {
        assertThat(jdkValid(bytes)).as(Arrays.toString(bytes)).isFalse();
      }
      if (limit == bytes.length) {
        assertThat(malformed).as(Arrays.toString(bytes)).isEqualTo(!jdkValid(bytes));
      }
    }
  }

  @Test
  void decode_gb18030Text_isDecodedAsGb18030_utf8TextAsUtf8() {
    String text = "嘉祥县2023年重点工作任务\n一、工作任务\n1．建设绿色工厂3家以上。\n".repeat(400);

    assertThat(CharsetDetection.decode(text.getBytes(GB18030))).isEqualTo(text);
    assertThat(CharsetDetection.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    assertThat(CharsetDetection.detect(text.getBytes(GB18030))).isEqualTo(GB18030);
  }
}
