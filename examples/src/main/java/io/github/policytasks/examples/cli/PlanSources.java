package io.github.policytasks.examples.cli;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanJsonException;
import io.github.policytasks.metrics.PlanContract;
import io.github.policytasks.parser.PlanParseException;
import io.github.policytasks.parser.PlanParser;
import io.github.policytasks.parser.corpus.InputSizes;
import io.github.policytasks.parser.corpus.InputTooLargeException;
import io.github.policytasks.seeds.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
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
  private final ParseOptions options;
  private final PrintWriter err;

  PlanSources(InputStream stdin, ParseOptions options, PrintWriter err) {
    this.stdin = stdin;
    this.options = options;
    this.err = err;
  }

  /** The embedded seed plan. */
  static NamedPlan seed() {
    return new NamedPlan(SEED, Seeds.jiaxiang2023());
  }

  /**
   * The plans of {@code files} in order, or the seed plan when there are none; progress goes to
   * standard error when {@code terminal}.
   */
  List<NamedPlan> loadAll(List<String> files, boolean terminal) {
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

  /**
   * The plan of one {@code file} argument. When the parser could read a text only in part, one
   * line on standard error says how many diagnostics it reported and the first.
   */
  NamedPlan load(String file) {
    if (file.equals(STDIN)) {
      return warned(new NamedPlan(file, parseStdin()));
    }
    Path path = readableFile(file);
    if (file.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return new NamedPlan(file, readJson(path, file));
    }
    return warned(new NamedPlan(file, parseFile(file)));
  }

  private NamedPlan warned(NamedPlan plan) {
    List<Diagnostic> diagnostics = plan.plan().diagnostics();
    if (!diagnostics.isEmpty()) {
      Diagnostic first = diagnostics.get(0);
      String where = first.line() == null ? "" : first.line() + ":" + first.column() + " ";
      err.println(OneLineErrors.line("warning: " + plan.name() + ": " + diagnostics.size()
          + (diagnostics.size() == 1 ? " diagnostic" : " diagnostics") + ", the first at " + where
          + first.message() + " (all of them: policy-tasks parse " + plan.name() + ")"));
      err.flush();
    }
    return plan;
  }

  /** The plan in the text of {@code file} ({@code -} for standard input). */
  Plan parseText(String file) {
    return file.equals(STDIN) ? parseStdin() : parseFile(file);
  }

  private Plan parseStdin() {
    return parseBytes(readText(STDIN), "standard input");
  }

  /**
   * The bytes of plan text {@code file} ({@code -} for standard input), at most {@code
   * --max-input-size} of them.
   *
   * @throws CliException when the file is missing, unreadable or too large
   */
  byte[] readText(String file) {
    boolean isStdin = file.equals(STDIN);
    String name = isStdin ? "standard input" : file;
    Path path = isStdin ? null : readableFile(file);
    try {
      long size = path != null && Files.isRegularFile(path) ? Files.size(path) : 0;
      if (size > options.maxInputSize) {
        throw new InputTooLargeException(options.maxInputSize);
      }
      try (InputStream in = path == null ? null : Files.newInputStream(path)) {
        return InputSizes.readAll(isStdin ? stdin : in, options.maxInputSize, size);
      }
    } catch (InputTooLargeException e) {
      throw new CliException(name + ": " + e.getMessage() + " (see --max-input-size)", e);
    } catch (IOException e) {
      throw new CliException(isStdin
          ? "cannot read standard input: " + OneLineErrors.describe(e)
          : OneLineErrors.describe(e), e);
    }
  }

  /** The plan in {@code bytes}, read from {@code name}. */
  Plan parseBytes(byte[] bytes, String name) {
    PlanTextGuard.requireText(bytes, name);
    PlanParser parser = options.parser();
    Charset charset = options.charset;
    try {
      return charset == null ? parser.parse(bytes) : parser.parse(bytes, charset);
    } catch (PlanParseException e) {
      throw new CliException(name + ": " + e.getMessage(), e);
    }
  }

  private Plan parseFile(String file) {
    return parseBytes(readText(file), file);
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
      return PlanContract.standard().read(in);
    } catch (PlanJsonException e) {
      throw new CliException(file + ": " + e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new CliException(file + ": " + OneLineErrors.describe(e), e);
    }
  }
}
