package org.flowbook.server.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.flowbook.handbook.content.Block;
import org.flowbook.handbook.content.Chapter;
import org.flowbook.handbook.content.Cover;
import org.flowbook.handbook.content.Manual;
import org.flowbook.handbook.content.Rich;
import org.flowbook.handbook.pdf.PdfRenderer;
import org.flowbook.model.Language;
import org.flowbook.model.Organization;
import org.flowbook.model.Regulation;
import org.flowbook.model.Requirement;
import org.flowbook.repository.evidence.EvidenceRecord;

/**
 * The audit pack's PDF: for a period, requirement → controls → evidence (gaps show as a control
 * without evidence or a requirement without a control), every control with its owner, frequency and
 * overdue periods, and the list of evidence. Laid out by flowbook-handbook's PDF renderer in the
 * auditor's language.
 */
public final class EvidenceReport {
  private EvidenceReport() {}

  /** What the report covers. */
  public record Input(
      Language language,
      Organization organization,
      LocalDate from,
      LocalDate to,
      String auditor,
      List<ControlStatus> controls,
      List<EvidenceRecord> evidence) {}

  /** The report as PDF bytes; {@code t} gives the words of the language. */
  public static byte[] pdf(Input in, UnaryOperator<String> t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new PdfRenderer().render(manual(in, t), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Manual manual(Input in, UnaryOperator<String> t) {
    String title = t.apply("evidence.pack.title");
    Cover cover =
        new Cover(
            t.apply("evidence.pack.kicker"),
            title,
            in.organization().name(),
            List.of(
                Block.Fact.of(t.apply("evidence.pack.period"), in.from() + " – " + in.to()),
                Block.Fact.of(t.apply("evidence.pack.by"), in.auditor()),
                Block.Fact.of(
                    t.apply("evidence.pack.counts"),
                    in.controls().size() + " / " + in.evidence().size())));
    List<Chapter> chapters = new ArrayList<>();
    chapters.add(Chapter.of("requirements", t.apply("evidence.requirements"), requirements(in, t)));
    chapters.add(Chapter.of("controls", t.apply("evidence.controls"), List.of(controls(in, t))));
    chapters.add(Chapter.of("evidence", t.apply("evidence.records"), List.of(records(in, t))));
    return new Manual(in.language(), title, title, cover, 1, chapters);
  }

  private static List<Block> requirements(Input in, UnaryOperator<String> t) {
    List<List<Rich>> rows = new ArrayList<>();
    for (Regulation reg : in.organization().regulations()) {
      for (Requirement req : reg.requirements()) {
        String cite = reg.cite(req);
        List<ControlStatus> citing =
            in.controls().stream().filter(c -> c.control().requirements().contains(cite)).toList();
        if (citing.isEmpty()) {
          rows.add(
              List.of(
                  Rich.strong(cite),
                  Rich.of(req.text()),
                  Rich.strong(t.apply("evidence.gap")),
                  Rich.of("")));
        }
        for (ControlStatus c : citing) {
          rows.add(
              List.of(
                  Rich.strong(cite),
                  Rich.of(req.text()),
                  Rich.of(c.control().name() + " (" + c.control().processTitle() + ")"),
                  Rich.of(String.valueOf(inPeriod(in, c).size()))));
        }
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.Paragraph.of(t.apply("evidence.pack.requirementsIntro")));
    blocks.add(
        new Block.Table(
            "",
            List.of(
                t.apply("evidence.requirement"),
                t.apply("evidence.requirementText"),
                t.apply("evidence.control"),
                t.apply("evidence.inPeriod")),
            rows,
            false));
    return blocks;
  }

  private static Block controls(Input in, UnaryOperator<String> t) {
    List<List<Rich>> rows = new ArrayList<>();
    for (ControlStatus c : in.controls()) {
      rows.add(
          List.of(
              Rich.of(c.control().name()),
              Rich.of(c.control().processTitle()),
              Rich.of(c.control().owner()),
              Rich.of(t.apply("evidence.cadence." + c.control().cadence().code())),
              Rich.of(String.join(", ", c.overdue()))));
    }
    return new Block.Table(
        "",
        List.of(
            t.apply("evidence.control"),
            t.apply("evidence.process"),
            t.apply("evidence.owner"),
            t.apply("evidence.frequency"),
            t.apply("evidence.overdue")),
        rows,
        false);
  }

  private static Block records(Input in, UnaryOperator<String> t) {
    List<List<Rich>> rows = new ArrayList<>();
    for (EvidenceRecord r : in.evidence()) {
      rows.add(
          List.of(
              Rich.of(String.valueOf(r.id())),
              Rich.of(r.control()),
              Rich.of(r.period()),
              Rich.of(r.recordedName() + ", " + r.recordedAt().toString().substring(0, 10)),
              Rich.of(
                  r.file()
                      .map(f -> AuditPack.entryName(r.id(), f.name()))
                      .orElse(
                          r.note().length() > 120 ? r.note().substring(0, 120) + "…" : r.note()))));
    }
    return new Block.Table(
        "",
        List.of(
            "#",
            t.apply("evidence.control"),
            t.apply("evidence.period"),
            t.apply("evidence.recordedBy"),
            t.apply("evidence.fileOrNote")),
        rows,
        false);
  }

  private static List<EvidenceRecord> inPeriod(Input in, ControlStatus c) {
    return in.evidence().stream()
        .filter(
            r ->
                r.processId().equals(c.control().processId())
                    && r.control().equals(c.control().name()))
        .toList();
  }
}
