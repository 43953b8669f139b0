package io.github.policytasks.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run of the build's class-data archive ({@code policy-tasks.jsa}): runs, in one
 * JVM and with their output discarded, the one-file commands the archive is for — {@code parse}
 * of a plan text (indented and compact JSON, from a file and, in GB18030, from standard input),
 * {@code targets}, the seed ledger, {@code --version} and {@code parse --help}, after the terminal
 * check of {@link PolicyTasks#main} — so that the JVM's
 * list of loaded classes ({@code -XX:DumpLoadedClassList}) holds every class those runs need.
 * Given the command {@code parse} as well, it runs only the plan-parsing runs, for the smaller
 * archive the launcher maps for a one-file {@code parse} ({@code policy-tasks-parse.jsa}: this JDK
 * relocates an archive at every start, at a cost that grows with its size, not with what the run
 * uses). Exits with 1, naming the run, when one of them does not end with exit code 0.
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  /**
   * Trains on the plan text {@code args[0]} (UTF-8), for every one-file command or, when {@code
   * args[1]} is {@code parse}, for parsing a plan only.
   *
   * @param args the path of a plan text in UTF-8, optionally followed by {@code parse}
   */
  public static void main(String[] args) throws Exception {
    boolean parseOnly = args.length == 2 && args[1].equals("parse");
    if (args.length != 1 && !parseOnly) {
      System.err.println("usage: ArchiveTraining PLAN.txt [parse]");
      System.exit(ExitCodes.USAGE);
    }
    Terminal.stderrIsTerminal();
    String plan = args[0];
    byte[] gb18030 = Files.readString(Path.of(plan), StandardCharsets.UTF_8)
        .getBytes(Charset.forName("GB18030"));
    List<List<String>> runs = List.of(
        List.of("parse", plan),
        List.of("parse", plan, "--compact"),
        List.of("parse", "-"),
        List.of("targets", plan),
        List.of(),
        List.of("--version"),
        List.of("parse", "--help"));
    List<List<String>> parsePlanRuns = runs.subList(0, 3);
    for (List<String> run : parseOnly ? parsePlanRuns : runs) {
      InputStream stdin = new ByteArrayInputStream(gb18030);
      int code = PolicyTasks.run(run.toArray(String[]::new), stdin,
          OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), false);
      if (code != ExitCodes.OK) {
        System.err.println("training run policy-tasks " + String.join(" ", run)
            + " ended with exit code " + code);
        System.exit(1);
      }
    }
  }
}
