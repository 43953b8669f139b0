package io.github.policytasks.tracking.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The ledger as an .xlsx workbook (Apache POI, which must be on the class path): one worksheet
 * 任务台账 with the {@link LedgerColumn} columns in order, a bold header row that stays in view
 * (frozen pane) with an auto-filter, column widths from {@link LedgerColumn#width()}, and one row
 * per ledger row. Numbers are number cells (the rounded normalized values with two places shown);
 * exact amounts and text are text cells, text guarded against formula injection ({@link
 * FormulaGuard}). Stateless and thread-safe.
 */
public final class XlsxLedgerWriter {
  /** The name of the worksheet. */
  public static final String SHEET = "任务台账";

  private static final int MAX_WIDTH = 255;

  /**
   * Writes {@code rows} as a workbook to {@code out} (not closed).
   *
   * @param rows the rows of the sheet, header first
   * @param out where to write (left open)
   * @throws IOException if {@code out} fails
   */
  public void write(List<LedgerRow> rows, OutputStream out) throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet(SHEET);
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle twoPlaces = workbook.createCellStyle();
      twoPlaces.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      LedgerColumn[] columns = LedgerColumn.values();
      Row head = sheet.createRow(0);
      for (LedgerColumn column : columns) {
        Cell cell = head.createCell(column.ordinal());
        cell.setCellValue(column.key());
        cell.setCellStyle(header);
        sheet.setColumnWidth(column.ordinal(), Math.min(MAX_WIDTH, column.width()) * 256);
      }
      int r = 1;
      for (LedgerRow row : rows) {
        Row line = sheet.createRow(r++);
        for (LedgerColumn column : columns) {
          Object value = column.valueOf(row);
          if (value == null) {
            continue;
          }
          Cell cell = line.createCell(column.ordinal());
          if (value instanceof Integer) {
            cell.setCellValue((Integer) value);
          } else if (value instanceof BigDecimal) {
            cell.setCellValue(((BigDecimal) value).doubleValue());
            cell.setCellStyle(twoPlaces);
          } else {
            cell.setCellValue(column.safeTextOf(row));
            cell.setCellStyle(text);
          }
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(
          0, Math.max(0, r - 1), 0, columns.length - 1));
      workbook.write(out);
    }
  }
}
