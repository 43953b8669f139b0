package io.github.policytasks.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActualsReaderTest {
  private static final String LEDGER_WITH_ACTUALS =
      "source,section,taskId,targetId,targetText,unit,实际完成,备注\n"
          + "seed,1,t1,t1.g1,4家以上,家,5家,\n"
          + "seed,1,t1,t1.g2,3家,家,,还在统计\n"
          + "seed,1,t3,t3.g1,80家以上,家,86,\n"
          + "seed,2,t19,t19.g1,280兆瓦,兆瓦,52万千瓦,\n"
          + "seed,2,t20,t20.g1,8%左右,%,8.4%,\n"
          + "seed,2,t21,t21.g1,提升1个百分点,个百分点,1.6个百分点,\n"
          + "seed,3,t22,t22.g1,50亿元,亿元,很多,\n"
          + "seed,3,t23,t23.g1,\"1,200万元\",万元,\"1,250万元\",\n";

  private final ActualsReader reader = ActualsReader.standard();

  @Test
  void ledgerExportWithAnActualColumn_readsBack_extraColumnsIgnored() {
    Actuals actuals = reader.readText(LEDGER_WITH_ACTUALS, "ledger.csv");

    assertThat(actuals.all()).extracting(Actual::targetId, Actual::figure).containsExactly(
        org.assertj.core.groups.Tuple.tuple("t1.g1", "5家"),
        org.assertj.core.groups.Tuple.tuple("t3.g1", "86"),
        org.assertj.core.groups.Tuple.tuple("t19.g1", "52万千瓦"),
        org.assertj.core.groups.Tuple.tuple("t20.g1", "8.4%"),
        org.assertj.core.groups.Tuple.tuple("t21.g1", "1.6个百分点"),
        org.assertj.core.groups.Tuple.tuple("t23.g1", "1,250万元"));
    Actual bare = actuals.all().get(1);
    assertThat(bare.amount()).isEqualTo(Amount.of(86));
    assertThat(bare.unit()).isNull();
    assertThat(actuals.all().get(2).unit()).isEqualTo(Unit.of("万千瓦"));
    assertThat(actuals.all().get(2).source()).isEqualTo("ledger.csv, row 5");
    assertThat(actuals.all().get(4).unit()).isEqualTo(Unit.of("个百分点"));
    assertThat(actuals.all().get(5).amount()).isEqualTo(Amount.of(1250));
  }

  @Test
  void badRow_isReportedWithRowAndColumn_andSkipped() {
    Actuals actuals = reader.readText(LEDGER_WITH_ACTUALS, "ledger.csv");

    assertThat(actuals.problems()).hasSize(1);
    assertThat(actuals.problems().get(0)).hasToString("ledger.csv: row 8, column 7 (实际完成): "
        + "cannot read \"很多\" as a figure with its unit (52万千瓦, 8.4%, 86)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GBK", "GB18030", "UTF-8", "UTF-16LE"})
  void charsetOfTheSheet_isDetected(String name) throws IOException {
    Charset charset = Charset.forName(name);
    byte[] text = LEDGER_WITH_ACTUALS.getBytes(charset);
    byte[] bytes = name.equals("UTF-16LE") ? concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text)
        : text;

    Actuals actuals = reader.read(bytes, "excel.csv");

    assertThat(actuals.all()).hasSize(6);
    assertThat(actuals.problems().get(0).header()).isEqualTo("实际完成");
  }

  @Test
  void utf8WithBom_andGivenCharset_areRead() {
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        LEDGER_WITH_ACTUALS.getBytes(StandardCharsets.UTF_8));
    assertThat(reader.read(bom, "bom.csv").all()).hasSize(6);

    byte[] gbk = LEDGER_WITH_ACTUALS.getBytes(Charset.forName("GBK"));
    assertThat(reader.withCharset(Charset.forName("GBK")).read(gbk, "gbk.csv").all()).hasSize(6);
    assertThatThrownBy(() -> reader.withCharset(StandardCharsets.UTF_8).read(gbk, "gbk.csv"))
        .isInstanceOf(ActualsFormatException.class).hasMessage("gbk.csv: not UTF-8 text");
  }

  @Test
  void tsv_withChineseHeadersAndDates_isRead() {
    String tsv = "指标编号\t任务\t实际完成值（万元）\t截至日期\n"
        + "t6.g2\t做强先进制造业集群\t1486000\t2023年6月30日\n"
        + "t6.g2\t做强先进制造业集群\t1500001\t2023-12-31\n"
        + "t6.g3\t\t5\t下半年\n";

    Actuals actuals = reader.readText(tsv, "units.tsv");

    assertThat(actuals.all()).extracting(Actual::date)
        .containsExactly(LocalDate.of(2023, 6, 30), LocalDate.of(2023, 12, 31));
    assertThat(actuals.problems()).singleElement().hasToString("units.tsv: row 4, column 4 (截至日期): "
        + "cannot read \"下半年\" as a date (2023-06-30, 2023年6月30日)");
  }

  @Test
  void headerlessTwoColumnSheet_isIdAndFigure_andABadIdIsReported() {
    Actuals actuals = reader.readText("t47.g1,1550000亩\nt47.1,3家\n,5家\nt3.g1,'-5\n", "old.csv");

    assertThat(actuals.all()).extracting(Actual::figure).containsExactly("1550000亩", "-5");
    assertThat(actuals.all().get(1).amount()).isEqualTo(Amount.of(-5));
    assertThat(actuals.problems()).extracting(ActualsProblem::toString).containsExactly(
        "old.csv: row 2, column 1 (target): \"t47.1\" is not a target id such as t47.g1",
        "old.csv: row 3, column 1 (target): a figure (5家) without a target id");
  }

  @Test
  void sheetWithoutIdOrActualColumn_isUnusable() {
    assertThatThrownBy(() -> reader.readText("名称,数值\n企业,5家\n", "wrong.csv"))
        .isInstanceOf(ActualsFormatException.class)
        .hasMessageStartingWith("wrong.csv: no header naming a target-id column");
    assertThatThrownBy(() -> reader.readText("targetId,actual\n\"t1.g1,5家\n", "open.csv"))
        .isInstanceOf(ActualsFormatException.class)
        .hasMessage("open.csv: a quoted field opened on line 2 is never closed");
    assertThatThrownBy(() -> reader.read(new byte[] {'P', 'K', 3, 4, 0, 0}, "broken.xlsx"))
        .isInstanceOf(ActualsFormatException.class)
        .hasMessageStartingWith("broken.xlsx: not a readable .xlsx workbook");
  }

  @Test
  void xlsx_isRead_numbersAsExcelShowsThem_percentCellsAsPercent() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("台账");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("targetId");
      header.createCell(1).setCellValue("subject");
      header.createCell(2).setCellValue("实际完成");
      CellStyle percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
      Row a = sheet.createRow(1);
      a.createCell(0).setCellValue("t6.g2");
      a.createCell(2).setCellValue(148.6);
      Row b = sheet.createRow(2);
      b.createCell(0).setCellValue("t20.g1");
      Cell share = b.createCell(2);
      share.setCellValue(0.084);
      share.setCellStyle(percent);
      Row c = sheet.createRow(4);
      c.createCell(0).setCellValue("t21.g1");
      c.createCell(2).setCellValue("五十二万千瓦");
      Row d = sheet.createRow(5);
      d.createCell(0).setCellValue("t22.g1");
      d.createCell(2).setCellValue("abc");
      workbook.write(bytes);
    }

    Actuals actuals = reader.read(bytes.toByteArray(), "units.xlsx");

    assertThat(actuals.all()).extracting(Actual::figure)
        .containsExactly("148.6", "8.4%", "五十二万千瓦");
    assertThat(actuals.all().get(1).unit()).isEqualTo(Unit.of("%"));
    assertThat(actuals.all().get(2).amount()).isEqualTo(Amount.of(52));
    assertThat(actuals.all().get(2).unit()).isEqualTo(Unit.of("万千瓦"));
    assertThat(actuals.problems()).singleElement().hasToString("units.xlsx: row 6, column 3 "
        + "(实际完成): cannot read \"abc\" as a figure with its unit (52万千瓦, 8.4%, 86)");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void tolerances_readAsUsersWriteThem() {
    assertThat(Tolerances.parse("10%")).isEqualTo(io.github.policytasks.metrics.Tolerance.relative("0.1"));
    assertThat(Tolerances.parse("±5%")).isEqualTo(io.github.policytasks.metrics.Tolerance.relative("0.05"));
    assertThat(Tolerances.parse("0.1")).isEqualTo(io.github.policytasks.metrics.Tolerance.relative("0.1"));
    assertThat(Tolerances.parse("1家")).isEqualTo(io.github.policytasks.metrics.Tolerance.absolute(
        io.github.policytasks.core.Quantity.of("1", "家")));
    assertThatThrownBy(() -> Tolerances.parse("lots")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Not a tolerance: \"lots\"");
    assertThat(List.of()).isEmpty();
  }
}
