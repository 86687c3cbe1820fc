package org.flowbook.notation;

import org.flowbook.model.SourceLocation;

/** A reader of some lines of a process file, reporting into the file's {@link ParseContext}. */
abstract class LineReader {
  final ParseContext context;
  final String file;
  final Comments.Collector comments;
  final Positions positions;

  LineReader(ParseContext context) {
    this.context = context;
    this.file = context.file;
    this.comments = context.comments;
    this.positions = context.positions;
  }

  final void error(String code, String message, String hint, SourceLocation at) {
    context.error(code, message, hint, at);
  }

  final void countLanguage(Keyword k, String spelled) {
    context.countLanguage(k, spelled);
  }
}
