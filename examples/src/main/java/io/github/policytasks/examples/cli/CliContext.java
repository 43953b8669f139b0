package io.github.policytasks.examples.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * What the commands read from their environment besides arguments: standard input, standard
 * output as bytes (for JSON written straight as UTF-8; flush the command's {@code PrintWriter}
 * first if both are used), and whether standard error is a terminal (which turns on progress for
 * multi-file runs).
 *
 * @param stdin standard input
 * @param stdout standard output as a byte stream, every write checked
 * @param terminal whether standard error is an interactive terminal
 */
record CliContext(InputStream stdin, OutputStream stdout, boolean terminal) {
  CliContext {
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(stdout, "stdout");
  }
}
