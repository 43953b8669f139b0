package io.github.policytasks.examples.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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

  private static List<CorpusInput> folder(String argument, Path root) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> !hidden(root, p))
          .filter(p -> Files.isRegularFile(p))
          .sorted(Comparator.comparing(p -> relative(root, p)))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of(new CorpusInput(argument, argument, null, 0,
          "cannot list the folder: " + e.getMessage()));
    }
    List<CorpusInput> inputs = new ArrayList<>(files.size());
    for (Path file : files) {
      inputs.add(new CorpusInput(file.toString(), relative(root, file), file, size(file), null));
    }
    return inputs;
  }

  private static boolean hidden(Path root, Path path) {
    for (Path part : root.relativize(path)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
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
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return attributes.isRegularFile() ? attributes.size() : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
