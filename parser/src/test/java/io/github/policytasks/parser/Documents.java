package io.github.policytasks.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the test documents kept as resources next to the tests. */
final class Documents {
  private Documents() {}

  /** The text of resource {@code name} (UTF-8), relative to this package. */
  static String text(String name) {
    try (InputStream in = Documents.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of resource {@code name}, relative to this package. */
  static byte[] bytes(String name) {
    try (InputStream in = Documents.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed plan's text. */
  static String seed() {
    return text("seed/000_1b2eeb0ada89c1ec.txt");
  }
}
