package io.github.policytasks.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a word-list resource of this package: one word a line, where it comes from after {@code
 * #}, lines starting with {@code #} comments. Fails with an unchecked exception naming the
 * resource when it is missing or unreadable.
 */
final class WordListResource {
  private WordListResource() {}

  /** The words of resource {@code name} (relative to this package), in file order. */
  static List<String> read(String name) {
    try (InputStream in = WordListResource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      List<String> words = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int comment = line.indexOf('#');
        String word = (comment >= 0 ? line.substring(0, comment) : line).strip();
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
      return List.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + name, e);
    }
  }
}
