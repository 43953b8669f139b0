package io.github.policytasks.examples.cli;

import java.io.InputStream;
import java.util.Objects;

/**
 * What the commands read from their environment besides arguments: standard input, and whether
 * standard error is a terminal (which turns on progress for multi-file runs).
 *
 * @param stdin standard input
 * @param terminal whether standard error is an interactive terminal
 */
record CliContext(InputStream stdin, boolean terminal) {
  CliContext {
    Objects.requireNonNull(stdin, "stdin");
  }
}
