package org.flowbook.handbook.content;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.flowbook.handbook.figure.Flowcharts;
import org.flowbook.handbook.i18n.Texts;
import org.flowbook.handbook.narrative.Narrator;
import org.flowbook.model.Language;
import org.flowbook.model.Workspace;
import org.flowbook.output.LocaleFormat;
import org.flowbook.output.TextBundle;

/**
 * What every part of one manual is built with: the workspace, the language's texts and formats, the
 * drawings, and which anchors exist in this manual (links to anything else would dangle).
 */
record Context(
    Workspace workspace,
    Language language,
    TextBundle texts,
    LocaleFormat formats,
    Narrator narrator,
    Flowcharts flowcharts,
    Map<String, Approval> approvals,
    LocalDate date,
    Set<String> anchors) {

  static Context of(
      Workspace workspace,
      Language language,
      Flowcharts flowcharts,
      Map<String, Approval> approvals,
      LocalDate date,
      Set<String> anchors) {
    return new Context(
        workspace,
        language,
        Texts.of(language),
        LocaleFormat.of(language),
        new Narrator(language),
        flowcharts,
        Map.copyOf(approvals),
        date,
        Set.copyOf(anchors));
  }

  String t(String key) {
    return texts.get(key);
  }

  String t(String key, Object... args) {
    return texts.format(key, args);
  }

  /** A link when the anchor is part of this manual, plain text otherwise. */
  Rich link(String text, String anchor) {
    return anchors.contains(anchor) ? Rich.link(text, anchor) : Rich.of(text);
  }

  void link(Rich.Builder b, String text, String anchor) {
    if (anchors.contains(anchor)) {
      b.link(text, anchor);
    } else {
      b.text(text);
    }
  }
}
