package io.github.policytasks.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanJson;
import io.github.policytasks.parser.PlanParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The embedded annotated plan is exactly what the parser produces from the embedded text. The
 * JSON is a golden file: after a parser change, regenerate it with
 *
 * <pre>mvn -B -pl seeds -am verify -Dpolicytasks.regenerateSeeds=true</pre>
 *
 * review the diff, and commit it; never edit it by hand.
 */
class SeedPlanGoldenTest {
  /** The system property that makes this test rewrite the golden JSON instead of checking it. */
  static final String REGENERATE = "policytasks.regenerateSeeds";

  private static final Path JSON_SOURCE =
      Path.of("src", "main", "resources").resolve(Seeds.JIAXIANG_2023_JSON.substring(1));

  @Test
  void jiaxiang2023_isExactlyWhatTheParserProducesFromTheText() throws IOException {
    Plan parsed = PlanParser.create().parse(Seeds.jiaxiang2023Text());
    String json = PlanJson.write(parsed) + "\n";

    if (Boolean.getBoolean(REGENERATE)) {
      Path file = Path.of(System.getProperty("basedir", ".")).resolve(JSON_SOURCE);
      Files.writeString(file, json, StandardCharsets.UTF_8);
      System.out.println("Regenerated " + file + ": " + parsed);
      return;
    }
    assertThat(embeddedJson())
        .as("the embedded seed JSON is not what the parser produces now: regenerate it with "
            + "mvn -B -pl seeds -am verify -D" + REGENERATE + "=true, review the diff, commit")
        .isEqualTo(json);
    assertThat(Seeds.jiaxiang2023()).isEqualTo(parsed);
  }

  private static String embeddedJson() throws IOException {
    try (InputStream in = Seeds.class.getResourceAsStream(Seeds.JIAXIANG_2023_JSON)) {
      assertThat(in).as("resource " + Seeds.JIAXIANG_2023_JSON).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
