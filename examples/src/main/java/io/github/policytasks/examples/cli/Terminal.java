package io.github.policytasks.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is an interactive terminal, whatever standard input and output are
 * ({@code System.console()} needs all of them to be one): on Linux, the target of {@code
 * /proc/self/fd/2} is a terminal device ({@code /dev/pts/N}, {@code /dev/ttyN}); elsewhere, a
 * console is attached. Stateless.
 */
final class Terminal {
  private Terminal() {}

  /** Whether progress on standard error would reach a person. */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.exists(fd)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return System.console() != null;
      }
    }
    return System.console() != null;
  }
}
