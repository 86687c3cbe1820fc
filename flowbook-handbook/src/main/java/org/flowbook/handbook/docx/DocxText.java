package org.flowbook.handbook.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.flowbook.handbook.content.Rich;
import org.flowbook.handbook.content.Span;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Rich text in Word: styled runs, internal links and the bookmarks they point to. Word bookmark
 * names allow only letters, digits and underscores and at most 40 characters, so anchors are mapped
 * to short unique names.
 */
final class DocxText {
  private final Map<String, String> bookmarks = new HashMap<>();
  private int nextId = 1;

  void write(XWPFParagraph p, Rich rich) {
    for (Span s : rich.spans()) {
      XWPFRun run;
      if (s.isLink()) {
        CTHyperlink link = p.getCTP().addNewHyperlink();
        link.setAnchor(name(s.link()));
        CTR r = link.addNewR();
        run = new XWPFHyperlinkRun(link, r, p);
        run.setColor(DocxStyles.ACCENT);
      } else {
        run = p.createRun();
      }
      run.setText(s.text());
      run.setBold(s.style() == Span.Style.STRONG);
      run.setItalic(s.style() == Span.Style.EMPHASIS);
    }
  }

  void bookmark(XWPFParagraph p, String anchor) {
    BigInteger id = BigInteger.valueOf(nextId++);
    CTBookmark start = p.getCTP().addNewBookmarkStart();
    start.setName(name(anchor));
    start.setId(id);
    p.getCTP().addNewBookmarkEnd().setId(id);
  }

  private String name(String anchor) {
    return bookmarks.computeIfAbsent(
        anchor,
        a -> {
          String base = "_" + a.replaceAll("[^A-Za-z0-9]", "_");
          String candidate = base.length() > 32 ? base.substring(0, 32) : base;
          return candidate + "_" + bookmarks.size();
        });
  }
}
