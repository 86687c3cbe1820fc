package org.flowbook.training.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.flowbook.model.Language;
import org.flowbook.training.status.TrainingMatrix;
import org.flowbook.training.status.TrainingStatus;

/**
 * The matrix as an Excel workbook for HR: sheet 1 is the grid (people × processes, coloured like
 * the HTML heat map), sheet 2 the long form with the same columns as the CSV. Written with POI's
 * streaming workbook so 5,000 × 300 cells do not hold the whole sheet in memory.
 */
public final class MatrixXlsx {
  private MatrixXlsx() {}

  public static byte[] write(TrainingMatrix m, Language language) {
    TrainingTexts x = new TrainingTexts(language);
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      Map<TrainingStatus, CellStyle> styles = new EnumMap<>(TrainingStatus.class);
      styles.put(TrainingStatus.CURRENT, fill(wb, "1a9850", true));
      styles.put(TrainingStatus.STALE, fill(wb, "d7301f", true));
      styles.put(TrainingStatus.EXPIRED, fill(wb, "fc8d59", false));
      styles.put(TrainingStatus.MISSING, fill(wb, "fee08b", false));
      styles.put(TrainingStatus.NOT_REQUIRED, fill(wb, "f1f1f1", false));
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);

      Sheet grid = wb.createSheet(safe(x.t.get("matrix.title")));
      Row head = grid.createRow(0);
      cell(head, 0, x.t.get("matrix.person"), bold);
      for (int j = 0; j < m.processes().size(); j++) {
        cell(head, j + 1, m.processes().get(j).title(), bold);
      }
      for (int i = 0; i < m.people().size(); i++) {
        Row r = grid.createRow(i + 1);
        cell(r, 0, m.people().get(i).name(), bold);
        for (int j = 0; j < m.processes().size(); j++) {
          TrainingStatus s = m.cell(i, j).status();
          cell(r, j + 1, x.status(s), styles.get(s));
        }
      }
      grid.createFreezePane(1, 1);

      Sheet list = wb.createSheet(safe(x.t.get("csv.status")));
      Row lh = list.createRow(0);
      List<String> header = CsvColumns.header(x);
      for (int k = 0; k < header.size(); k++) {
        cell(lh, k, header.get(k), bold);
      }
      int n = 1;
      for (int i = 0; i < m.people().size(); i++) {
        for (int j = 0; j < m.processes().size(); j++) {
          TrainingStatus s = m.cell(i, j).status();
          if (s == TrainingStatus.NOT_REQUIRED) {
            continue;
          }
          Row r = list.createRow(n++);
          List<String> row = CsvColumns.row(m, i, j, x);
          for (int k = 0; k < row.size(); k++) {
            cell(r, k, row.get(k), k == 3 ? styles.get(s) : null);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      wb.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void cell(Row r, int col, String text, CellStyle style) {
    var c = r.createCell(col);
    // Text cells only: a name like "=HYPERLINK(...)" stays text in a string cell.
    c.setCellValue(text);
    if (style != null) {
      c.setCellStyle(style);
    }
  }

  private static CellStyle fill(SXSSFWorkbook wb, String hex, boolean whiteText) {
    CellStyle s = wb.createCellStyle();
    byte[] rgb = java.util.HexFormat.of().parseHex(hex);
    ((org.apache.poi.xssf.usermodel.XSSFCellStyle) s)
        .setFillForegroundColor(new XSSFColor(rgb, null));
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    if (whiteText) {
      Font f = wb.createFont();
      f.setColor(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
      s.setFont(f);
    }
    return s;
  }

  /** Sheet names may not hold {@code []:*?/\} and are at most 31 characters. */
  private static String safe(String name) {
    String s = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
    return s.length() > 31 ? s.substring(0, 31) : s;
  }
}
