package org.flowbook.handbook.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.flowbook.handbook.content.Block;
import org.flowbook.handbook.content.Chapter;
import org.flowbook.handbook.content.Manual;
import org.flowbook.handbook.i18n.Texts;
import org.flowbook.output.TextBundle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * Writes a manual as a Word document: real heading styles (Word's table of contents and navigation
 * pane work), a table of contents field Word fills in on opening, A4 pages with a running header
 * and "page x of y", tables whose rows never split, flowcharts as PNG pictures.
 */
public final class DocxRenderer {
  /** A4 in twentieths of a point, with 2 cm margins. */
  private static final int A4_W = 11906;

  private static final int A4_H = 16838;
  private static final int MARGIN = 1134;

  public void render(Manual manual, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      TextBundle texts = Texts.of(manual.language());
      DocxStyles.define(doc);
      page(doc, manual, texts);
      doc.getProperties().getCoreProperties().setTitle(manual.title());
      doc.getProperties().getCoreProperties().setCreator("Flowbook");
      DocxText text = new DocxText();
      DocxBlocks blocks = new DocxBlocks(doc, text, texts);
      cover(doc, manual, blocks);
      if (manual.tocDepth() > 0) {
        toc(doc, manual, texts);
      }
      boolean first = true;
      for (Chapter c : manual.chapters()) {
        chapter(doc, blocks, text, c, 1, first || c.newPage());
        first = false;
      }
      doc.enforceUpdateFields();
      doc.write(out);
    }
  }

  private void page(XWPFDocument doc, Manual manual, TextBundle texts) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_W));
    size.setH(BigInteger.valueOf(A4_H));
    CTPageMar mar = sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(MARGIN + 150));
    mar.setBottom(BigInteger.valueOf(MARGIN));
    mar.setLeft(BigInteger.valueOf(MARGIN));
    mar.setRight(BigInteger.valueOf(MARGIN));
    mar.setHeader(BigInteger.valueOf(567));
    mar.setFooter(BigInteger.valueOf(567));
    // The cover gets its own (empty) first-page header and footer.
    sect.addNewTitlePg();
    XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, sect);
    XWPFHeader header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
    XWPFParagraph hp = header.createParagraph();
    small(hp.createRun(), manual.runningTitle());
    policy.createHeader(XWPFHeaderFooterPolicy.FIRST).createParagraph();
    XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
    XWPFParagraph fp = footer.createParagraph();
    fp.setAlignment(ParagraphAlignment.RIGHT);
    String[] parts = texts.format("pageOf", "\u0000", "\u0001").split("[\u0000\u0001]", -1);
    small(fp.createRun(), parts[0]);
    field(fp, "PAGE");
    small(fp.createRun(), parts.length > 1 ? parts[1] : "");
    field(fp, "NUMPAGES");
    policy.createFooter(XWPFHeaderFooterPolicy.FIRST).createParagraph();
  }

  private static void small(XWPFRun run, String text) {
    run.setText(text);
    run.setFontSize(8.5);
    run.setColor(DocxStyles.MUTED);
  }

  private static void field(XWPFParagraph p, String instruction) {
    CTSimpleField f = p.getCTP().addNewFldSimple();
    f.setInstr(instruction);
    var run = f.addNewR();
    var props = run.addNewRPr();
    props.addNewSz().setVal(java.math.BigInteger.valueOf(17));
    props.addNewColor().setVal(DocxStyles.MUTED);
    run.addNewT().setStringValue("1");
  }

  private void cover(XWPFDocument doc, Manual manual, DocxBlocks blocks) {
    for (int i = 0; i < 6; i++) {
      doc.createParagraph();
    }
    XWPFParagraph kicker = doc.createParagraph();
    kicker.setStyle("Kicker");
    kicker.createRun().setText(manual.cover().kicker().toUpperCase(manual.language().locale()));
    XWPFParagraph title = doc.createParagraph();
    title.setStyle("Title");
    title.createRun().setText(manual.cover().title());
    if (!manual.cover().subtitle().isEmpty()) {
      XWPFParagraph sub = doc.createParagraph();
      sub.setStyle("Subtitle");
      sub.createRun().setText(manual.cover().subtitle());
    }
    blocks.write(new Block.Facts(manual.cover().facts()));
  }

  private void toc(XWPFDocument doc, Manual manual, TextBundle texts) {
    XWPFParagraph heading = doc.createParagraph();
    heading.setStyle("TOCHeading");
    heading.setPageBreak(true);
    heading.createRun().setText(texts.get("toc"));
    XWPFParagraph p = doc.createParagraph();
    CTSimpleField toc = p.getCTP().addNewFldSimple();
    toc.setInstr("TOC \\o \"1-" + Math.min(3, manual.tocDepth()) + "\" \\h \\z \\u");
    // The field's result until Word updates it (it asks on opening): the headings without pages.
    boolean firstLine = true;
    for (Manual.Entry e : manual.outline()) {
      if (e.depth() > manual.tocDepth()) {
        continue;
      }
      var r = toc.addNewR();
      if (!firstLine) {
        r.addNewBr();
      }
      firstLine = false;
      r.addNewT().setStringValue("    ".repeat(e.depth() - 1) + e.chapter().heading());
    }
  }

  private void chapter(
      XWPFDocument doc, DocxBlocks blocks, DocxText text, Chapter c, int depth, boolean newPage) {
    XWPFParagraph h = doc.createParagraph();
    h.setStyle("Heading" + Math.min(6, depth));
    h.setPageBreak(newPage);
    text.bookmark(h, c.anchor());
    h.createRun().setText(c.heading());
    for (Block b : c.blocks()) {
      blocks.write(b);
    }
    List<Chapter> children = c.children();
    for (Chapter child : children) {
      chapter(doc, blocks, text, child, depth + 1, child.newPage());
    }
  }
}
