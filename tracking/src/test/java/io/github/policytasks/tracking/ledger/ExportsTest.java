package io.github.policytasks.tracking.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.seeds.Seeds;
import io.github.policytasks.tracking.Actuals;
import io.github.policytasks.tracking.ActualsReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportsTest {
  private final List<LedgerRow> seedRows = Ledger.rowsOf("seed", Seeds.jiaxiang2023());

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false,
      value = {"=1+2|'=1+2", "+86|'+86", "-5|'-5", "@SUM(A1)|'@SUM(A1)", "\tx|'\tx", "\rx|'\rx",
        "县科技局|县科技局"})
  void formulaGuard_prefixesCellsThatStartAFormula(String cell, String guarded) {
    assertThat(FormulaGuard.guard(cell)).isEqualTo(guarded);
    assertThat(FormulaGuard.guard("")).isEmpty();
  }

  @Test
  void xlsx_hasOneRowPerLedgerRow_frozenHeader_widths_andTheSameColumns() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new XlsxLedgerWriter().write(seedRows, bytes);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      Sheet sheet = workbook.getSheet(XlsxLedgerWriter.SHEET);
      assertThat(sheet.getLastRowNum()).isEqualTo(seedRows.size());
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      Row header = sheet.getRow(0);
      for (LedgerColumn column : LedgerColumn.values()) {
        assertThat(header.getCell(column.ordinal()).getStringCellValue()).isEqualTo(column.key());
        assertThat(sheet.getColumnWidth(column.ordinal())).isEqualTo(column.width() * 256);
      }
      Row first = sheet.getRow(1);
      assertThat(first.getCell(LedgerColumn.TASK_TEXT.ordinal()).getStringCellValue())
          .isEqualTo(Seeds.jiaxiang2023().allTasks().get(0).text());
      Row t47 = sheet.getRow(1 + indexOf("t47.g1"));
      assertThat(t47.getCell(LedgerColumn.NORMALIZED.ordinal()).getStringCellValue())
          .isEqualTo("3080000000/3");
      assertThat(t47.getCell(LedgerColumn.NORMALIZED_ROUNDED.ordinal()).getNumericCellValue())
          .isEqualTo(1026666666.67);
    }
  }

  @Test
  void ledgerExportWithAnActualColumn_readsBackAsActuals() throws IOException {
    StringBuilder csv = new StringBuilder();
    new CsvRenderer().render(seedRows, csv);
    String[] lines = csv.toString().split("\r\n");
    StringBuilder withActuals = new StringBuilder(lines[0] + ",实际完成\r\n");
    for (int i = 1; i < lines.length; i++) {
      withActuals.append(lines[i]).append(lines[i].contains(",t3.g1,") ? ",86家" : ",")
          .append("\r\n");
    }

    Actuals actuals = ActualsReader.standard().readText(withActuals.toString(), "ledger.csv");

    assertThat(actuals.problems()).isEmpty();
    assertThat(actuals.all()).singleElement()
        .satisfies(a -> assertThat(a.targetId() + " " + a.figure()).isEqualTo("t3.g1 86家"));
  }

  @Test
  void csvJsonMarkdown_carryEveryColumn() throws IOException {
    StringBuilder csv = new StringBuilder();
    new CsvRenderer().render(seedRows, csv);
    StringBuilder json = new StringBuilder();
    new JsonRenderer().render(seedRows, json);
    StringBuilder markdown = new StringBuilder();
    new MarkdownRenderer().render(seedRows, markdown);

    for (LedgerColumn column : LedgerColumn.values()) {
      assertThat(csv.toString().lines().findFirst().orElseThrow()).contains(column.key());
      assertThat(json.toString()).contains("\"" + column.key() + "\"");
      assertThat(markdown.toString().lines().findFirst().orElseThrow()).contains(column.key());
    }
    assertThat(json.toString()).contains("\"normalizedRounded\" : 1026666666.67");
  }

  private int indexOf(String id) {
    for (int i = 0; i < seedRows.size(); i++) {
      if (seedRows.get(i).target() != null && seedRows.get(i).target().id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }
}
