package io.github.policytasks.examples.cli;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanJson;
import io.github.policytasks.examples.corpus.JsonLines;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code policy-tasks parse}: plan text in, annotated plan JSON (the contract) out, written as
 * UTF-8 bytes straight to standard output. One FILE gives one plan (indented, or on one line with
 * {@code --compact}); {@code --jsonl} takes any number of files and folders and prints one line
 * per document ({@link BatchOptions}).
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Parses a plan text and prints its annotated plan as JSON (the plan-json contract).",
      "Problems the parser met are in the JSON's \"diagnostics\"; with --strict the first one "
          + "is an error. An empty, blank or mostly unreadable input, or a plan without any "
          + "task, gives a one-line warning (with --strict: exit code 1).",
      "With --jsonl: FILEs and folders (read recursively, in sorted order) are parsed on all "
          + "cores, one JSON line per document: {\"file\":…,\"plan\":{…}} or "
          + "{\"file\":…,\"error\":\"…\"}; exit code 0 when all were read, 1 when some failed, "
          + "2 when none was."
    })
final class ParseCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "The plan text; '-' reads standard input. With --jsonl: files and folders.")
  List<String> files;

  @Option(names = "--compact", description = "Print the plan's JSON on one line.")
  boolean compact;

  @Option(names = "--jsonl",
      description = "Parse every FILE and every file under a folder; print one JSON line each.")
  boolean jsonl;

  @Mixin ParseOptions parseOptions = new ParseOptions();

  @Mixin BatchOptions batch = new BatchOptions();

  @Override
  public Integer call() throws IOException {
    if (jsonl) {
      return new BatchCommandRun(root.context(), parseOptions, batch, spec.commandLine().getErr())
          .jsonLines(files);
    }
    if (files.size() != 1) {
      throw new CliException("parse takes one FILE (" + files.size()
          + " given); use --jsonl to parse several files or folders");
    }
    return printOne(new SinglePlan(root.context().stdin(), parseOptions,
        spec.commandLine().getErr()), files.get(0), compact, spec.commandLine().getOut(),
        root.context().stdout());
  }

  /**
   * Reads {@code file} with {@code single} and prints its plan to {@code out} (flushing {@code
   * writer}, the command's text output, first), indented or {@code compact}; {@return the exit
   * code} The one-file run, with picocli ({@link #call}) or without ({@link OneFileParse}).
   */
  static int printOne(SinglePlan single, String file, boolean compact, PrintWriter writer,
      OutputStream out) throws IOException {
    SinglePlan.Outcome outcome = single.read(file);
    Plan plan = outcome.plan();
    if (plan != null) {
      writer.flush();
      write(plan, compact, out);
    }
    return outcome.exitCode();
  }

  private static void write(Plan plan, boolean compact, OutputStream out) throws IOException {
    if (compact) {
      JsonLines.writeCompact(plan, out);
    } else {
      PlanJson.write(plan, out);
      out.write('\n');
    }
    out.flush();
  }
}
