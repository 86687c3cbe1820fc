package org.flowbook.handbook.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.flowbook.diagram.medium.Connector;
import org.flowbook.diagram.medium.DirectionChoice;
import org.flowbook.diagram.medium.Medium;
import org.flowbook.diagram.medium.Piece;
import org.flowbook.diagram.medium.Placement;
import org.flowbook.handbook.content.Block;
import org.flowbook.handbook.content.Rich;
import org.flowbook.handbook.figure.Chart;
import org.flowbook.handbook.figure.Picture;
import org.flowbook.handbook.figure.Rasterizer;
import org.flowbook.output.TextBundle;

/** Writes the blocks of a chapter as Word paragraphs, tables and pictures. */
final class DocxBlocks {
  /** Text width of an A4 page with 2 cm margins, in points. */
  private static final double TEXT_WIDTH_PT = 481;

  private static final double MAX_HEIGHT_PT = 640;

  private final XWPFDocument doc;
  private final DocxText text;
  private final TextBundle texts;
  private int pictures;

  DocxBlocks(XWPFDocument doc, DocxText text, TextBundle texts) {
    this.doc = doc;
    this.text = text;
    this.texts = texts;
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
    } else if (block instanceof Block.Question q) {
      question(q);
    }
  }

  /** A numbered question and empty paragraphs ruled at the bottom to write the answer on. */
  private void question(Block.Question q) {
    XWPFParagraph para = doc.createParagraph();
    para.setSpacingBefore(160);
    para.setSpacingAfter(40);
    para.setKeepNext(true);
    if (!q.number().isEmpty()) {
      XWPFRun n = para.createRun();
      n.setText(q.number() + ". ");
      n.setBold(true);
    }
    text.write(para, q.text());
    if (!q.context().isEmpty()) {
      XWPFParagraph context = doc.createParagraph();
      context.setSpacingAfter(40);
      context.setKeepNext(q.answerLines() > 0);
      text.write(context, q.context());
      context.getRuns().forEach(r -> r.setColor(DocxStyles.MUTED));
    }
    for (int i = 0; i < q.answerLines(); i++) {
      XWPFParagraph line = doc.createParagraph();
      line.setBorderBottom(Borders.SINGLE);
      line.setSpacingBefore(200);
      line.setSpacingAfter(0);
      line.setKeepNext(i + 1 < q.answerLines());
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
        text.write(p, t.rows().get(r).get(c), 9);
        if (t.matrix() && c > 0) {
          p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        }
      }
    }
    doc.createParagraph().setSpacingAfter(0);
  }

  private void figure(Block.Figure figure) {
    Picture p = figure.picture();
    if (p.chart().isPresent()) {
      chart(figure, p.chart().get());
      return;
    }
    double scale =
        Math.min(
            1, Math.min(TEXT_WIDTH_PT / (p.width() * 0.75), MAX_HEIGHT_PT / (p.height() * 0.75)));
    picture(p, scale);
    caption(figure.caption());
  }

  /**
   * A flowchart on the Word page at a scale that keeps its text at 8 pt or more; one that does not
   * fit is cut into parts, each followed by where its flows continue ("→ fortsätter i del 2 – steg
   * 8").
   */
  private void chart(Block.Figure figure, Chart chart) {
    DirectionChoice choice = chart.choose(Medium.DOCX_PORTRAIT);
    Placement placement = choice.placement();
    int n = placement.pieces().size();
    for (Piece piece : placement.pieces()) {
      picture(chart.picture(choice, piece, figure.picture()), placement.scale());
      if (placement.split()) {
        Set<String> seen = new LinkedHashSet<>();
        for (Connector c : piece.arriving()) {
          if (seen.add("from:" + c.from())) {
            XWPFParagraph para = doc.createParagraph();
            para.setSpacingAfter(0);
            para.createRun()
                .setText(
                    "\u2190 "
                        + texts.get("chart.comesFromPart")
                        + " "
                        + texts.format("chart.part", c.otherPiece() + 1, n)
                        + " \u2013 "
                        + chart.stepName(c.from(), texts.get("chart.step")));
          }
        }
        for (Connector c : piece.leaving()) {
          if (seen.add("to:" + c.to())) {
            XWPFParagraph para = doc.createParagraph();
            para.setSpacingAfter(0);
            para.createRun()
                .setText(
                    "\u2192 "
                        + texts.get("chart.continuesIn")
                        + " "
                        + texts.format("chart.part", c.otherPiece() + 1, n)
                        + " \u2013 "
                        + chart.stepName(c.to(), texts.get("chart.step")));
          }
        }
        caption(
            figure.caption().isEmpty()
                ? texts.format("chart.part", piece.index() + 1, n)
                : figure.caption() + " \u2013 " + texts.format("chart.part", piece.index() + 1, n));
      } else {
        caption(figure.caption());
      }
    }
  }

  private void picture(Picture p, double scale) {
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
  }

  private void caption(String text) {
    if (!text.isEmpty()) {
      XWPFParagraph caption = doc.createParagraph();
      caption.setStyle("Caption");
      caption.createRun().setText(text);
    }
  }
}
