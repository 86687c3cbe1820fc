package org.flowbook.handbook.html;

/** What the HTML is for: a file people open in a browser, or the input of the PDF writer. */
public enum Medium {
  /** A self-contained page with working links and a print stylesheet. */
  SCREEN,
  /** Paged media for openhtmltopdf: running headers, page numbers, bookmarks, landscape pages. */
  PRINT
}
