package org.flowbook.mining.report;

import org.flowbook.mining.analysis.ReportSection;
import org.flowbook.model.Language;

/**
 * A report section written in either language: it says its title, text and HTML once, per language,
 * and the language-less forms {@link ReportSection} asks for are the English ones.
 */
interface TranslatedSection extends ReportSection {
  @Override
  String title(Language language);

  @Override
  String text(Language language);

  @Override
  String html(Language language);

  @Override
  default String title() {
    return title(Language.EN);
  }

  @Override
  default String text() {
    return text(Language.EN);
  }

  @Override
  default String html() {
    return html(Language.EN);
  }
}
