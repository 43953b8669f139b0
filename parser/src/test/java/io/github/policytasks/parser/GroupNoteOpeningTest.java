package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link GroupNotes#couldOpen}, the one cheap test before a group note is looked for (and the chars
 * at which {@link LineCursor}'s scan stops for one), answers yes exactly for the first chars of the
 * openers of the lexicon's {@code note-group-openers.txt}, read from the metrics module's sources
 * ({@code ../metrics}, beside this module): an opener added with another first char would be
 * skipped, a char no opener starts with would be looked at for nothing.
 */
class GroupNoteOpeningTest {
  private static final Path OPENERS =
      Path.of("../metrics/src/main/resources/io/github/policytasks/metrics/lexicon/note-group-openers.txt");

  @Test
  void couldOpen_isTrueExactlyForTheFirstCharsOfTheLexiconsOpeners() throws IOException {
    Set<Character> firsts = new TreeSet<>();
    for (String line : Files.readAllLines(OPENERS, StandardCharsets.UTF_8)) {
      String row = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
      String[] fields = row.strip().split("\\s+");
      if (fields.length >= 2 && fields[1].equals("opener")) {
        firsts.add(fields[0].charAt(0));
      }
    }
    assertThat(firsts).isNotEmpty();
    Set<Character> opening = new TreeSet<>();
    for (char c : GroupNotes.openingChars().toCharArray()) {
      opening.add(c);
    }
    assertThat(opening).isEqualTo(firsts);
    Set<Character> wrong = new TreeSet<>();
    for (int k = 0; k <= Character.MAX_VALUE; k++) {
      if (GroupNotes.couldOpen((char) k) != opening.contains((char) k)) {
        wrong.add((char) k);
      }
    }
    assertThat(wrong).isEmpty();
  }
}
