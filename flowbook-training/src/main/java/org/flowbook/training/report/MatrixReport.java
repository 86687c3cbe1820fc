package org.flowbook.training.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.flowbook.model.Language;
import org.flowbook.model.Person;
import org.flowbook.output.Escape;
import org.flowbook.training.status.Cell;
import org.flowbook.training.status.TrainingMatrix;
import org.flowbook.training.status.TrainingStatus;

/**
 * The training matrix as text, CSV (one row per person and process, for HR), JSON (docs/json.md)
 * and a self-contained HTML page with a heat map. XLSX is in {@link MatrixXlsx}.
 */
public final class MatrixReport {
  private MatrixReport() {}

  public static String summary(TrainingMatrix m, Language language) {
    TrainingTexts x = new TrainingTexts(language);
    Map<TrainingStatus, Integer> n = m.counts();
    return x.t.format(
        "matrix.summary",
        n.get(TrainingStatus.CURRENT),
        n.get(TrainingStatus.STALE),
        n.get(TrainingStatus.EXPIRED),
        n.get(TrainingStatus.MISSING));
  }

  /** One line per person with a non-blank cell per process; the columns are listed below. */
  public static String text(TrainingMatrix m, Language language) {
    TrainingTexts x = new TrainingTexts(language);
    StringBuilder b = new StringBuilder();
    b.append(x.t.get("matrix.title"))
        .append(" — ")
        .append(x.t.format("matrix.asOf", m.asOf().toString()))
        .append('\n');
    if (m.people().isEmpty()) {
      return b.append(x.t.get("matrix.noPeople")).append('\n').toString();
    }
    b.append(summary(m, language)).append("\n\n");
    for (int i = 0; i < m.people().size(); i++) {
      Person p = m.people().get(i);
      StringBuilder line = new StringBuilder();
      for (int j = 0; j < m.processes().size(); j++) {
        Cell c = m.cell(i, j);
        if (c.status() == TrainingStatus.NOT_REQUIRED) {
          continue;
        }
        line.append("\n    ")
            .append(pad(x.code(c.status()), 10))
            .append(m.processes().get(j).title());
        detail(line, c, x);
      }
      b.append(p.name()).append(line.length() == 0 ? "  —" : line).append('\n');
    }
    return b.toString();
  }

  private static void detail(StringBuilder b, Cell c, TrainingTexts x) {
    c.record()
        .ifPresent(
            r -> b.append("  (").append(r.version()).append(", ").append(r.date()).append(')'));
    if (!c.changedSteps().isEmpty()) {
      b.append(" — ").append(x.t.format("matrix.changed", String.join("; ", c.changedSteps())));
    }
    if (c.unknownVersion()) {
      b.append(" — ").append(x.t.get("matrix.unknownVersion"));
    }
    if (c.status() == TrainingStatus.EXPIRED && c.expires() != null) {
      b.append(" — ").append(x.t.format("matrix.expires", c.expires().toString()));
    }
  }

  private static String pad(String s, int w) {
    return s.length() >= w ? s + " " : s + " ".repeat(w - s.length());
  }

