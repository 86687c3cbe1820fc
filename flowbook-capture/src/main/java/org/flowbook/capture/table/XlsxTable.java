package org.flowbook.capture.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flowbook.capture.base.CaptureLimits;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Reads the first sheet of an Excel workbook ({@code .xlsx}) with Apache POI, as the text each cell
 * shows. POI's zip guard refuses entries that inflate suspiciously (zip bombs) and entries over the
 * limit; the file itself is bounded before POI sees it.
 */
final class XlsxTable {
  private XlsxTable() {}

  static Table read(InputStream input, String file, CaptureLimits limits) throws CsvTable.Failure {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(limits.maxBytes());
    byte[] bytes;
    try {
      bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
    } catch (IOException e) {
      throw failure("table-read", "cannot read the file: " + e.getMessage(), "", file);
    }
    if (bytes.length > limits.maxBytes()) {
      throw failure(
          "table-too-large",
          "the file is larger than " + limits.maxBytes() / (1024 * 1024) + " MiB",
          "split the list",
          file);
    }
    try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
      if (book.getNumberOfSheets() == 0) {
        throw failure("table-empty", "the workbook has no sheet", "", file);
      }
      Sheet sheet = book.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      List<Table.Row> rows = new ArrayList<>();
      List<String> header = null;
      int headerLine = 0;
      for (Row row : sheet) {
        if (rows.size() > limits.maxElements()) {
          throw failure(
              "table-too-large",
              "the sheet has more than " + limits.maxElements() + " rows",
              "split the list into processes",
              file);
        }
        List<String> cells = new ArrayList<>();
        int last = Math.min(row.getLastCellNum(), 200);
        for (int c = 0; c < last; c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        if (header == null) {
          if (cells.stream().allMatch(String::isBlank)) {
            continue;
          }
          header = cells;
          headerLine = row.getRowNum() + 1;
        } else {
          rows.add(new Table.Row(row.getRowNum() + 1, cells));
        }
      }
      if (header == null) {
        throw failure(
            "table-empty",
            "the first sheet is empty",
            "the first row names the columns, e.g. Steg, Titel, Roll, Nästa",
            file);
      }
      return new Table(header, headerLine, rows);
    } catch (CsvTable.Failure f) {
      throw f;
    } catch (IOException | RuntimeException e) {
      // POI reports zip bombs, broken archives and non-workbooks as IOExceptions or runtime errors
      throw failure(
          "table-not-xlsx",
          "cannot read the workbook: " + oneLine(e.getMessage()),
          "save it from Excel as .xlsx (Excel Workbook), or export the sheet as CSV",
          file);
    }
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "not an Excel workbook";
    }
    String line = s.lines().findFirst().orElse(s).strip();
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }

  private static CsvTable.Failure failure(String code, String message, String hint, String file) {
    return new CsvTable.Failure(Problem.error(code, message, hint, SourceLocation.file(file)));
  }
}
