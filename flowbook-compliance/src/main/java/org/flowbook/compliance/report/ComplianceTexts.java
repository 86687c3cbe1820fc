package org.flowbook.compliance.report;

import org.flowbook.model.Language;
import org.flowbook.output.LocaleFormat;
import org.flowbook.output.TextBundle;

/** The fixed texts and number formats of the compliance reports in one language. */
final class ComplianceTexts {
  static final String BUNDLE = "org.flowbook.compliance.report.texts";

  final TextBundle t;
  final LocaleFormat f;

  ComplianceTexts(Language language) {
    this.t = TextBundle.of(BUNDLE, language);
    this.f = LocaleFormat.of(language);
  }

  String get(String key) {
    return t.get(key);
  }

  String format(String key, Object... args) {
    return t.format(key, args);
  }
}
