package io.github.policytasks.tracking;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first worksheet of an .xlsx workbook as {@link SheetRow}s (Apache POI): text cells as
 * written; numbers as the shortest decimal Excel shows for them ({@code 148.6}, never {@code
 * 148.59999999999999}), a number formatted as a percentage as that percentage ({@code 0.084} shown
 * as {@code 8.4%} reads {@code 8.4%}); dates as ISO dates; formulas by their cached result. Row
 * numbers are the worksheet's own (1-based). Stateless and thread-safe.
 */
final class XlsxSheets {
  private XlsxSheets() {}

  /**
   * The rows of the first worksheet of the workbook in {@code bytes}.
   *
   * @throws ActualsFormatException naming {@code source} when the bytes are not a readable .xlsx
   */
  static List<SheetRow> rows(byte[] bytes, String source) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new ActualsFormatException(source, "the workbook has no worksheet");
      }
      Sheet sheet = workbook.getSheetAt(0);
      List<SheetRow> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : text(cell));
        }
        rows.add(new SheetRow(row.getRowNum() + 1, cells));
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      if (e instanceof ActualsFormatException) {
        throw (ActualsFormatException) e;
      }
      throw new ActualsFormatException(source, "not a readable .xlsx workbook ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
    } catch (NoClassDefFoundError e) {
      throw new ActualsFormatException(source,
          "reading .xlsx needs Apache POI (org.apache.poi:poi-ooxml) on the class path", e);
    }
  }

  private static String text(Cell cell) {
    CellType type = cell.getCellType() == CellType.FORMULA
        ? cell.getCachedFormulaResultType() : cell.getCellType();
    switch (type) {
      case STRING:
        return cell.getRichStringCellValue().getString();
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        BigDecimal value = new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
        String format = cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
          return value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        return value.stripTrailingZeros().toPlainString();
      case BOOLEAN:
        return String.valueOf(cell.getBooleanCellValue());
      default:
        return "";
    }
  }
}
