package org.flowbook.handbook.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of a generated Word document. Headings use Word's built-in names ("heading
 * 1" …) and outline levels, so Word's own table of contents and navigation pane find them.
 */
final class DocxStyles {
  static final String ACCENT = "1F4E79";
  static final String MUTED = "5D6D7E";
  static final String FONT = "Arial";

  private DocxStyles() {}

  static void define(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    styles.addStyle(
        new XWPFStyle(paragraph("Normal", "Normal", null, 21, false, "1C2833", 0, 120, -1)));
    styles.addStyle(
        new XWPFStyle(paragraph("Title", "Title", "Normal", 56, true, ACCENT, 0, 240, -1)));
    styles.addStyle(
        new XWPFStyle(
            paragraph("Subtitle", "Subtitle", "Normal", 26, false, "34495E", 0, 240, -1)));
    styles.addStyle(
        new XWPFStyle(paragraph("Kicker", "Kicker", "Normal", 18, true, MUTED, 0, 60, -1)));
    styles.addStyle(
        new XWPFStyle(paragraph("Caption", "caption", "Normal", 18, false, MUTED, 60, 200, -1)));
    styles.addStyle(
        new XWPFStyle(
            paragraph("TOCHeading", "TOC Heading", "Normal", 32, true, ACCENT, 240, 120, -1)));
    int[] sizes = {34, 27, 23, 21, 21, 21};
    for (int level = 1; level <= 6; level++) {
      styles.addStyle(
          new XWPFStyle(
              paragraph(
                  "Heading" + level,
                  "heading " + level,
                  "Normal",
                  sizes[level - 1],
                  true,
                  ACCENT,
                  level == 1 ? 360 : 240,
                  120,
                  level - 1)));
    }
  }

  private static CTStyle paragraph(
      String id,
      String name,
      String basedOn,
      int halfPoints,
      boolean bold,
      String color,
      int before,
      int after,
      int outlineLevel) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    if (basedOn != null) {
      style.addNewBasedOn().setVal(basedOn);
      style.addNewNext().setVal("Normal");
    }
    style.addNewQFormat();
    CTPPrGeneral ppr = style.addNewPPr();
    CTSpacing spacing = ppr.addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(before));
    spacing.setAfter(BigInteger.valueOf(after));
    if (outlineLevel >= 0) {
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
      ppr.addNewKeepNext();
      style.addNewUiPriority().setVal(BigInteger.valueOf(9));
    }
    CTRPr rpr = style.addNewRPr();
    CTFonts fonts = rpr.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    if (bold) {
      rpr.addNewB();
    }
    rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    rpr.addNewColor().setVal(color);
    return style;
  }
}
