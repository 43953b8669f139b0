package io.github.policytasks.examples.corpus;

import java.io.IOException;
import java.nio.file.Path;

/** A write to one output file of a corpus failed; names the file, the cause says why. */
public final class OutputFileException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  OutputFileException(Path file, IOException cause) {
    super(cause.getMessage(), cause);
    this.file = file;
  }

  /** The file that could not be written. */
  public Path file() {
    return file;
  }
}
