package io.github.policytasks.metrics.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build's {@link LexiconBundle} holds every list of the package and reads as the lists' own
 * text files do, and splitting a list by its layout gives the rows the line-by-line reading gave.
 */
class LexiconBundleTest {

  @Test
  void bundle_holdsEveryListOfThePackage() throws IOException, URISyntaxException {
    assertThat(LexiconBundle.names()).containsExactlyInAnyOrderElementsOf(listNames(mainFolder()));
  }

  @Test
  void bundle_everyList_readsAsItsTextFile() throws IOException, URISyntaxException {
    List<String> names = listNames(mainFolder());
    assertThat(names).hasSizeGreaterThan(40);
    for (String name : names) {
      String text = LexiconFile.text(name);

      assertThat(LexiconBundle.rows(name)).as(name)
          .isEqualTo(LexiconFile.rows(name, text, LexiconFile.layout(name, text), 0));
    }
  }

  @Test
  void bundle_listItDoesNotHold_isNull() {
    assertThat(LexiconBundle.rows("rows-of-every-shape.txt")).isNull();
  }

  @Test
  void layout_everyList_givesTheRowsOfTheLineByLineReading() throws IOException, URISyntaxException {
    List<String> names = new ArrayList<>(listNames(mainFolder()));
    names.add("rows-of-every-shape.txt");
    names.add("word-listed-twice.txt");
    names.add("chars-with-a-word.txt");
    for (String name : names) {
      String text = LexiconFile.text(name);

      assertThat(LexiconFile.rows(name, text, LexiconFile.layout(name, text), 0)).as(name)
          .isEqualTo(lineByLine(name, text));
    }
  }

  @Test
  void write_thenRead_givesTheRowsOfEachList() throws IOException, URISyntaxException {
    byte[] written = LexiconBundle.write(mainFolder());
    byte[] built;
    try (var in = LexiconBundle.class.getResourceAsStream(LexiconBundle.RESOURCE)) {
      built = Objects.requireNonNull(in, "bundle").readAllBytes();
    }

    assertThat(Arrays.equals(written, built)).as("the build's bundle is the lists' bundle").isTrue();
  }

  private static Path mainFolder() throws URISyntaxException {
    return Path.of(Objects.requireNonNull(LexiconFile.class.getResource(LexiconBundle.RESOURCE),
        "the build's lexicons.bundle").toURI()).getParent();
  }

  private static List<String> listNames(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".txt"))
          .sorted().toList();
    }
  }

  /** The reading before the layout: line by line, with {@link String#strip} and substrings. */
  private static List<LexiconFile.Row> lineByLine(String name, String text) {
    List<LexiconFile.Row> rows = new ArrayList<>();
    int number = 0;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      number++;
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      int hash = -1;
      for (int i = 1; i < line.length() && hash < 0; i++) {
        if (line.charAt(i) == '#' && (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
          hash = i;
        }
      }
      String content = line.substring(0, hash).strip();
      List<String> fields = List.of(content.split("[ \t]+", -1));
      rows.add(new LexiconFile.Row(fields, line.substring(hash + 1).strip(), name, number));
    }
    return rows;
  }
}
