package org.flowbook.mining.report;

import java.util.List;
import org.flowbook.mining.analysis.Bottleneck;
import org.flowbook.mining.analysis.DurationStats;
import org.flowbook.mining.analysis.Handover;
import org.flowbook.mining.analysis.LogSummary;
import org.flowbook.mining.analysis.MiningReport;
import org.flowbook.mining.analysis.ProcessingTime;
import org.flowbook.mining.analysis.ReportSection;
import org.flowbook.mining.analysis.ResourceLoad;
import org.flowbook.mining.analysis.ReworkActivity;
import org.flowbook.mining.analysis.Variant;
import org.flowbook.model.Language;
import org.flowbook.output.TextBundle;

/**
 * The mining report as plain text for a terminal: the size of the log, case durations, the top
 * variants, where cases wait, rework and who does the work — readable by a manager, in English or
 * Swedish.
 */
public final class TextReport {
  private static final int WIDTH = 44;

  private final Human human;
  private final TextBundle texts;
  private final StringBuilder out = new StringBuilder();

  private TextReport(Language language) {
    this.human = Human.of(language);
    this.texts = human.texts();
  }

  /** The report in English. */
  public static String render(MiningReport r) {
    return render(r, Language.EN);
  }

  public static String render(MiningReport r, Language language) {
    TextReport t = new TextReport(language);
    t.summary(r);
    t.variants(r);
    t.bottlenecks(r);
    t.processing(r);
    t.rework(r);
    t.resources(r);
    for (ReportSection section : r.sections()) {
      String text = section.text(language);
      t.out.append('\n').append(section.title(language)).append('\n').append(text);
      if (!text.endsWith("\n")) {
        t.out.append('\n');
      }
    }
    return t.out.toString();
  }

  private void summary(MiningReport r) {
    LogSummary s = r.summary();
    line(
        "summary.line",
        r.source(),
        human.counted("n.cases", s.cases()),
        human.counted("n.events", s.events()),
        human.counted("n.activities", s.activities()),
        human.counted("n.resources", s.resources()));
    line(
        "summary.period",
        Human.minute(s.first()),
        Human.minute(s.last()),
        texts.get(r.wallClock() ? "period.wallClock" : "period.utc"),
        human.duration(s.span()));
    DurationStats d = r.caseDurations();
    line(
        "summary.caseDuration",
        human.duration(d.median()),
        human.duration(d.mean()),
        human.duration(d.p90()),
        human.duration(d.min()),
        human.duration(d.max()));
    if (r.skipped() > 0) {
      line("summary.skipped", human.count(r.skipped()));
    }
  }

  private void variants(MiningReport r) {
    out.append('\n');
    line(
        "variants.text", human.count(r.variants().count()), human.count(r.variants().singletons()));
    TextTable table =
        TextTable.indented("").right(4).right(8).right(8).right(8).right(10).freeText();
    out.append(
        table.header(
            "#",
            texts.get("col.cases"),
            texts.get("col.share"),
            texts.get("col.cumulative"),
            texts.get("col.median"),
            texts.get("col.path")));
    for (Variant v : r.variants().top()) {
      out.append(
          table.row(
              v.rank(),
              human.count(v.cases()),
              human.share(v.share()),
              human.share(v.coverage()),
              human.duration(v.duration().median()),
              human.path(v.activities(), 150)));
    }
  }

  private void bottlenecks(MiningReport r) {
    out.append('\n').append(texts.get("bottlenecks.heading")).append('\n');
    LogSummary s = r.summary();
    if (s.lifecycles().size() > 1) {
      out.append("  ");
      line("bottlenecks.lifecycles", String.join("/", s.lifecycles()));
    }
    transitions("bottlenecks.byTotal", r.bottlenecks().transitionsByTotal());
    transitions("bottlenecks.byMean", r.bottlenecks().transitionsByMean());
    transitions("bottlenecks.activities", r.bottlenecks().activitiesByTotal());
  }

  private void transitions(String titleKey, List<Bottleneck> list) {
    if (list.isEmpty()) {
      return;
    }
    out.append("  ").append(texts.get(titleKey)).append('\n');
    TextTable table = durationTable();
    for (Bottleneck b : list) {
      String name = b.isTransition() ? b.from() + " → " + b.to() : b.to();
      out.append(durationRow(table, name, b.waiting()));
    }
  }

  private void processing(MiningReport r) {
    if (r.processing().isEmpty()) {
      return;
    }
    out.append('\n').append(texts.get("processing.text")).append('\n');
    TextTable table = durationTable();
    for (ProcessingTime p : r.processing()) {
      out.append(durationRow(table, p.activity(), p.processing()));
    }
  }

  /** A table of count, total, mean, median and p90 per activity or transition; header written. */
  private TextTable durationTable() {
    TextTable table =
        TextTable.indented("    ").left(WIDTH).right(8).right(10).right(10).right(10).right(10);
    out.append(
        table.header(
            "",
            texts.get("col.count"),
            texts.get("col.total"),
            texts.get("col.mean"),
            texts.get("col.median"),
            texts.get("col.p90")));
    return table;
  }

  private String durationRow(TextTable table, String name, DurationStats w) {
    return table.row(
        Human.cut(name, WIDTH),
        human.count(w.count()),
        human.duration(w.total()),
        human.duration(w.mean()),
        human.duration(w.median()),
        human.duration(w.p90()));
  }

  private void rework(MiningReport r) {
    out.append('\n');
    line(
        "rework.text",
        human.counted("n.cases", r.rework().cases()),
        human.share(r.rework().share()),
        r.rework().cases());
    if (r.rework().activities().isEmpty()) {
      return;
    }
    TextTable table = TextTable.indented("  ").left(WIDTH).right(8).right(12);
    out.append(
        table.header(
            texts.get("col.activity"), texts.get("col.cases"), texts.get("col.repetitions")));
    for (ReworkActivity a : r.rework().activities()) {
      out.append(
          table.row(
              Human.cut(a.activity(), WIDTH),
              human.count(a.cases()),
              human.count(a.repetitions())));
    }
  }

  private void resources(MiningReport r) {
    if (r.resources().resources() == 0) {
      return;
    }
    out.append('\n');
    line(
        "resources.text",
        human.count(r.resources().resources()),
        human.counted("n.handovers", r.resources().handovers()));
    TextTable busiest = TextTable.indented("  ").left(WIDTH).right(8).right(8).right(11);
    out.append(
        busiest.header(
            texts.get("col.busiest"),
            texts.get("col.events"),
            texts.get("col.cases"),
            texts.get("col.activities")));
    for (ResourceLoad l : r.resources().workload()) {
      out.append(
          busiest.row(
              Human.cut(l.resource(), WIDTH),
              human.count(l.events()),
              human.count(l.cases()),
              human.count(l.activities())));
    }
    TextTable handovers = TextTable.indented("  ").left(WIDTH).right(8);
    out.append(handovers.header(texts.get("col.mostFrequentHandovers"), texts.get("col.count")));
    for (Handover h : r.resources().topHandovers()) {
      out.append(
          handovers.row(Human.cut(h.from() + " → " + h.to(), WIDTH), human.count(h.count())));
    }
  }

  private void line(String key, Object... args) {
    out.append(texts.format(key, args)).append('\n');
  }
}
