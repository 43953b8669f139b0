package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policytasks.core.PlanJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The parser against real published plans: every {@code *.expected.json} annotation in the test
 * resource folder {@code io/github/policytasks/parser/real-plans/} is scored against the parse of
 * its text, which is never committed and is read from {@code shared/real-plans/} beside the
 * repository (found by walking up from the module directory) or from the folder named by the
 * system property {@code policytasks.realPlans}. When that folder is missing the test is skipped
 * with a message that says so.
 *
 * <p>Each run writes {@code target/real-plans-acceptance.md}: one row per plan with its blind
 * score (the first run after its annotation was committed, from {@code blind-scores.tsv}) beside
 * the current score, then the per-task misses of the plans that are not held out. A held-out plan
 * ({@code "heldOut": true}) shows aggregate numbers only, in the report and in failure messages.
 *
 * <p>The test fails when a plan's current score falls below its row in {@code floors.tsv}
 * (tasks found, spurious tasks, lead-unit accuracy, target F1, field accuracy), or when an
 * annotated text is missing from the folder.
 *
 * <p>Recording blind scores: run once with {@code -Dpolicytasks.recordBlind=true}, on a worktree
 * that has just merged main, e.g. {@code mvn -B -q -o -pl parser -am verify
 * -Dtest=RealPlansAcceptanceTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpolicytasks.recordBlind=true}. Every plan that has no blind row yet gets one (date, the commit
 * of {@code main} — or {@code -Dpolicytasks.blindCommit=…} — and its scores) appended to
 * {@code blind-scores.tsv}, and a floor equal to it appended to {@code floors.tsv}, both in the
 * source tree; existing rows are never changed. Commit both files.
 */
class RealPlansAcceptanceTest {
  static final String ANNOTATIONS = "src/test/resources/io/github/policytasks/parser/real-plans";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper PLAN_JSON = PlanJson.newMapper();

  /**
   * One corpus of annotated real plans: the annotation folder under the test resources (its name
   * on the classpath), the folder beside the repository that holds the texts ({@code shared/NAME}),
   * the system property that may name that folder instead, and the report written under
   * {@code target/}.
   */
  record Corpus(String annotations, String resource, String sharedFolder, String property, String report) {}

  /** The acceptance corpus of issue 10: {@code shared/real-plans}. */
  static final Corpus REAL_PLANS = new Corpus(ANNOTATIONS, "real-plans", "real-plans", "policytasks.realPlans",
      "real-plans-acceptance.md");

  @Test
  void realPlans_scoreAtLeastTheirFloors() throws IOException {
    check(REAL_PLANS);
  }

  /**
   * Scores every annotation of the corpus against the parse of its text, writes the report, records
   * blind rows when asked, and fails on a missing text or a plan below its floor.
   */
  static void check(Corpus corpus) throws IOException {
    Path texts = textFolder(corpus);
    Path annotations = annotationFolder(corpus);
    PlanParser parser = PlanParser.create();
    List<Scored> scored = expectedFiles(annotations).parallelStream().map(f -> score(f, texts, parser))
        .collect(Collectors.toList());
    Map<String, RealPlanScore> scores = new LinkedHashMap<>();
    Map<String, Boolean> heldOut = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (Scored s : scored) {
      if (s.score == null) {
        missing.add(s.text.toString());
      } else {
        scores.put(s.plan, s.score);
        heldOut.put(s.plan, s.heldOut);
      }
    }
    Path blindFile = annotations.resolve("blind-scores.tsv");
    Path floorFile = annotations.resolve("floors.tsv");
    if (Boolean.getBoolean("policytasks.recordBlind")) {
      recordBlind(scores, blindFile, floorFile);
    }
    Map<String, List<String>> blind = RealPlanTables.read(blindFile);
    Map<String, RealPlanTables.Floor> floors = RealPlanTables.floors(floorFile);
    Path report = Path.of("target", corpus.report());
    Files.createDirectories(report.getParent());
    Files.writeString(report, RealPlansReport.markdown(texts, scores, heldOut, blind, floors), StandardCharsets.UTF_8);

    assertThat(missing).as("annotated plans whose text is missing from " + texts).isEmpty();
    assertThat(scores).as("annotations in " + annotations).isNotEmpty();
    List<String> breaches = new ArrayList<>();
    floors.forEach((plan, floor) -> {
      RealPlanScore score = scores.get(plan);
      if (score == null) {
        breaches.add(plan + ": has a floor but no annotation");
      } else if (!floor.breaches(score).isEmpty()) {
        breaches.add(plan + ":" + floor.breaches(score) + " (now " + score.summary() + ")");
      }
    });
    assertThat(breaches).as("plans below their floor in floors.tsv; details in " + report.toAbsolutePath()).isEmpty();
  }

