package org.flowbook.handbook.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.flowbook.handbook.content.Block;
import org.flowbook.handbook.content.Rich;
import org.flowbook.handbook.figure.Picture;
import org.flowbook.handbook.figure.Rasterizer;

/** Writes the blocks of a chapter as Word paragraphs, tables and pictures. */
final class DocxBlocks {
  /** Text width of an A4 page with 2 cm margins, in points. */
  private static final double TEXT_WIDTH_PT = 481;

  private static final double MAX_HEIGHT_PT = 640;

  private final XWPFDocument doc;
  private final DocxText text;
  private int pictures;

  DocxBlocks(XWPFDocument doc, DocxText text) {
    this.doc = doc;
    this.text = text;
  }

  void write(Block block) {
    if (block instanceof Block.Paragraph p) {
      XWPFParagraph para = doc.createParagraph();
      text.write(para, p.text());
      if (p.lead()) {
        para.getRuns().forEach(r -> r.setFontSize(12));
      }
    } else if (block instanceof Block.ItemList list) {
      int n = 0;
      for (Rich item : list.items()) {
        XWPFParagraph para = doc.createParagraph();
        para.setIndentationLeft(360);
        para.setIndentationHanging(280);
        para.setSpacingAfter(40);
        para.createRun().setText(list.ordered() ? (++n) + ".\t" : "•\t");
        text.write(para, item);
      }
    } else if (block instanceof Block.Facts facts) {
      facts(facts.facts());
    } else if (block instanceof Block.Table table) {
      table(table);
    } else if (block instanceof Block.Figure figure) {
      figure(figure);
    } else if (block instanceof Block.Callout callout) {
      XWPFParagraph title = doc.createParagraph();
      title.setBorderLeft(Borders.THICK);
      title.setIndentationLeft(200);
      title.setSpacingAfter(20);
      XWPFRun r = title.createRun();
      r.setText(callout.title());
      r.setBold(true);
      r.setColor("7A5C00");
      for (Rich item : callout.items()) {
        XWPFParagraph p = doc.createParagraph();
        p.setBorderLeft(Borders.THICK);
        p.setIndentationLeft(200);
        p.setSpacingAfter(20);
        p.createRun().setText("• ");
        text.write(p, item);
      }
    }
  }

  private void facts(List<Block.Fact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    XWPFTable table = doc.createTable(facts.size(), 2);
    DocxTables.plain(table);
    for (int i = 0; i < facts.size(); i++) {
      XWPFTableRow row = table.getRow(i);
      row.setCantSplitRow(true);
      XWPFTableCell label = row.getCell(0);
      label.setWidth("2600");
      XWPFRun run = label.getParagraphs().get(0).createRun();
      run.setText(facts.get(i).label());
      run.setBold(true);
      run.setColor(DocxStyles.MUTED);
      XWPFTableCell value = row.getCell(1);
      value.setWidth("7000");
      text.write(value.getParagraphs().get(0), facts.get(i).value());
    }
    doc.createParagraph().setSpacingAfter(0);
  }

  private void table(Block.Table t) {
    int cols = t.header().size();
    XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
    DocxTables.grid(table);
    XWPFTableRow head = table.getRow(0);
    head.setRepeatHeader(true);
    head.setCantSplitRow(true);
    for (int c = 0; c < cols; c++) {
      XWPFTableCell cell = head.getCell(c);
      cell.setColor(DocxStyles.ACCENT);
      XWPFRun run = cell.getParagraphs().get(0).createRun();
      run.setText(t.header().get(c));
      run.setBold(true);
      run.setColor("FFFFFF");
      run.setFontSize(9);
    }
    for (int r = 0; r < t.rows().size(); r++) {
      XWPFTableRow row = table.getRow(r + 1);
      row.setCantSplitRow(true);
      for (int c = 0; c < cols; c++) {
        XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
        text.write(p, t.rows().get(r).get(c));
        p.getRuns().forEach(run -> run.setFontSize(9));
        if (t.matrix() && c > 0) {
          p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        }
      }
    }
    doc.createParagraph().setSpacingAfter(0);
  }

  private void figure(Block.Figure figure) {
    Picture p = figure.picture();
    double scale =
        Math.min(
            1, Math.min(TEXT_WIDTH_PT / (p.width() * 0.75), MAX_HEIGHT_PT / (p.height() * 0.75)));
    double wPt = p.width() * 0.75 * scale;
    double hPt = p.height() * 0.75 * scale;
    // About 200 dots per inch at the size Word shows it: sharp in print, small and quick to make.
    double pixelScale = Math.min(2, wPt / 72 * 200 / p.width());
    byte[] png = Rasterizer.png(p, pixelScale);
    XWPFParagraph para = doc.createParagraph();
    para.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
    para.setKeepNext(true);
    try {
      para.createRun()
          .addPicture(
              new ByteArrayInputStream(png),
              Document.PICTURE_TYPE_PNG,
              "figure" + (++pictures) + ".png",
              Units.toEMU(wPt),
              Units.toEMU(hPt));
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("POI rejected a PNG it was given", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!figure.caption().isEmpty()) {
      XWPFParagraph caption = doc.createParagraph();
      caption.setStyle("Caption");
      caption.createRun().setText(figure.caption());
    }
  }

  static BigInteger twips(double points) {
    return BigInteger.valueOf(Math.round(points * 20));
  }
}
