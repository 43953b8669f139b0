package io.github.policytasks.parser.corpus;

import io.github.policytasks.core.Plan;
import io.github.policytasks.parser.CharsetDetection;
import io.github.policytasks.parser.PlanParseException;
import io.github.policytasks.parser.PlanParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one file of a corpus into a {@link DocumentResult}, never throwing for a bad file: a file
 * that cannot be read, is larger than the limit, is empty, blank, binary or mostly unreadable
 * ({@link InputCheck}), or that the parser rejects, is a failure with a one-line reason; anything
 * else is parsed (charset detected, or the one given). The batch command line and the Spark job
 * both read through this class, so they keep and refuse the same files. Immutable and
 * thread-safe.
 */
public final class DocumentReader {
  private final PlanParser parser;
  private final @Nullable Charset charset;
  private final long maxInputSize;

  /**
   * A reader parsing with {@code parser}, decoding in {@code charset} (null: detected), refusing
   * files over {@code maxInputSize} bytes.
   *
   * @param parser the parser to read every document with
   * @param charset the charset of the bytes
   * @param maxInputSize the largest input read, in bytes
   */
  public DocumentReader(PlanParser parser, @Nullable Charset charset, long maxInputSize) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.charset = charset;
    if (maxInputSize < 0) {
      throw new IllegalArgumentException("maxInputSize < 0: " + maxInputSize);
    }
    this.maxInputSize = maxInputSize;
  }

  /**
   * {@return a lenient reader with the default parser, charset detection and the default size
   * limit}
   */
  public static DocumentReader standard() {
    return new DocumentReader(PlanParser.create(), null, InputSizes.DEFAULT_LIMIT);
  }

  /** {@return the size limit, in bytes} */
  public long maxInputSize() {
    return maxInputSize;
  }

  /**
   * {@return the file {@code file}, read and parsed}
   *
   * @param file the file to read
   */
  public DocumentResult read(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      // One look at the file (following links, as opening it does) says what it is and its size.
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        return DocumentResult.failed("a directory, not a file", 0);
      }
      long size = attributes.isRegularFile() ? attributes.size() : 0;
      if (size > maxInputSize) {
        return tooLarge(size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = InputSizes.readAll(in, maxInputSize, size);
      }
    } catch (InputTooLargeException e) {
      return DocumentResult.failed("too large: " + e.getMessage(), maxInputSize);
    } catch (NoSuchFileException e) {
      return DocumentResult.failed("no such file", 0);
    } catch (AccessDeniedException e) {
      return DocumentResult.failed("cannot read: permission denied", 0);
    } catch (IOException e) {
      return DocumentResult.failed("cannot read: " + oneLine(e), 0);
    } catch (OutOfMemoryError e) {
      return DocumentResult.failed("out of memory while reading", 0);
    }
    return read(bytes);
  }

  /**
   * {@return the file {@code file}, read and parsed, as {@link #read(Path)} reads it} {@code
   * listedSize} is the file's size as a listing of its folder gave it, so the file is read with
   * no look at it first: opened, read whole into a buffer one byte larger than that (a shorter
   * read is the end of a regular file) and closed — three system calls, where {@link #read(Path)}
   * makes five. When the listed size is 0 or over the limit, the file has grown since, or opening
   * or reading fails, the file is read as {@link #read(Path)} reads it, so the result and the
   * failures' reasons are the same.
   *
   * @param file the file to read
   * @param listedSize its size in bytes as listed (0 when unknown)
   */
  public DocumentResult read(Path file, long listedSize) {
    Objects.requireNonNull(file, "file");
    if (listedSize <= 0 || listedSize >= maxInputSize || listedSize >= Integer.MAX_VALUE - 8) {
      return read(file);
    }
    byte[] buffer;
    int length;
    try (FileChannel channel = FileChannel.open(file)) {
      buffer = new byte[(int) listedSize + 1];
      length = channel.read(ByteBuffer.wrap(buffer));
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return read(file);
    }
    if (length != listedSize) {
      return read(file);
    }
    return read(Arrays.copyOf(buffer, length));
  }

  /**
   * {@return {@code bytes}, the whole content of one file, parsed}
   *
   * @param bytes the bytes of the input
   */
  public DocumentResult read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    long size = bytes.length;
    if (size > maxInputSize) {
      return tooLarge(size);
    }
    Optional<InputProblem> problem = InputCheck.problem(bytes);
    if (problem.isPresent()) {
      return DocumentResult.failed(problem.get().reason(), size);
    }
    try {
      String text = charset != null
          ? CharsetDetection.decode(bytes, charset) : CharsetDetection.decode(bytes);
      problem = InputCheck.problem(text);
      if (problem.isPresent()) {
        return DocumentResult.failed(problem.get().reason(), size);
      }
      Plan plan = parser.parseDecoded(text);
      return DocumentResult.read(plan, size);
    } catch (PlanParseException e) {
      return DocumentResult.failed("not read (strict): " + oneLine(e), size);
    } catch (RuntimeException | StackOverflowError e) {
      return DocumentResult.failed("parser failed: " + oneLine(e), size);
    } catch (OutOfMemoryError e) {
      return DocumentResult.failed("out of memory while parsing", size);
    }
  }

  /**
   * {@return the failure of a file of {@code size} bytes, over the limit, which is not read}
   *
   * @param size the size of the input, in bytes
   */
  public DocumentResult tooLarge(long size) {
    return DocumentResult.failed("too large: " + InputSizes.describe(size)
        + ", over the input size limit of " + InputSizes.describe(maxInputSize), 0);
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
