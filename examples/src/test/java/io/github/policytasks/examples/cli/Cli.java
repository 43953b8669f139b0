package io.github.policytasks.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Runs {@code policy-tasks} in process with captured streams. */
final class Cli {
  private Cli() {}

  /** What one run did. */
  record Result(int exitCode, byte[] outBytes, String err) {
    String out() {
      return new String(outBytes, StandardCharsets.UTF_8);
    }
  }

  static Result run(String... args) {
    return runWith(new byte[0], false, args);
  }

  static Result runWith(byte[] stdin, boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
        true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8),
        true);
    int code = PolicyTasks.run(args, new ByteArrayInputStream(stdin), outWriter, errWriter,
        terminal);
    return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }
}
