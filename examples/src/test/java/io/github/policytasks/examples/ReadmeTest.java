package io.github.policytasks.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.examples.cli.PolicyTasks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project README shows real code and real output: this test runs what it shows and compares.
 * When the seed plan's golden JSON is regenerated and an output changes, paste the new output.
 */
class ReadmeTest {
  private static final String JAR = "java -jar examples/target/policy-tasks.jar ";
  private static final Path ROOT =
      Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();

  private final String readme = read(ROOT.resolve("README.md"));

  @Test
  void tourCode_isTheCodeOfApiTour() {
    String source =
        read(ROOT.resolve("examples/src/main/java/io/github/policytasks/examples/ApiTour.java"));

    for (String line : blockAfter("<!-- tour-code -->").lines().toList()) {
      assertThat(source).as("ApiTour.java has the README line").contains(line.strip());
    }
  }

  @Test
  void trackingCode_isTheCodeOfCheckActuals() {
    String source = read(
        ROOT.resolve("examples/src/main/java/io/github/policytasks/examples/CheckActuals.java"));

    for (String line : blockAfter("<!-- tracking-code -->").lines().toList()) {
      assertThat(source).as("CheckActuals.java has the README line").contains(line.strip());
    }
  }

  @Test
  void tourOutput_isWhatApiTourPrints() {
    assertThat(Printed.by(ApiTour::tour)).isEqualTo(blockAfter("<!-- tour-output -->"));
  }

  @Test
  void normaliseOutput_isWhatTheCommandPrints() {
    String command = blockAfter("<!-- normalise-command -->").strip();

    assertThat(run(command)).isEqualTo(blockAfter("<!-- normalise-output -->"));
  }

  @Test
  void firstCommandExcerpt_isTheStartOfTheSeedLedger() {
    assertLinesAreOutput(blockAfter("The first command prints"), run(JAR.strip()), true);
  }

  @Test
  void toolExamples_showRealOutput() {
    assertLinesAreOutput(blockAfter(JAR + "targets --section 4 --dimension area"),
        run(JAR + "targets --section 4 --dimension area"), true);
    assertLinesAreOutput(blockAfter(JAR + "check --actuals examples/sample-actuals.csv"),
        run(JAR + "check --actuals " + ROOT.resolve("examples/sample-actuals.csv")), false);
    String csv = run(JAR + "ledger --format csv").substring(1);
    assertLinesAreOutput(blockAfter(JAR + "ledger --format csv > ledger.csv"), csv.replace("\r\n",
        "\n"), true);
  }

  @Test
  void sampleActuals_areTheFileShipped() {
    assertThat(blockAfter("The actuals file for `check` is CSV"))
        .isEqualTo(read(ROOT.resolve("examples/sample-actuals.csv")));
  }

  private static void assertLinesAreOutput(String excerpt, String output, boolean fromStart) {
    List<String> lines = output.lines().toList();
    List<String> shown = excerpt.lines().filter(l -> !l.equals("…")).toList();
    assertThat(shown).isNotEmpty();
    if (fromStart) {
      assertThat(lines.subList(0, shown.size())).containsExactlyElementsOf(shown);
    } else {
      assertThat(lines).containsSubsequence(shown);
    }
  }

  /**
   * The content of the first fenced block that opens after the first occurrence of {@code
   * marker} (which may stand inside a block, such as a command).
   */
  private String blockAfter(String marker) {
    int at = readme.indexOf(marker);
    assertThat(at).as("README has " + marker).isNotNegative();
    int fence = readme.indexOf("\n```", at);
    boolean insideBlock = readme.substring(0, at).split("\n```", -1).length % 2 == 0;
    if (insideBlock) {
      fence = readme.indexOf("\n```", fence + 4);
    }
    int start = readme.indexOf('\n', fence + 1) + 1;
    int end = readme.indexOf("\n```", start);
    return readme.substring(start, end + 1);
  }

  private static String run(String command) {
    String args = command.substring(command.indexOf(JAR.strip()) + JAR.strip().length()).strip();
    int comment = args.indexOf("  #");
    if (comment >= 0) {
      args = args.substring(0, comment).strip();
    }
    List<String> argv =
        args.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(args.split(" ")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PolicyTasks.run(argv.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), out,
        System.err, false);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + path, e);
    }
  }
}
