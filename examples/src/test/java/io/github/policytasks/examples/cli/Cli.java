package io.github.policytasks.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
    int code = PolicyTasks.run(args, new ByteArrayInputStream(stdin), out, err, terminal);
    return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }
}
