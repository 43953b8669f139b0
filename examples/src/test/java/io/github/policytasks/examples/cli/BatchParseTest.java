package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanJson;
import io.github.policytasks.parser.corpus.SampleCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchParseTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<JsonNode> lines(Cli.Result result) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : result.out().split("\n")) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void jsonl_thousandFilesWithFiveBroken_prints995PlansNamesThe5AndExits1() throws IOException {
    SampleCorpus.Written written = SampleCorpus.write(dir, 995, 5, 12);

    Cli.Result result = Cli.run("parse", "--jsonl", dir.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    List<JsonNode> lines = lines(result);
    assertThat(lines).hasSize(1000);
    List<String> relative = new ArrayList<>(written.plans());
    written.broken().forEach(b -> relative.add(b.file()));
    List<String> expectedOrder = relative.stream().sorted()
        .map(f -> dir.resolve(f).toString()).toList();
    assertThat(lines).extracting(n -> n.get("file").asText()).containsExactlyElementsOf(expectedOrder);
    assertThat(lines).filteredOn(n -> n.has("plan")).hasSize(995);
    List<String> errors = new ArrayList<>();
    for (SampleCorpus.BrokenFile broken : written.broken().stream()
        .sorted(java.util.Comparator.comparing(SampleCorpus.BrokenFile::file)).toList()) {
      String file = dir.resolve(broken.file()).toString();
      errors.add(file + ": " + broken.kind().problem().reason());
    }
    assertThat(lines).filteredOn(n -> n.has("error"))
        .extracting(n -> n.get("file").asText() + ": " + n.get("error").asText())
        .containsExactlyElementsOf(errors);
    List<String> named = new ArrayList<>();
    errors.forEach(e -> named.add("policy-tasks: " + e));
    named.add("policy-tasks: 995 of 1000 files read, 5 failed");
    assertThat(result.err().split("\n")).containsExactlyElementsOf(named);
  }

  @Test
  void jsonl_planLine_isTheCompactPlanOfTheContract() throws IOException {
    SampleCorpus.Written written = SampleCorpus.write(dir, 3, 0, 5);
    Path first = dir.resolve(written.plans().get(0));

    Cli.Result batch = Cli.run("parse", "--jsonl", first.toString());
    Cli.Result single = Cli.run("parse", "--compact", first.toString());

    assertThat(batch.exitCode()).isZero();
    String line = batch.out();
    assertThat(line).startsWith("{\"file\":" + JSON.writeValueAsString(first.toString())
        + ",\"plan\":{\"schemaVersion\":\"1\"").endsWith("}}\n").hasLineCount(1);
    Plan plan = PlanJson.read(JSON.writeValueAsString(JSON.readTree(line).get("plan")));
    assertThat(plan).isEqualTo(PlanJson.read(single.out()));
    assertThat(single.out()).hasLineCount(1).doesNotContain("\n  ");
  }

  @Test
  void jsonl_oneOrManyThreads_printTheSameBytes() throws IOException {
    SampleCorpus.write(dir, 30, 3, 9);

    Cli.Result one = Cli.run("parse", "--jsonl", "--threads", "1", dir.toString());
    Cli.Result four = Cli.run("parse", "--jsonl", "--threads", "4", dir.toString());

    assertThat(four.outBytes()).isEqualTo(one.outBytes());
    assertThat(four.exitCode()).isEqualTo(one.exitCode()).isEqualTo(1);
  }

  @Test
  void jsonl_filesAndFoldersMixed_keepArgumentOrderAndReportMissingOnes() throws IOException {
    SampleCorpus.Written written = SampleCorpus.write(dir.resolve("a"), 2, 0, 3);
    Path lone = dir.resolve("a").resolve(written.plans().get(1));
    Path missing = dir.resolve("missing.txt");

    Cli.Result result = Cli.run("parse", "--jsonl", lone.toString(), missing.toString(),
        dir.resolve("a").toString());

    assertThat(lines(result)).extracting(n -> n.get("file").asText()).containsExactly(
        lone.toString(), missing.toString(), dir.resolve("a").resolve(written.plans().get(0))
            .toString(), lone.toString());
    assertThat(lines(result).get(1).get("error").asText()).isEqualTo("no such file");
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void jsonl_nothingReadable_exits2() throws IOException {
    SampleCorpus.write(dir, 0, 3, 1);

    Cli.Result result = Cli.run("parse", "--jsonl", dir.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(lines(result)).hasSize(3).allMatch(n -> n.has("error"));
  }

  @Test
  void jsonl_allReadable_exits0WithNothingOnStderr() throws IOException {
    SampleCorpus.write(dir, 5, 0, 1);

    Cli.Result result = Cli.run("parse", "--jsonl", dir.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
  }

  @Test
  void jsonl_emptyFolder_isOneLineWithExitCode2() throws IOException {
    Files.createDirectories(dir.resolve("none"));

    Cli.Result result = Cli.run("parse", "--jsonl", dir.resolve("none").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("policy-tasks: no file to read in "
        + dir.resolve("none") + "\n");
  }

  @Test
  void jsonl_terminal_showsProgressOnStderrWhateverStdoutIs() throws IOException {
    SampleCorpus.write(dir, 4, 0, 1);

    Cli.Result terminal = Cli.runWith(new byte[0], true, "parse", "--jsonl", dir.toString());
    Cli.Result quiet = Cli.run("parse", "--jsonl", dir.toString());

    assertThat(terminal.err()).contains("4/4 files").contains("MB/s").endsWith("\r");
    assertThat(quiet.err()).isEmpty();
    assertThat(terminal.outBytes()).isEqualTo(quiet.outBytes());
  }

  @Test
  void parse_severalFilesWithoutJsonl_isOneLineWithExitCode2() throws IOException {
    SampleCorpus.Written written = SampleCorpus.write(dir, 2, 0, 1);

    Cli.Result result = Cli.run("parse", dir.resolve(written.plans().get(0)).toString(),
        dir.resolve(written.plans().get(1)).toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("policy-tasks: parse takes one FILE (2 given)")
        .hasLineCount(1);
  }
}
