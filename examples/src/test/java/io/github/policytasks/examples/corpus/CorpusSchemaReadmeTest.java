package io.github.policytasks.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.parser.corpus.CorpusTable;
import io.github.policytasks.parser.corpus.TableColumn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's table of the corpus schema is the schema of {@link CorpusTable}, row by row. */
class CorpusSchemaReadmeTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void readmeSchemaTable_listsEveryColumnWithItsTypeAndTables() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int at = readme.indexOf("<!-- corpus-schema -->");
    assertThat(at).as("README has the corpus-schema marker").isNotNegative();
    List<String> documented = new ArrayList<>();
    readme.substring(at).lines().skip(3).takeWhile(l -> l.startsWith("|")).forEach(line -> {
      String[] cells = line.split("\\|", -1);
      documented.add(cells[1].strip() + " " + cells[2].strip() + " [" + cells[3].strip() + "] ["
          + cells[4].strip() + "]");
    });

    Map<String, String[]> columns = new LinkedHashMap<>();
    for (CorpusTable table : CorpusTable.values()) {
      for (TableColumn column : table.columns()) {
        String type = column.type().name().toLowerCase(Locale.ROOT)
            .replace("decimal", "decimal(38,6)");
        String[] row = columns.computeIfAbsent(column.name(),
            name -> new String[] {"`" + name + "` " + type, "", ""});
        row[table == CorpusTable.TASKS ? 1 : 2] = "✓";
      }
    }
    List<String> expected = new ArrayList<>();
    columns.values().forEach(r -> expected.add(r[0] + " [" + r[1] + "] [" + r[2] + "]"));
    assertThat(documented).containsExactlyInAnyOrderElementsOf(expected);
  }
}
