package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Severity;
import io.github.policytasks.core.Task;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Charset detection and the offsets of plans read from bytes. */
class CharsetDetectionTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String TEXT = Documents.text("docs/fullwidth-subsections.txt");
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("UTF-8", TEXT.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 0),
        Arguments.of("UTF-8 with BOM", concat(UTF8_BOM, TEXT.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, 3),
        Arguments.of("GB18030", TEXT.getBytes(GB18030), GB18030, 0),
        Arguments.of("GBK", TEXT.getBytes(Charset.forName("GBK")), GB18030, 0),
        Arguments.of("UTF-16LE with BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)), StandardCharsets.UTF_16LE, 2),
        Arguments.of("UTF-16BE with BOM", TEXT.getBytes(StandardCharsets.UTF_16), StandardCharsets.UTF_16BE, 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void detect_encodedPlan_findsCharsetAndDecodesWithoutBom(String name, byte[] bytes, Charset expected, int bom) {
    assertThat(CharsetDetection.detect(bytes)).isEqualTo(expected);
    assertThat(CharsetDetection.bomLength(bytes)).isEqualTo(bom);
    assertThat(CharsetDetection.decode(bytes)).isEqualTo(TEXT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void parse_encodedPlanBytes_givesSpansIntoTheTextAfterTheBom(String name, byte[] bytes, Charset expected, int bom)
      throws IOException {
    Plan fromBytes = PlanParser.create().parse(bytes);
    Plan fromText = PlanParser.create().parse(TEXT);
    Plan fromStream = PlanParser.create().parse(new ByteArrayInputStream(bytes));
    assertThat(fromBytes).isEqualTo(fromText);
    assertThat(fromStream).isEqualTo(fromText);
    Task task = fromBytes.task("t1").orElseThrow();
    assertThat(task.span().textOf(TEXT)).startsWith("１．实施重点项目攻坚");
  }

  @Test
  void parse_pathWithDetectedAndExplicitCharset_readsTheSamePlan(@TempDir Path dir) throws IOException {
    Path gbk = dir.resolve("plan-gbk.txt");
    Files.write(gbk, TEXT.getBytes(GB18030));
    Plan detected = PlanParser.create().parse(gbk);
    Plan explicit = PlanParser.create().parse(gbk, GB18030);
    assertThat(detected).isEqualTo(explicit);
    assertThat(detected.allTasks()).hasSize(4);
    assertThat(PlanParser.create().parse(new StringReader(TEXT))).isEqualTo(detected);
  }

  @Test
  void parse_stringWithLeadingBom_keepsItAsOneOffset() {
    Plan plan = PlanParser.create().parse("\uFEFF" + TEXT);
    Task task = plan.task("t1").orElseThrow();
    assertThat(task.span().textOf("\uFEFF" + TEXT)).startsWith("１．实施重点项目攻坚");
    assertThat(task.span().start()).isEqualTo(TEXT.indexOf("１．实施") + 1);
  }

  @Test
  void decode_ofDetectedCharset_isTheTextInTheCharsetDetectWouldChoose() {
    java.util.List<byte[]> inputs = new java.util.ArrayList<>(java.util.List.of(
        new byte[0],
        TEXT.getBytes(StandardCharsets.UTF_8),
        TEXT.getBytes(GB18030),
        ("写明的替换符\uFFFD照录" + TEXT).getBytes(StandardCharsets.UTF_8),
        ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8),
        ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE),
        ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE),
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, 'a'},
        new byte[] {(byte) 0xC0, (byte) 0xAF},
        new byte[] {'a', (byte) 0xE4, (byte) 0xB8},
        new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xFF}));
    java.util.Random random = new java.util.Random(12);
    for (int i = 0; i < 500; i++) {
      byte[] bytes = new byte[random.nextInt(12)];
      random.nextBytes(bytes);
      inputs.add(bytes);
      byte[] mostlyText = ("县发改局" + i + "\uFFFD").getBytes(i % 2 == 0 ? StandardCharsets.UTF_8 : GB18030);
      mostlyText[random.nextInt(mostlyText.length)] = (byte) random.nextInt(256);
      inputs.add(mostlyText);
    }
    for (byte[] bytes : inputs) {
      assertThat(CharsetDetection.decode(bytes))
          .as(java.util.Arrays.toString(bytes))
          .isEqualTo(CharsetDetection.decode(bytes, CharsetDetection.detect(bytes)));
    }
  }

  @Test
  void parseDecoded_givesWhatParsingTheBytesGives_malformedInputReportedAlike() {
    byte[] gb = TEXT.getBytes(GB18030);
    byte[] withBom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
    for (Object[] input : new Object[][] {
        {gb, StandardCharsets.UTF_8}, {gb, GB18030}, {withBom, StandardCharsets.UTF_8}}) {
      byte[] bytes = (byte[]) input[0];
      Charset charset = (Charset) input[1];
      Plan fromBytes = PlanParser.create().parse(bytes, charset);

      Plan fromText = PlanParser.create().parseDecoded(CharsetDetection.decode(bytes, charset));

      assertThat(fromText).isEqualTo(fromBytes);
      assertThat(fromText.diagnostics()).isEqualTo(fromBytes.diagnostics());
    }
    assertThat(PlanParser.create().parseDecoded(CharsetDetection.decode(gb, StandardCharsets.UTF_8))
        .diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.INPUT_MALFORMED);
  }

  @Test
  void parse_malformedBytesInExplicitCharset_reportsWhereTheyWereReplaced() {
    byte[] bytes = TEXT.getBytes(GB18030);
    Plan plan = PlanParser.create().parse(bytes, StandardCharsets.UTF_8);
    assertThat(plan.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.INPUT_MALFORMED);
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
    });
  }
}
