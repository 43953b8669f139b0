package io.github.policytasks.examples.cli;

import picocli.CommandLine.Option;

/** The options of a batch run ({@code parse --jsonl}, {@code corpus}): {@code --threads}. */
final class BatchOptions {
  @Option(names = "--threads", paramLabel = "N",
      description = "Parse on N threads. Default: one per core.")
  int threads = Runtime.getRuntime().availableProcessors();
}
