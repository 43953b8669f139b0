package io.github.policytasks.examples.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActualsCsvTest {

  @Test
  void read_skipsBomHeaderCommentsAndBlankRows() {
    String csv = "\uFEFFtarget,actual\r\n# first half\r\nt1.g1,5家\r\n\r\n"
        + "\"t47.g1\",\"1,550,000亩\"\r\n";

    List<Actual> actuals = ActualsCsv.read("a.csv", csv);

    assertThat(actuals).containsExactly(
        new Actual("t1.g1", "5家", 3), new Actual("t47.g1", "1,550,000亩", 5));
  }

  @Test
  void read_withoutHeader_readsFirstRow() {
    assertThat(ActualsCsv.read("a.csv", "t1.g1, 5家\nt1.g2,150亿元"))
        .extracting(Actual::targetId, Actual::figure, Actual::line)
        .containsExactly(
            tuple("t1.g1", "5家", 1),
            tuple("t1.g2", "150亿元", 2));
  }

  @Test
  void read_empty_givesNoActuals() {
    assertThat(ActualsCsv.read("a.csv", "")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "t1.g1,5家\\nt1.g2|a.csv:2: expected 2 fields (target id, actual figure), found 1",
    "t1.g1,5家,extra|a.csv:1: expected 2 fields (target id, actual figure), found 3",
    "t1,5家|a.csv:1: \"t1\" is not a target id such as t47.g1",
    "t1.g1,|a.csv:1: no actual figure for t1.g1",
    "t1.g1,5家\\nt1.g1,6家|a.csv:2: t1.g1 has a second actual figure",
  })
  void read_badRow_failsNamingFileAndLine(String csv, String message) {
    assertThatThrownBy(() -> ActualsCsv.read("a.csv", csv.replace("\\n", "\n")))
        .isInstanceOf(ActualsFormatException.class)
        .hasMessage(message);
  }

  @Test
  void read_unclosedQuote_failsAsInvalidCsv() {
    assertThatThrownBy(() -> ActualsCsv.read("a.csv", "t1.g1,\"5家\n"))
        .isInstanceOf(ActualsFormatException.class)
        .hasMessageStartingWith("a.csv:")
        .hasMessage("a.csv:1: not valid CSV: a quoted field opened on line 1 is never closed");
  }
}
