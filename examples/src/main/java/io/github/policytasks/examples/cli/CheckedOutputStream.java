package io.github.policytasks.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * An output stream whose every failed write or flush throws {@link OutputFailure} (unchecked)
 * naming the output, and keeps failing after the first failure, so that no layer above can
 * ignore it. Closing does not close the wrapped stream (standard output stays open for the
 * JVM). Not thread-safe.
 */
final class CheckedOutputStream extends OutputStream {
  private final OutputStream out;
  private final String name;
  private OutputFailure failure;

  CheckedOutputStream(OutputStream out, String name) {
    this.out = Objects.requireNonNull(out, "out");
    this.name = Objects.requireNonNull(name, "name");
  }

  @Override
  public void write(int b) {
    check();
    try {
      out.write(b);
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    check();
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public void flush() {
    check();
    try {
      out.flush();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public void close() {
    flush();
  }

  /** Whether a write or flush has failed. */
  boolean failed() {
    return failure != null;
  }

  private void check() {
    if (failure != null) {
      throw failure;
    }
  }

  private OutputFailure fail(IOException e) {
    failure = new OutputFailure(name, e);
    return failure;
  }
}
