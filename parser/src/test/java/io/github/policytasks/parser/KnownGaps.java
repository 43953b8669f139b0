package io.github.policytasks.parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * A ratchet list of known gaps kept as a test resource beside its test: one gap per line, blank
 * lines and lines starting with {@code #} ignored; an absent resource is an empty list.
 */
final class KnownGaps {

  private KnownGaps() {}

  /** The gaps listed in {@code resource}, resolved against {@code owner}'s package. */
  static Set<String> read(Class<?> owner, String resource) throws IOException {
    Set<String> known = new TreeSet<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        return known;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          known.add(line.strip());
        }
      }
    }
    return known;
  }
}
