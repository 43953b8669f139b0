package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.PlanJson;
import io.github.policytasks.seeds.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EarlyReadingTest {
  @TempDir Path dir;
  private Path seedText;

  @BeforeEach
  void writeSeedText() throws IOException {
    seedText = dir.resolve("plan.txt");
    Files.writeString(seedText, Seeds.jiaxiang2023Text(), StandardCharsets.UTF_8);
  }

  @Test
  void start_parseOneFile_readsAndParsesItAhead() {
    String file = seedText.toString();

    for (String[] args : new String[][] {
        {"parse", file}, {"parse", file, "--compact"}, {"parse", "--compact", file}}) {
      SinglePlan.Reading reading = EarlyReading.start(args, InputStream.nullInputStream())
          .take(file);

      assertThat(reading).as(String.join(" ", args)).isNotNull();
      assertThat(reading.plan()).isEqualTo(Seeds.jiaxiang2023());
      assertThat(reading.problem()).isEmpty();
      assertThat(reading.refusal()).isNull();
    }
  }

  @Test
  void start_anythingButParseOfOneFileWithDefaultOptions_readsNothing() {
    String file = seedText.toString();

    for (String[] args : new String[][] {
        {"parse"}, {"parse", "-"}, {"parse", file, file}, {"parse", "--strict", file},
        {"parse", "--charset", "GBK", file}, {"parse", "--jsonl", file}, {"parse", "@" + file},
        {"parse", file, "--compact", "--compact"}, {"ledger", file}, {"targets", file},
        {file, "parse"}, {"parse", ""}}) {
      assertThat(EarlyReading.start(args, InputStream.nullInputStream()))
          .as(String.join(" ", args)).isSameAs(EarlyReading.NONE);
    }
  }

  @Test
  void take_anotherFileOrAFailedReading_isNull() {
    EarlyReading early = EarlyReading.start(new String[] {"parse", seedText.toString()},
        InputStream.nullInputStream());
    String missing = dir.resolve("missing.txt").toString();

    assertThat(early.take(dir.resolve("other.txt").toString())).isNull();
    assertThat(EarlyReading.start(new String[] {"parse", missing}, InputStream.nullInputStream())
        .take(missing)).isNull();
    assertThat(EarlyReading.NONE.take(seedText.toString())).isNull();
  }

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("seed.txt", Seeds.jiaxiang2023Text().getBytes(StandardCharsets.UTF_8)),
        Arguments.of("blank.txt", " \n\n \n".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("no-task.txt", "一段不是计划的文字。\n".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("plan.json", PlanJson.write(Seeds.jiaxiang2023())
            .getBytes(StandardCharsets.UTF_8)),
        Arguments.of("binary.txt", new byte[] {'a', 0, 'b'}),
        Arguments.of("gb18030.txt", Seeds.jiaxiang2023Text().getBytes(
            java.nio.charset.Charset.forName("GB18030"))),
        Arguments.of("missing.txt", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void parse_withTheEarlyReading_printsExactlyWhatItPrintsWithout(String name, byte[] content)
      throws IOException {
    Path file = dir.resolve(name);
    if (content != null) {
      Files.write(file, content);
    }

    for (String compact : new String[] {null, "--compact"}) {
      Cli.Result early = compact == null
          ? Cli.run("parse", file.toString()) : Cli.run("parse", file.toString(), compact);
      Cli.Result without = compact == null
          ? Cli.run("parse", "--max-input-size", "256M", file.toString())
          : Cli.run("parse", "--max-input-size", "256M", file.toString(), compact);

      assertThat(early.out() + early.err()).isNotEmpty();
      assertThat(early.exitCode()).isEqualTo(without.exitCode());
      assertThat(early.err()).isEqualTo(without.err());
      assertThat(early.outBytes()).isEqualTo(without.outBytes());
    }
  }
}