  /** Long form: one row per required person × process, {@code ;}-separated with a header. */
  public static String csv(TrainingMatrix m, Language language) {
    TrainingTexts x = new TrainingTexts(language);
    StringBuilder b = new StringBuilder();
    List<String> head = CsvColumns.header(x);
    b.append(String.join(";", head)).append('\n');
    for (int i = 0; i < m.people().size(); i++) {
      for (int j = 0; j < m.processes().size(); j++) {
        Cell c = m.cell(i, j);
        if (c.status() == TrainingStatus.NOT_REQUIRED) {
          continue;
        }
        List<String> row = CsvColumns.row(m, i, j, x);
        for (int k = 0; k < row.size(); k++) {
          if (k > 0) {
            b.append(';');
          }
          b.append(quote(row.get(k)));
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  /** Quotes a field when needed and defuses a leading formula character for spreadsheets. */
  static String quote(String s) {
    String v = CsvColumns.defuse(s);
    return v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
        ? "\"" + v.replace("\"", "\"\"") + "\""
        : v;
  }

  public static String json(TrainingMatrix m) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeStringField("asOf", m.asOf().toString());
      g.writeObjectFieldStart("counts");
      for (Map.Entry<TrainingStatus, Integer> e : m.counts().entrySet()) {
        g.writeNumberField(e.getKey().key(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("processes");
      for (TrainingMatrix.Column c : m.processes()) {
        g.writeStartObject();
        g.writeStringField("id", c.processId());
        g.writeStringField("title", c.title());
        g.writeStringField("currentVersion", c.currentVersion());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("people");
      for (int i = 0; i < m.people().size(); i++) {
        g.writeStartObject();
        g.writeStringField("name", m.people().get(i).name());
        g.writeArrayFieldStart("cells");
        for (int j = 0; j < m.processes().size(); j++) {
          Cell c = m.cell(i, j);
          g.writeStartObject();
          g.writeStringField("status", c.status().key());
          if (c.record().isPresent()) {
            g.writeStringField("version", c.record().get().version());
            g.writeStringField("date", c.record().get().date().toString());
            g.writeStringField("trainer", c.record().get().trainer());
          }
          if (c.expires() != null) {
            g.writeStringField("validUntil", c.expires().toString());
          }
          if (!c.changedSteps().isEmpty()) {
            g.writeArrayFieldStart("changedSteps");
            for (String s : c.changedSteps()) {
              g.writeString(s);
            }
            g.writeEndArray();
          }
          if (c.unknownVersion()) {
            g.writeBooleanField("unknownVersion", true);
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  private static final String CSS =
      """
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1180px;padding:16px;color:#1d2430}
      h1{font-size:1.5em;margin:.2em 0}.summary{background:#f4f6fa;padding:10px 14px;border-radius:6px}
      .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
      table.heat{border-collapse:collapse;font-size:13px}
      .heat th,.heat td{border:1px solid #fff;padding:4px 6px;text-align:center;white-space:nowrap}
      .heat th.person{text-align:left;position:sticky;left:0;background:#fff}
      .heat thead th{vertical-align:bottom;white-space:normal;min-width:4em}
      .heat td.current{background:#1a9850;color:#fff}.heat td.stale{background:#d7301f;color:#fff;font-weight:600}
      .heat td.expired{background:#fc8d59}.heat td.missing{background:#fee08b}.heat td{background:#f1f1f1}
      .legend span{display:inline-block;padding:2px 8px;margin-right:6px;border-radius:3px}
      .muted{color:#5b6475}
      @media (max-width:600px){body{padding:10px;font-size:14px}}
      """;

  /** A heat map: a row per person, a column per process, a coloured cell per status. */
  public static String html(TrainingMatrix m, Language language) {
    TrainingTexts x = new TrainingTexts(language);
    StringBuilder b =
        new StringBuilder(4096 + m.people().size() * (m.processes().size() * 10 + 64));
    String title = x.t.get("matrix.title");
    b.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language.code())
        .append("\">\n<head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n<title>")
        .append(Escape.text(title))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style></head>\n<body>\n<h1>")
        .append(Escape.text(title))
        .append("</h1>\n<p class=\"muted\">")
        .append(Escape.text(x.t.format("matrix.asOf", x.f.date(m.asOf()))))
        .append("</p>\n");
    if (m.people().isEmpty()) {
      return b.append("<p>")
          .append(Escape.text(x.t.get("matrix.noPeople")))
          .append("</p>\n</body>\n</html>\n")
          .toString();
    }
    b.append("<p class=\"summary\">").append(Escape.text(summary(m, language))).append("</p>\n");
    b.append("<p class=\"legend\">").append(Escape.text(x.t.get("matrix.legend"))).append(": ");
    for (TrainingStatus s :
        List.of(
            TrainingStatus.CURRENT,
            TrainingStatus.STALE,
            TrainingStatus.EXPIRED,
            TrainingStatus.MISSING)) {
      b.append("<span class=\"heat ")
          .append(s.key())
          .append("\" style=\"background:")
          .append(colour(s))
          .append("\">")
          .append(Escape.text(x.status(s)))
          .append("</span>");
    }
    b.append("</p>\n<div class=\"scroll\"><table class=\"heat\">\n<thead><tr><th class=\"person\">")
        .append(Escape.text(x.t.get("matrix.person")))
        .append("</th>");
    for (TrainingMatrix.Column c : m.processes()) {
      b.append("<th scope=\"col\">").append(Escape.text(c.title())).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    Map<TrainingStatus, String> labels = new java.util.EnumMap<>(TrainingStatus.class);
    for (TrainingStatus s : TrainingStatus.values()) {
      labels.put(s, Escape.text(x.status(s)));
    }
    for (int i = 0; i < m.people().size(); i++) {
      b.append("<tr><th class=\"person\" scope=\"row\">")
          .append(Escape.text(m.people().get(i).name()))
          .append("</th>");
      List<Cell> row = m.cells().get(i);
      for (int j = 0; j < row.size(); j++) {
        Cell c = row.get(j);
        if (c.status() == TrainingStatus.NOT_REQUIRED) {
          // Most cells of a large matrix: kept short, the page of 5,000 × 300 stays small.
          b.append("<td></td>");
          continue;
        }
        StringBuilder tip = new StringBuilder(m.processes().get(j).title());
        detail(tip, c, x);
        b.append("<td class=\"")
            .append(c.status().key())
            .append("\" title=\"")
            .append(Escape.attribute(tip.toString()))
            .append("\">")
            .append(labels.get(c.status()))
            .append("</td>");
      }
      b.append("</tr>\n");
    }
    return b.append("</tbody></table></div>\n</body>\n</html>\n").toString();
  }

  private static String colour(TrainingStatus s) {
    return switch (s) {
      case CURRENT -> "#1a9850;color:#fff";
      case STALE -> "#d7301f;color:#fff";
      case EXPIRED -> "#fc8d59";
      case MISSING -> "#fee08b";
      case NOT_REQUIRED -> "#f1f1f1";
    };
  }
}
