package io.github.policytasks.tracking.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {
  private final List<LedgerRow> rows = Ledger.rowsOf("sample", SamplePlans.small());

  private static String render(LedgerRenderer renderer, List<LedgerRow> rows) throws IOException {
    StringBuilder out = new StringBuilder();
    renderer.render(rows, out);
    return out.toString();
  }

  @Test
  void table_alignsColumnsByDisplayWidth() throws IOException {
    String table = render(new TableRenderer(), rows);
    List<String> lines = table.lines().toList();

    assertThat(lines.get(0)).startsWith("Sec  Task").contains("Lead units").contains("Normalized");
    int targetColumn = DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("Target")));
    List<String> targetLines = lines.stream().filter(l -> l.contains(".g")).toList();
    assertThat(targetLines).hasSize(4);
    for (String line : targetLines) {
      int g = line.indexOf(".g");
      int start = line.lastIndexOf(' ', g) + 1;
      assertThat(DisplayWidth.of(line.substring(0, start))).as(line).isEqualTo(targetColumn);
    }
  }

  @Test
  void table_writesTaskBlockWithLeadUnitsOnePerLine() throws IOException {
    List<String> lines = render(TableRenderer.ofWidth(Integer.MAX_VALUE), rows).lines().toList();

    assertThat(lines.get(2)).startsWith("1    1. 搭建创新平台").contains("县科技局").contains("t1.g1")
        .contains("≥ 4 家").contains("  4 家");
    assertThat(lines.get(3)).contains("县工业和信息化局").contains("t1.g2")
        .contains("15,000,000,000 元");
    assertThat(lines.get(4)).startsWith("2    2. 实施3.46万亩稻田退水治…")
        .contains("≈23,066,667 平方米").contains("2023-12-31");
    assertThat(lines.get(5)).contains("growth ↑").contains("8–10").contains("2023-06-30");
    assertThat(lines.get(6)).startsWith("     3. 着力抓实安全生产").contains("县应急管理局");
    assertThat(lines).hasSize(7).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
  }

  @Test
  void table_showsSectionNumberOnFirstTaskShownOfEachSection() throws IOException {
    List<LedgerRow> filtered = rows.stream().filter(r -> !r.task().id().equals("t2")).toList();

    List<String> lines = render(new TableRenderer(), filtered).lines().toList();

    assertThat(lines.get(4)).startsWith("2    3. 着力抓实安全生产");
  }

  @Test
  void table_headsEachSourceWhenSeveral() throws IOException {
    List<LedgerRow> two = new ArrayList<>(rows);
    two.addAll(Ledger.rowsOf("other", SamplePlans.small()));

    String table = render(new TableRenderer(), two);

    assertThat(table).startsWith("== sample\n").contains("\n== other\nSec  Task");
  }

  @Test
  void csv_startsWithBomAndHasOneRowPerLedgerRow() throws IOException {
    String csv = render(new CsvRenderer(), rows);

    assertThat(csv).startsWith("\uFEFFsource,section,sectionTitle,taskId,");
    assertThat(csv).contains("\r\n");
    List<String[]> records = readCsv(csv.substring(1));
    assertThat(records).hasSize(1 + 5);
    assertThat(records.get(0)).hasSize(LedgerColumn.values().length);
    String[] second = records.get(2);
    assertThat(second[LedgerColumn.TARGET_ID.ordinal()]).isEqualTo("t1.g2");
    assertThat(second[LedgerColumn.SUBJECT.ordinal()]).isEqualTo("产业集群规模, \"链\"");
    assertThat(second[LedgerColumn.LEAD_UNITS.ordinal()]).isEqualTo("县科技局、县工业和信息化局");
    assertThat(second[LedgerColumn.NORMALIZED.ordinal()]).isEqualTo("15000000000");
    assertThat(records.get(3)[LedgerColumn.NORMALIZED.ordinal()]).isEqualTo("69200000/3");
    assertThat(records.get(5)[LedgerColumn.TARGET_ID.ordinal()]).isEmpty();
    assertThat(csv).contains("\"产业集群规模, \"\"链\"\"\"");
  }

  @Test
  void json_writesTypedValuesPerRow() throws IOException {
    JsonNode json = new ObjectMapper().readTree(render(new JsonRenderer(), rows));

    assertThat(json).isInstanceOf(ArrayNode.class).hasSize(5);
    JsonNode first = json.get(0);
    assertThat(first.get("section").isInt()).isTrue();
    assertThat(first.get("leadUnits").get(1).asText()).isEqualTo("县工业和信息化局");
    assertThat(first.get("value").asText()).isEqualTo("4");
    assertThat(first.get("comparator").asText()).isEqualTo("AT_LEAST");
    assertThat(json.get(4).get("targetId").isNull()).isTrue();
    assertThat(json.get(3).get("upper").asText()).isEqualTo("10");
  }

  @Test
  void markdown_hasTheLedgerColumnsInOrder() throws IOException {
    List<String> lines = render(new MarkdownRenderer(), rows).lines().toList();

    assertThat(lines).hasSize(2 + 5);
    assertThat(lines.get(0)).isEqualTo("| " + String.join(" | ",
        Arrays.stream(LedgerColumn.values()).map(LedgerColumn::key).toList()) + " |");
    assertThat(lines.get(1)).startsWith("| --- | --- |");
    assertThat(lines.get(2)).contains("| t1.g1 | 4家以上 | 创新平台 | AT_LEAST | AMOUNT |  | 4 |  | 家 "
        + "| 4 | 4.00 |  |  | 家 | COUNT |");
  }

  @Test
  void everyTextFormatHasARenderer_xlsxIsBinary() {
    assertThat(Arrays.stream(LedgerFormat.values()).filter(LedgerFormat::isText)
        .map(LedgerFormat::renderer)).doesNotContainNull().hasSize(LedgerFormat.values().length - 1);
    assertThat(LedgerFormat.XLSX.isText()).isFalse();
  }

  private static List<String[]> readCsv(String csv) throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
      return it.readAll();
    }
  }
}
