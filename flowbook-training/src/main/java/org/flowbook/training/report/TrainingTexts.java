package org.flowbook.training.report;

import org.flowbook.model.Language;
import org.flowbook.output.LocaleFormat;
import org.flowbook.output.TextBundle;
import org.flowbook.training.status.TrainingStatus;

/** The fixed texts of the training reports in one language. */
final class TrainingTexts {
  final TextBundle t;
  final LocaleFormat f;

  TrainingTexts(Language language) {
    this.t = TextBundle.of("org.flowbook.training.report.texts", language);
    this.f = LocaleFormat.of(language);
  }

  String status(TrainingStatus s) {
    return t.get("status." + s.key());
  }

  String code(TrainingStatus s) {
    return t.get("code." + s.key());
  }
}
