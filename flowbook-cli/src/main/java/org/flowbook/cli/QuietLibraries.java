package org.flowbook.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences the chatter of the PDF libraries on the console: openhtmltopdf reports every CSS
 * property it does not support, PDFBox warns that the standard Symbol font is replaced, which it
 * always is. Real failures still surface as exceptions.
 */
final class QuietLibraries {
  /** Kept so the loggers (and the levels set on them) are not garbage collected. */
  private static final Logger[] LOGGERS = {
    Logger.getLogger("com.openhtmltopdf"),
    Logger.getLogger("org.apache.pdfbox"),
    Logger.getLogger("org.apache.fontbox")
  };

  private QuietLibraries() {}

  static void apply() {
    for (Logger l : LOGGERS) {
      l.setLevel(Level.SEVERE);
    }
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }
}
