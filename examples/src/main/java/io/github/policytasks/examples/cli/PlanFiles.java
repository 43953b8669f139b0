package io.github.policytasks.examples.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The plan files a command reads: texts, {@code -} for standard input, or annotated JSON. */
final class PlanFiles {
  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Plan text, '-' for standard input, or annotated plan JSON (*.json). "
          + "Default: the embedded seed plan.")
  List<String> files = new ArrayList<>();
}
