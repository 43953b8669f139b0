package io.github.policytasks.examples.cli;

import io.github.policytasks.core.Plan;
import io.github.policytasks.parser.CharsetDetection;
import io.github.policytasks.parser.PlanParseException;
import io.github.policytasks.parser.PlanParser;
import io.github.policytasks.parser.corpus.InputCheck;
import io.github.policytasks.parser.corpus.InputProblem;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the one plan of {@code parse FILE}, warning on one line of standard error when the input
 * is empty, blank, binary or mostly unreadable, or when it yields no task; with {@code --strict}
 * such a warning ends the run with exit code {@link ExitCodes#PARTLY} and no plan. Errors (a
 * missing or oversized file, a strict parser's first problem) are {@link CliException}s.
 */
final class SinglePlan {
  /** The warning for a plan text in which no task was found. */
  static final String NO_TASK =
      "no task found: this does not read as a key-work-task plan (numbered tasks under headings)";

  /**
   * What reading gave.
   *
   * @param plan the plan to print, or null when there is none
   * @param exitCode the exit code of the run
   */
  record Outcome(@Nullable Plan plan, int exitCode) {}

  private final PlanSources sources;
  private final ParseOptions options;
  private final PrintWriter err;

  SinglePlan(InputStream stdin, ParseOptions options, PrintWriter err) {
    this.sources = new PlanSources(stdin, options, err);
    this.options = options;
    this.err = err;
  }

  /**
   * What {@link #prepare} read from a file, before anything is reported.
   *
   * @param text the decoded plan text
   * @param problem what makes the input look unlike plan text, if anything
   * @param plan the parsed plan, or null when it was not parsed or the parser refused the text
   * @param refusal the parser's refusal, or null
   */
  private record Reading(String text, Optional<InputProblem> problem, @Nullable Plan plan,
      @Nullable PlanParseException refusal) {}

  /**
   * Reads {@code file} ({@code -} for standard input): its bytes are checked, their charset
   * detected and decoded once, and the decoded text is both checked and parsed.
   */
  Outcome read(String file) {
    String name = displayName(file);
    Reading reading = prepare(file);
    Optional<InputProblem> problem = reading.problem();
    if (problem.isPresent()) {
      warn(name, problem.get().reason());
      if (options.strict) {
        return new Outcome(null, ExitCodes.PARTLY);
      }
    }
    PlanParseException refusal = reading.refusal();
    if (refusal != null) {
      if (options.strict
          && PlanParser.create().parseDecoded(reading.text()).allTasks().isEmpty()) {
        warn(name, NO_TASK);
        return new Outcome(null, ExitCodes.PARTLY);
      }
      throw new CliException(name + ": " + refusal.getMessage(), refusal);
    }
    Plan plan = Objects.requireNonNull(reading.plan(), "plan");
    if (problem.isEmpty() && plan.allTasks().isEmpty()) {
      warn(name, NO_TASK);
      if (options.strict) {
        return new Outcome(null, ExitCodes.PARTLY);
      }
    }
    return new Outcome(plan, ExitCodes.OK);
  }

  /**
   * Reads, checks, decodes and parses {@code file} without reporting anything (a strict run
   * does not parse an input with a problem, which it refuses).
   *
   * @throws CliException when the file is missing, unreadable, too large, JSON or binary
   */
  private Reading prepare(String file) {
    String name = displayName(file);
    byte[] bytes = sources.readText(file);
    PlanTextGuard.requireText(bytes, name);
    String text = options.charset != null
        ? CharsetDetection.decode(bytes, options.charset) : CharsetDetection.decode(bytes);
    Optional<InputProblem> problem = InputCheck.problem(bytes);
    if (problem.isEmpty()) {
      problem = InputCheck.problem(text);
    }
    if (problem.isPresent() && options.strict) {
      return new Reading(text, problem, null, null);
    }
    try {
      return new Reading(text, problem, options.parser().parseDecoded(text), null);
    } catch (PlanParseException e) {
      return new Reading(text, problem, null, e);
    }
  }

  private static String displayName(String file) {
    return file.equals(PlanSources.STDIN) ? "standard input" : file;
  }

  private void warn(String name, String message) {
    err.println(OneLineErrors.line("warning: " + name + ": " + message));
    err.flush();
  }
}
