package org.flowbook.training.report;

import java.util.List;
import org.flowbook.training.status.Cell;
import org.flowbook.training.status.TrainingMatrix;

/** The columns of the matrix's CSV and XLSX rows, so both exports say the same thing. */
final class CsvColumns {
  private CsvColumns() {}

  static List<String> header(TrainingTexts x) {
    return List.of(
        x.t.get("csv.person"),
        x.t.get("csv.process"),
        x.t.get("csv.title"),
        x.t.get("csv.status"),
        x.t.get("csv.version"),
        x.t.get("csv.current"),
        x.t.get("csv.date"),
        x.t.get("csv.trainer"),
        x.t.get("csv.expires"),
        x.t.get("csv.changed"));
  }

  static List<String> row(TrainingMatrix m, int person, int process, TrainingTexts x) {
    Cell c = m.cell(person, process);
    TrainingMatrix.Column col = m.processes().get(process);
    return List.of(
        m.people().get(person).name(),
        col.processId(),
        col.title(),
        x.status(c.status()),
        c.record().map(r -> r.version()).orElse(""),
        col.currentVersion(),
        c.record().map(r -> r.date().toString()).orElse(""),
        c.record().map(r -> r.trainer()).orElse(""),
        c.expires() == null ? "" : c.expires().toString(),
        String.join("; ", c.changedSteps()));
  }

  /**
   * A name that starts like a formula ({@code =}, {@code +}, {@code -}, {@code @}) gets a leading
   * apostrophe, so a spreadsheet shows it instead of running it.
   */
  static String defuse(String s) {
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
