package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.PlanJson;
import io.github.policytasks.seeds.Seeds;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OneFileParseTest {
  @TempDir Path dir;

  @Test
  void of_parseOfOneFileWithDefaultOptions_isTheRunWithoutPicocli() {
    String file = dir.resolve("plan.txt").toString();

    assertRun(OneFileParse.of(new String[] {"parse", file}), file, false);
    assertRun(OneFileParse.of(new String[] {"parse", file, "--compact"}), file, true);
    assertRun(OneFileParse.of(new String[] {"parse", "--compact", file}), file, true);
    assertRun(OneFileParse.of(new String[] {"parse", "-"}), "-", false);
    assertRun(OneFileParse.of(new String[] {"parse", "-", "--compact"}), "-", true);
  }

  private static void assertRun(OneFileParse run, String file, boolean compact) {
    assertThat(run).isNotNull();
    assertThat(run.file()).isEqualTo(file);
    assertThat(run.compact()).isEqualTo(compact);
  }

  @Test
  void of_anythingElse_isLeftToPicocli() {
    String file = dir.resolve("plan.txt").toString();

    for (String[] args : new String[][] {
        {}, {"parse"}, {"parse", file, file}, {"parse", "--strict", file},
        {"parse", "--charset", "GBK", file}, {"parse", "--jsonl", file}, {"parse", "@" + file},
        {"parse", file, "--compact", "--compact"}, {"parse", "--compact"}, {"ledger", file},
        {"targets", file}, {file, "parse"}, {"parse", ""}, {"parse", "--help"},
        {"parse", "--", file}, {"parse", "-", "-"}, {"parse", "--max-input-size", "256M", file},
        {"parse", file, "--compact", "x"}, {"Parse", file}}) {
      assertThat(OneFileParse.of(args)).as(String.join(" ", args)).isNull();
    }
  }

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("seed.txt", Seeds.jiaxiang2023Text().getBytes(StandardCharsets.UTF_8)),
        Arguments.of("blank.txt", " \n\n \n".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("empty.txt", new byte[0]),
        Arguments.of("no-task.txt", "一段不是计划的文字。\n".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("plan.json", PlanJson.write(Seeds.jiaxiang2023())
            .getBytes(StandardCharsets.UTF_8)),
        Arguments.of("binary.txt", new byte[] {'a', 0, 'b'}),
        Arguments.of("gb18030.txt", Seeds.jiaxiang2023Text().getBytes(Charset.forName("GB18030"))),
        Arguments.of("missing.txt", null));
  }

  /**
   * The same run through picocli: {@code --max-input-size 256M} is the option's default, and
   * arguments with an option are left to picocli ({@link #of_anythingElse_isLeftToPicocli}).
   */
  private static Cli.Result throughPicocli(byte[] stdin, List<String> args) {
    List<String> withOption = new ArrayList<>(args);
    withOption.addAll(1, List.of("--max-input-size", "256M"));
    return Cli.runWith(stdin, false, withOption.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void parse_withoutPicocli_printsExactlyWhatItPrintsThroughPicocli(String name, byte[] content)
      throws IOException {
    Path file = dir.resolve(name);
    if (content != null) {
      Files.write(file, content);
    }
    byte[] stdin = content == null ? new byte[0] : content;

    for (List<String> args : List.of(
        List.of("parse", file.toString()), List.of("parse", file.toString(), "--compact"),
        List.of("parse", "--compact", file.toString()), List.of("parse", "-"),
        List.of("parse", "-", "--compact"))) {
      Cli.Result direct = Cli.runWith(stdin, false, args.toArray(String[]::new));
      Cli.Result picocli = throughPicocli(stdin, args);

      assertThat(direct.out() + direct.err()).as(args.toString()).isNotEmpty();
      assertThat(direct.exitCode()).as(args.toString()).isEqualTo(picocli.exitCode());
      assertThat(direct.err()).as(args.toString()).isEqualTo(picocli.err());
      assertThat(direct.outBytes()).as(args.toString()).isEqualTo(picocli.outBytes());
    }
  }

  @Test
  void parse_seedCompact_isOneLineOfTheContract() throws IOException {
    Path file = dir.resolve("seed.txt");
    Files.writeString(file, Seeds.jiaxiang2023Text(), StandardCharsets.UTF_8);

    Cli.Result result = Cli.run("parse", file.toString(), "--compact");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).hasLineCount(1).endsWith("}\n");
    assertThat(PlanJson.read(result.out())).isEqualTo(Seeds.jiaxiang2023());
  }
}
