package io.github.policytasks.examples.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The files a corpus run reads, from its arguments in order: a file as it is, a folder as every
 * regular file under it (recursively, hidden files and folders — names starting with {@code .} —
 * left out), sorted by their path relative to the folder; an argument that names nothing is an
 * input with its failure, so the run reports it and goes on. The order is stable: the same
 * arguments and folders give the same order on any machine. Stateless.
 */
public final class CorpusFiles {
  private CorpusFiles() {}

  /** The inputs of {@code arguments}, in order. */
  public static List<CorpusInput> expand(List<String> arguments) {
    List<CorpusInput> inputs = new ArrayList<>();
    for (String argument : arguments) {
      Path path;
      try {
        path = Path.of(argument);
      } catch (RuntimeException e) {
        inputs.add(new CorpusInput(argument, argument, null, 0, "not a valid file name"));
        continue;
      }
      if (Files.isDirectory(path)) {
        inputs.addAll(folder(argument, path));
      } else if (Files.exists(path)) {
        Path name = path.getFileName();
        inputs.add(new CorpusInput(argument, name == null ? argument : name.toString(), path,
            size(path), null));
      } else {
        inputs.add(new CorpusInput(argument, argument, null, 0, "no such file"));
      }
    }
    return inputs;
  }

  /**
   * The files under {@code root}: its path under the folder is worked out once per file and the
   * list sorted by it. The walk's own look at each entry (not following links) gives a regular
   * file's size; only a link is looked at again, following it, to keep a link to a regular file
   * (a link to a folder is not walked into). A folder that cannot be listed fails the whole
   * argument, with the message {@link Files#walk} gives: the exception's for the root, and the
   * {@link UncheckedIOException}'s (naming the exception) for a folder under it.
   */
  private static List<CorpusInput> folder(String argument, Path root) {
    List<CorpusInput> inputs = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        private boolean started;

        @Override
        public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes seen) {
          started = true;
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes seen) {
          started = true;
          String planId = relative(root, file);
          if (!hidden(planId)) {
            BasicFileAttributes attributes = seen.isSymbolicLink() ? attributes(file) : seen;
            if (attributes != null && attributes.isRegularFile()) {
              inputs.add(new CorpusInput(file.toString(), planId, file, attributes.size(), null));
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          if (!started) {
            throw e;
          }
          throw new UncheckedIOException(e);
        }

        @Override
        public FileVisitResult postVisitDirectory(Path folder, @Nullable IOException e) {
          if (e != null) {
            throw new UncheckedIOException(e);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | UncheckedIOException e) {
      return List.of(new CorpusInput(argument, argument, null, 0,
          "cannot list the folder: " + e.getMessage()));
    }
    inputs.sort(Comparator.comparing(CorpusInput::planId));
    return inputs;
  }

  /** Whether a part of {@code planId}, a {@code /}-separated path, starts with {@code .}. */
  private static boolean hidden(String planId) {
    return planId.startsWith(".") || planId.contains("/.");
  }

  /** {@code file} relative to {@code root}, {@code /}-separated. */
  static String relative(Path root, Path file) {
    List<String> parts = new ArrayList<>();
    for (Path part : root.relativize(file)) {
      parts.add(part.toString());
    }
    return String.join("/", parts);
  }

  private static long size(Path file) {
    BasicFileAttributes attributes = attributes(file);
    return attributes != null && attributes.isRegularFile() ? attributes.size() : 0;
  }

  private static @Nullable BasicFileAttributes attributes(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }
}