  /** One annotated plan after scoring; {@code score} is null when its text is missing. */
  private record Scored(String plan, boolean heldOut, Path text, @Nullable RealPlanScore score) {}

  private static Scored score(Path file, Path texts, PlanParser parser) {
    String plan = file.getFileName().toString().replace(".expected.json", "");
    try {
      JsonNode expected = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      Path text = texts.resolve(expected.path("source").asText(plan + ".txt"));
      boolean heldOut = expected.path("heldOut").asBoolean(false);
      if (!Files.isRegularFile(text)) {
        return new Scored(plan, heldOut, text, null);
      }
      JsonNode parsed = PLAN_JSON.valueToTree(parser.parse(Files.readString(text, StandardCharsets.UTF_8)));
      return new Scored(plan, heldOut, text, RealPlanScorer.score(expected, parsed));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void recordBlind(Map<String, RealPlanScore> scores, Path blindFile, Path floorFile) {
    Map<String, List<String>> blind = RealPlanTables.read(blindFile);
    Map<String, List<String>> floors = RealPlanTables.read(floorFile);
    String date = LocalDate.now(ZoneOffset.UTC).toString();
    String commit = System.getProperty("policytasks.blindCommit", mainCommit());
    scores.forEach((plan, score) -> {
      if (!blind.containsKey(plan)) {
        RealPlanTables.append(blindFile, RealPlanTables.BLIND_HEADER, RealPlanTables.blindRow(plan, date, commit, score));
      }
      if (!floors.containsKey(plan)) {
        RealPlanTables.append(floorFile, RealPlanTables.FLOOR_HEADER, RealPlanTables.Floor.of(score).row(plan));
      }
    });
  }

  /** The abbreviated commit of branch {@code main}, or {@code unknown} when git cannot say. */
  private static String mainCommit() {
    try {
      Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "main").redirectErrorStream(true).start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  /**
   * The folder of plan texts: the system property {@code policytasks.realPlans}, else the first
   * {@code shared/real-plans} found beside the module directory or one of its ancestors.
   */
  static Path textFolder() {
    return textFolder(REAL_PLANS);
  }

  /**
   * The folder of the corpus's plan texts: its system property, else the first
   * {@code shared/<folder>} found beside the module directory or one of its ancestors.
   */
  static Path textFolder(Corpus corpus) {
    String property = System.getProperty(corpus.property());
    if (property != null && !property.isBlank()) {
      Path folder = Path.of(property);
      return Files.isDirectory(folder) ? folder : Assumptions.abort("The real plans folder is missing: "
          + folder.toAbsolutePath() + " (from -D" + corpus.property() + ") does not exist, so the real-plan acceptance"
          + " test is skipped.");
    }
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null && dir.getParent() != null; dir = dir.getParent()) {
      Path candidate = dir.getParent().resolve("shared").resolve(corpus.sharedFolder());
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return Assumptions.abort("The real plans folder is missing: no shared/" + corpus.sharedFolder() + " beside "
        + start + " or any folder above it, and -D" + corpus.property() + " is not set, so the real-plan acceptance"
        + " test is skipped (the plan texts are never committed; see " + corpus.annotations() + "/README.md).");
  }

  /** The annotation folder in the source tree when the test runs from the module, else on the classpath. */
  static Path annotationFolder() {
    return annotationFolder(REAL_PLANS);
  }

  /** The corpus's annotation folder in the source tree when the test runs from the module, else on the classpath. */
  static Path annotationFolder(Corpus corpus) {
    Path source = Path.of(corpus.annotations());
    if (Files.isDirectory(source)) {
      return source;
    }
    URL url = RealPlansAcceptanceTest.class.getResource(corpus.resource());
    if (url == null) {
      throw new IllegalStateException("No " + corpus.resource() + " annotation folder in " + source.toAbsolutePath()
          + " or on the test classpath");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> expectedFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".expected.json")).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
