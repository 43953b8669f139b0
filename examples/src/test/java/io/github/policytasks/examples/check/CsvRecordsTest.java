package io.github.policytasks.examples.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.examples.check.CsvRecords.CsvRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRecordsTest {

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void read_anyLineBreak_countsLinesAndQuotedBreaks(String br) {
    String text = "a,b" + br + "\"x" + br + "y\",\"say \"\"hi\"\"\"" + br + "c,d" + br;

    List<CsvRecord> records = CsvRecords.read(text);

    assertThat(records).containsExactly(
        new CsvRecord(1, List.of("a", "b")),
        new CsvRecord(2, List.of("x" + br + "y", "say \"hi\"")),
        new CsvRecord(4, List.of("c", "d")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a,", ",a", ","})
  void read_emptyFields_areKept(String text) {
    assertThat(CsvRecords.read(text).get(0).fields()).hasSize(2);
  }
}
