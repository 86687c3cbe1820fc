package org.flowbook.mining.analysis;

import java.util.List;
import java.util.Objects;
import org.flowbook.model.Problem;

/**
 * Everything {@code flowbook mine} reports about a log, immutable; the text, JSON and HTML
 * renderers in {@code org.flowbook.mining.report} only format it.
 *
 * @param source the log's file name
 * @param wallClock whether timestamps were read as wall-clock time (offsets dropped)
 * @param problems what was wrong with the input (skipped rows and warnings)
 * @param skipped how many rows or events were skipped
 * @param summary the size of the log
 * @param caseDurations statistics of case durations
 * @param variants the variants
 * @param dfg the directly-follows graph with waiting times
 * @param bottlenecks where cases wait
 * @param processing start → complete times per activity (empty without lifecycle data)
 * @param rework repeated activities
 * @param resources workload and handovers
 * @param sections further sections (conformance, discovery, ...) added by other analyses
 */
public record MiningReport(
    String source,
    boolean wallClock,
    List<Problem> problems,
    long skipped,
    LogSummary summary,
    DurationStats caseDurations,
    VariantReport variants,
    DirectlyFollowsGraph dfg,
    Bottlenecks bottlenecks,
    List<ProcessingTime> processing,
    Rework rework,
    Resources resources,
    List<ReportSection> sections) {

  public MiningReport {
    Objects.requireNonNull(source, "source");
    problems = List.copyOf(problems);
    processing = List.copyOf(processing);
    sections = List.copyOf(sections);
  }

  /** This report with one more section at the end. */
  public MiningReport with(ReportSection section) {
    List<ReportSection> more = new java.util.ArrayList<>(sections);
    more.add(section);
    return new MiningReport(
        source,
        wallClock,
        problems,
        skipped,
        summary,
        caseDurations,
        variants,
        dfg,
        bottlenecks,
        processing,
        rework,
        resources,
        more);
  }
}
