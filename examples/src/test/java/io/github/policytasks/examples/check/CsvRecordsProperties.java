package io.github.policytasks.examples.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class CsvRecordsProperties {
  private static final CsvMapper MAPPER =
      new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);

  @Property
  void read_givesBackTheFieldsJacksonWrote(
      @ForAll @Size(min = 1, max = 5) List<List<
          @StringLength(min = 1, max = 12)
          @Chars({'a', '县', '局', ',', '"', '\n', '\r', ' ', '1', '、', '，'}) String>> rows,
      @ForAll boolean crlf)
      throws IOException {
    List<List<String>> nonEmpty = rows.stream().filter(r -> !r.isEmpty()).toList();
    StringWriter csv = new StringWriter();
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator(crlf ? "\r\n" : "\n");
    try (SequenceWriter writer = MAPPER.writer(schema).writeValues(csv)) {
      for (List<String> row : nonEmpty) {
        writer.write(row);
      }
    }

    List<CsvRecords.CsvRecord> records = CsvRecords.read(csv.toString());

    assertThat(records).extracting(CsvRecords.CsvRecord::fields)
        .containsExactlyElementsOf(nonEmpty);
  }
}
