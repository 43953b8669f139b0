package io.github.policytasks.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A build-time tool (the {@code package} phase runs it): the files beside {@code
 * policy-tasks.jar} that let the launcher script start a run fast, each given the jar's
 * modification time, so that the launcher can tell that they belong to that very jar.
 *
 * <ul>
 *   <li>{@code data JAR DATA}: writes DATA, a small jar of the project's own resources (every
 *       entry of JAR under {@code io/github/policytasks/} that is not a class: the lexicons, the
 *       unit table, the seeds), copied byte for byte. The launcher puts it before JAR on the
 *       class path when it runs with the class-data archive: classes then come from the archive
 *       and resources from DATA, so the JVM never opens JAR (22,000 entries, whose central
 *       directory it reads in Java on first use).
 *   <li>{@code stamp JAR STAMP}: writes STAMP, what the class-data archive was made for: the
 *       path of JAR, the home of the JDK running this tool and that JDK's {@code
 *       JAVA_RUNTIME_VERSION} line of its {@code release} file, one a line. The launcher uses the
 *       archive only when its jar is that file with that modification time and its {@code java}
 *       is that JDK's, still of that version; otherwise it runs without the archive, with the
 *       JDK's own (the JVM would refuse a mismatched archive and run with none at all).
 * </ul>
 */
public final class LauncherFiles {
  /** Where the project's classes and resources live in the jar. */
  static final String PROJECT_PREFIX = "io/github/policytasks/";

  private static final String RUNTIME_VERSION = "JAVA_RUNTIME_VERSION=";

  private LauncherFiles() {}

  /**
   * Writes the data jar ({@code data JAR DATA}) or the archive's stamp ({@code stamp JAR
   * STAMP}); exits with {@link ExitCodes#USAGE} on other arguments.
   *
   * @param args {@code data} or {@code stamp}, the jar, the file to write
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("data")) {
      writeData(Path.of(args[1]), Path.of(args[2]));
    } else if (args.length == 3 && args[0].equals("stamp")) {
      Path stamp = Path.of(args[2]);
      try {
        writeStamp(Path.of(args[1]), stamp, Path.of(System.getProperty("java.home")));
      } catch (NoRuntimeVersionException e) {
        Files.deleteIfExists(stamp);
        System.err.println("LauncherFiles: " + e.getMessage()
            + "; the launcher will run without the class-data archive");
      }
    } else {
      System.err.println("usage: LauncherFiles data JAR DATA | stamp JAR STAMP");
      System.exit(ExitCodes.USAGE);
    }
  }

  /** Writes {@code data}: the resources of {@code jar} under {@link #PROJECT_PREFIX}. */
  static void writeData(Path jar, Path data) throws IOException {
    try (JarFile in = new JarFile(jar.toFile(), false);
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(data))) {
      List<JarEntry> entries = new ArrayList<>();
      in.stream()
          .filter(e -> !e.isDirectory() && e.getName().startsWith(PROJECT_PREFIX)
              && !e.getName().endsWith(".class"))
          .forEach(entries::add);
      entries.sort(Comparator.comparing(ZipEntry::getName));
      for (JarEntry entry : entries) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        try (InputStream bytes = in.getInputStream(entry)) {
          bytes.transferTo(out);
        }
        out.closeEntry();
      }
    }
    sameTimeAs(jar, data);
  }

  /**
   * Writes {@code stamp}: the path of {@code jar}, {@code javaHome} and the runtime version line
   * of its {@code release} file.
   */
  static void writeStamp(Path jar, Path stamp, Path javaHome) throws IOException {
    String text = jar.toAbsolutePath() + "\n" + javaHome.toAbsolutePath() + "\n"
        + runtimeVersionLine(javaHome) + "\n";
    try (OutputStream out = Files.newOutputStream(stamp)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    sameTimeAs(jar, stamp);
  }

  /**
   * {@return the {@code JAVA_RUNTIME_VERSION="…"} line of the {@code release} file of {@code
   * javaHome}, as the launcher reads it}
   *
   * @throws NoRuntimeVersionException when there is no such file or line (the launcher could
   *     never tell that JDK)
   */
  static String runtimeVersionLine(Path javaHome) throws IOException {
    Path release = javaHome.resolve("release");
    if (Files.isRegularFile(release)) {
      for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
        if (line.startsWith(RUNTIME_VERSION)) {
          return line;
        }
      }
    }
    throw new NoRuntimeVersionException("no " + RUNTIME_VERSION + " line in " + release);
  }

  /** A JDK whose {@code release} file does not give its runtime version. */
  static final class NoRuntimeVersionException extends IOException {
    private static final long serialVersionUID = 1L;

    NoRuntimeVersionException(String message) {
      super(message);
    }
  }

  private static void sameTimeAs(Path jar, Path file) throws IOException {
    FileTime time = Files.getLastModifiedTime(jar);
    Files.setLastModifiedTime(file, time);
  }
}
