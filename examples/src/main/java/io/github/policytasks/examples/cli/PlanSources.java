package io.github.policytasks.examples.cli;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanJson;
import io.github.policytasks.core.PlanJsonException;
import io.github.policytasks.seeds.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where commands get their plans: no file means the embedded seed plan; a file ending in {@code
 * .json} is an annotated plan in the JSON contract; {@code -} and any other file is plan text.
 * Every failure becomes a {@link CliException} naming the file. Not thread-safe (it reads
 * standard input at most once).
 */
final class PlanSources {
  /** The name under which the embedded seed plan is reported. */
  static final String SEED = "seed:jiaxiang-2023";

  /** The argument that stands for standard input. */
  static final String STDIN = "-";

  private final InputStream stdin;

  PlanSources(InputStream stdin) {
    this.stdin = stdin;
  }

  /** The embedded seed plan. */
  static NamedPlan seed() {
    return new NamedPlan(SEED, Seeds.jiaxiang2023());
  }

  /**
   * The plans of {@code files} in order, or the seed plan when there are none; progress goes to
   * {@code err} when {@code terminal}.
   */
  List<NamedPlan> loadAll(List<String> files, PrintWriter err, boolean terminal) {
    if (files.isEmpty()) {
      return List.of(seed());
    }
    List<NamedPlan> plans = new ArrayList<>();
    try (Progress progress = new Progress(err, terminal, files.size())) {
      for (int i = 0; i < files.size(); i++) {
        progress.step(i + 1, files.get(i));
        plans.add(load(files.get(i)));
      }
    }
    return plans;
  }

  /** The plan of one {@code file} argument. */
  NamedPlan load(String file) {
    if (file.equals(STDIN)) {
      throw new CliException("reading plan text from standard input needs the parser");
    }
    Path path = readableFile(file);
    if (!file.toLowerCase(Locale.ROOT).endsWith(".json")) {
      throw new CliException(file + ": reading plan text needs the parser");
    }
    return new NamedPlan(file, readJson(path, file));
  }

  /**
   * The path of {@code file}, checked to be a readable regular file.
   *
   * @throws CliException saying what is wrong with it
   */
  static Path readableFile(String file) {
    Path path;
    try {
      path = Path.of(file);
    } catch (RuntimeException e) {
      throw new CliException("not a valid file name: " + file, e);
    }
    if (!Files.exists(path)) {
      throw new CliException("no such file: " + file);
    }
    if (Files.isDirectory(path)) {
      throw new CliException(file + " is a directory, not a file");
    }
    if (!Files.isReadable(path)) {
      throw new CliException("cannot read " + file + ": permission denied");
    }
    return path;
  }

  private static Plan readJson(Path path, String file) {
    try (InputStream in = Files.newInputStream(path)) {
      return PlanJson.read(in);
    } catch (PlanJsonException e) {
      throw new CliException(file + ": " + e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new CliException(file + ": " + OneLineErrors.describe(e), e);
    }
  }
}
