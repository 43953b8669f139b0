package io.github.policytasks.examples.corpus;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One file of a corpus run: its name as reported ({@code file}), its id in the corpus tables,
 * its path, and its size as listed (0 when unknown); or, for an argument that names nothing, the
 * reason it cannot be read.
 *
 * @param file the file as given or found under a given folder, for messages and JSON lines
 * @param planId the path relative to the folder given, {@code /}-separated; the file name for a
 *     file given by itself
 * @param path the path to read, or null when {@code failure} says why there is none
 * @param size the size in bytes when listed, else 0
 * @param failure why the argument cannot be read, or null
 */
public record CorpusInput(
    String file, String planId, @Nullable Path path, long size, @Nullable String failure) {
  /** Checks that exactly one of path and failure is present. */
  public CorpusInput {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(planId, "planId");
    if ((path == null) == (failure == null)) {
      throw new IllegalArgumentException("Exactly one of path and failure must be present");
    }
  }
}
