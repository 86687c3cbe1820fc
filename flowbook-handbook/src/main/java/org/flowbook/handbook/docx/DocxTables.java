package org.flowbook.handbook.docx;

import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Borders and widths of the two kinds of Word table a manual uses. */
final class DocxTables {
  private static final String RULE = "D5DDE5";

  private DocxTables() {}

  /** A data table: full width, thin grey grid. */
  static void grid(XWPFTable table) {
    table.setWidth("100%");
    table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setCellMargins(40, 80, 40, 80);
  }

  /** A label–value list: no vertical lines, a thin rule under each row. */
  static void plain(XWPFTable table) {
    table.setWidth("100%");
    table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
    table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
    table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
    table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
    table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "E5EAEF");
    table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "E5EAEF");
    table.setCellMargins(30, 0, 30, 120);
  }
}
