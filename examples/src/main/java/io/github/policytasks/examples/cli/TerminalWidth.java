package io.github.policytasks.examples.cli;

import io.github.policytasks.tracking.ledger.TableRenderer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The width of the terminal in columns: {@code COLUMNS} when set to a positive number; else, when
 * the process has a console, what {@code stty size} reports for {@code /dev/tty}; else {@link
 * TableRenderer#DEFAULT_WIDTH}.
 */
final class TerminalWidth {
  private TerminalWidth() {}

  /** The terminal's width, or 120 when it cannot be known. */
  static int detect() {
    Integer columns = positive(System.getenv("COLUMNS"));
    if (columns != null) {
      return columns;
    }
    if (System.console() != null && new File("/dev/tty").canRead()) {
      Integer stty = stty();
      if (stty != null) {
        return stty;
      }
    }
    return TableRenderer.DEFAULT_WIDTH;
  }

  private static Integer stty() {
    try {
      Process process = new ProcessBuilder("stty", "size")
          .redirectInput(new File("/dev/tty"))
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!process.waitFor(1, TimeUnit.SECONDS)) {
        process.destroy();
        return null;
      }
      String[] size = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
          .strip().split("\\s+");
      return size.length == 2 ? positive(size[1]) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  static Integer positive(String text) {
    if (text == null) {
      return null;
    }
    try {
      int value = Integer.parseInt(text.strip());
      return value > 0 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
