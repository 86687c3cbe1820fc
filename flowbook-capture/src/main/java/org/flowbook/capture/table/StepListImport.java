package org.flowbook.capture.table;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.bpmn.map.BpmnImporter;
import org.flowbook.capture.base.BpmnTree;
import org.flowbook.capture.base.CaptureLimits;
import org.flowbook.capture.base.StepDetails;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Suggestions;
import org.flowbook.notation.Durations;

/**
 * Imports a step list kept in Excel or CSV: one row per step, with columns found by their Swedish
 * or English headers (step, title, role, next, condition, work time, wait, system, instructions,
 * type). Without a "next" column the rows follow each other; a row whose "next" names several steps
 * branches, with the conditions in the same order as its labels. What cannot be read is reported at
 * its row and column, and the rest is still imported.
 */
public final class StepListImport {
  private static final Pattern LIST =
      Pattern.compile("\\s*(?:[,;/|]|\\s(?:och|and|eller|or)\\s)\\s*");
  private static final List<String> END_WORDS =
      List.of("slut", "end", "klar", "done", "stopp", "stop", "avslut", "finish");

  private final CaptureLimits limits;

  public StepListImport(CaptureLimits limits) {
    this.limits = limits;
  }

  public StepListImport() {
    this(CaptureLimits.DEFAULT);
  }

  /** Whether the file is Excel ({@code .xlsx}) rather than CSV. */
  public enum Format {
    CSV,
    XLSX
  }

  /** One step of the list as written. */
  private record Row(
      String id,
      String title,
      String role,
      String kind,
      List<Branch> branches,
      boolean nextGiven,
      Duration work,
      Duration waiting,
      List<String> systems,
      List<String> instructions,
      int line) {}

  private record Branch(String target, String label, int line, int column) {}

  public BpmnImport read(InputStream input, String file, Format format, String title) {
    Table table;
    try {
      table =
          format == Format.XLSX
              ? XlsxTable.read(input, file, limits)
              : CsvTable.read(input, file, limits);
    } catch (CsvTable.Failure f) {
      return BpmnImport.failed(List.of(f.problem));
    }
    return map(table, file, title, List.of());
  }

  /**
   * Maps a table already read (also one made from interview notes), adding {@code earlier} findings
   * of its reader first.
   */
  BpmnImport map(Table table, String file, String title, List<Problem> earlier) {
    List<Problem> findings = new ArrayList<>(earlier);
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    for (int i = 0; i < table.header().size(); i++) {
      String h = table.header().get(i);
      if (h.isBlank()) {
        continue;
      }
      Optional<Column> c = Column.of(h);
      if (c.isPresent() && !columns.containsKey(c.get())) {
        columns.put(c.get(), i);
      } else {
        findings.add(
            Problem.warning(
                "table-unknown-column",
                c.isPresent()
                    ? "a second '" + h + "' column is ignored"
                    : "the column '" + h + "' is not one Flowbook reads and is ignored",
                c.isPresent()
                    ? "keep one column per kind"
                    : Suggestions.closest(Column.key(h), Column.allWords())
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse(
                            "columns read: step, title, role, next, condition, work time, wait,"
                                + " system, instructions, type (or steg, titel, roll, nästa,"
                                + " villkor, arbetstid, väntetid, system, instruktioner, typ)"),
                SourceLocation.of(file, table.headerLine(), i + 1)));
      }
    }
    if (!columns.containsKey(Column.TITLE)) {
      findings.add(
          Problem.error(
              "table-no-title",
              "no column holds the steps' titles",
              "name a column 'Titel' or 'Aktivitet' (or 'Title', 'Activity')",
              SourceLocation.of(file, table.headerLine(), 1)));
      return BpmnImport.failed(findings);
    }
    List<Row> rows = rows(table, columns, file, findings);
    if (rows.isEmpty()) {
      findings.add(
          Problem.error(
              "table-empty",
              "the list has no steps below its header",
              "write one step per row",
              SourceLocation.of(file, table.headerLine(), 1)));
      return BpmnImport.failed(findings);
    }
    BpmnTree tree = new BpmnTree();
    BpmnTree.ProcessBuilder p = tree.process("P_1", title, table.headerLine(), 1);
    Map<String, String> nodeOf = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      nodeOf.putIfAbsent(rows.get(i).id, "P_1_N" + (i + 1));
    }
    Map<String, String> byTitle = new HashMap<>();
    rows.forEach(r -> byTitle.putIfAbsent(r.title.toLowerCase(Locale.ROOT), r.id));
    p.node("startEvent", "P_1_start", "", rows.get(0).line, 1);
    p.flow("P_1_start", nodeOf.get(rows.get(0).id), "", rows.get(0).line, 1);
    int ends = 0;
    Map<String, StepDetails.Details> details = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      String node = nodeOf.get(r.id);
      boolean decision = kindIs(r.kind, "beslut", "decision", "fraga", "question", "val", "choice");
      boolean endRow = kindIs(r.kind, "slut", "end", "stopp", "stop");
      p.node(decision ? "exclusiveGateway" : "task", node, r.title, r.line, 1);
      if (!r.role.isEmpty()) {
        p.inLane(r.role, node, r.line, columns.getOrDefault(Column.ROLE, 0) + 1);
      }
      details.put(node, new StepDetails.Details(r.work, r.waiting, r.systems, r.instructions));
      List<Branch> branches = r.branches;
      if (!r.nextGiven && !endRow && i + 1 < rows.size()) {
        branches = List.of(new Branch(rows.get(i + 1).id, "", r.line, 1));
      }
      if (branches.isEmpty() || endRow) {
        String end = "P_1_end" + (++ends);
        p.node("endEvent", end, "", r.line, 1);
        p.flow(node, end, "", r.line, 1);
        continue;
      }
      String from = node;
      if (branches.size() > 1 && !decision) {
        // the step's work comes first, then the choice between its branches
        from = node + "_choice";
        p.node("exclusiveGateway", from, "", r.line, 1);
        if (!r.role.isEmpty()) {
          p.inLane(r.role, from, r.line, 1);
        }
        p.flow(node, from, "", r.line, 1);
      }
      for (Branch b : branches) {
        String target = b.target;
        if (END_WORDS.contains(Column.key(target))) {
          String end = "P_1_end" + (++ends);
          p.node("endEvent", end, "", b.line, b.column);
          p.flow(from, end, b.label, b.line, b.column);
          continue;
        }
        String id =
            nodeOf.containsKey(target) ? target : byTitle.get(target.toLowerCase(Locale.ROOT));
        if (id == null) {
          findings.add(
              Problem.warning(
                  "table-unknown-next",
                  "the next step '" + target + "' is not in the list",
                  Suggestions.closest(target, nodeOf.keySet())
                      .map(s -> "did you mean step " + s + "?")
                      .orElse("write the number (or title) of a step of the list, or 'slut'/'end'"),
                  SourceLocation.of(file, b.line, b.column)));
          continue;
        }
        p.flow(from, nodeOf.get(id), b.label, b.line, b.column);
      }
    }
    tree.add(p);
    BpmnImport mapped = new BpmnImporter().map(tree.definitions(table.headerLine(), 1), file);
    List<Problem> all = new ArrayList<>(findings);
    all.addAll(mapped.problems());
    return StepDetails.apply(
        new BpmnImport(
            mapped.workspace(), mapped.collaboration(), mapped.layouts(), mapped.bpmnIds(), all),
        details);
  }

  private static boolean kindIs(String kind, String... words) {
    String k = Column.key(kind);
    for (String w : words) {
      if (k.equals(w)) {
        return true;
      }
    }
    return false;
  }

  private List<Row> rows(
      Table table, Map<Column, Integer> columns, String file, List<Problem> findings) {
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> indexOfId = new HashMap<>();
    int n = 0;
    for (Table.Row t : table.rows()) {
      if (t.blank()) {
        continue;
      }
      n++;
      String id = cell(t, columns, Column.STEP);
      String title = cell(t, columns, Column.TITLE);
      if (id.isEmpty()) {
        id = String.valueOf(n);
      }
      id = id.replaceAll("\\.$", "");
      List<Branch> branches = branches(t, columns, file, findings);
      Integer earlier = indexOfId.get(id);
      if (earlier != null && (title.isEmpty() || title.equals(rows.get(earlier).title))) {
        // a further branch of the step above, written on a row of its own
        Row r = rows.get(earlier);
        List<Branch> more = new ArrayList<>(r.branches);
        more.addAll(branches);
        rows.set(earlier, withBranches(r, more));
        n--;
        continue;
      }
      if (earlier != null) {
        findings.add(
            Problem.warning(
                "table-duplicate-step",
                "step " + id + " is numbered twice; this row is numbered " + id + "-" + n,
                "give every step its own number",
                SourceLocation.of(file, t.line(), columns.getOrDefault(Column.STEP, 0) + 1)));
        id = id + "-" + n;
      }
      if (title.isEmpty()) {
        findings.add(
            Problem.warning(
                "table-no-title",
                "step " + id + " has no title",
                "write what is done in the title column",
                SourceLocation.of(file, t.line(), columns.get(Column.TITLE) + 1)));
        title = "Steg " + id;
      }
      indexOfId.put(id, rows.size());
      rows.add(
          new Row(
              id,
              title,
              cell(t, columns, Column.ROLE),
              cell(t, columns, Column.KIND),
              branches,
              columns.containsKey(Column.NEXT) && !cell(t, columns, Column.NEXT).isEmpty(),
              duration(t, columns, Column.WORK, file, findings),
              duration(t, columns, Column.WAIT, file, findings),
              list(cell(t, columns, Column.SYSTEM)),
              list(cell(t, columns, Column.INSTRUCTIONS)),
              t.line()));
    }
    return rows;
  }

  private static Row withBranches(Row r, List<Branch> branches) {
    return new Row(
        r.id,
        r.title,
        r.role,
        r.kind,
        branches,
        true,
        r.work,
        r.waiting,
        r.systems,
        r.instructions,
        r.line);
  }

  private static String cell(Table.Row t, Map<Column, Integer> columns, Column c) {
    Integer i = columns.get(c);
    return i == null ? "" : t.cell(i).replaceAll("\\s+", " ");
  }

  private static List<String> list(String text) {
    return text.isEmpty()
        ? List.of()
        : java.util.Arrays.stream(text.split("\\s*[;\\n]\\s*")).filter(s -> !s.isBlank()).toList();
  }

  private List<Branch> branches(
      Table.Row t, Map<Column, Integer> columns, String file, List<Problem> findings) {
    String next = cell(t, columns, Column.NEXT);
    if (next.isEmpty()) {
      return List.of();
    }
    int column = columns.get(Column.NEXT) + 1;
    List<String> targets =
        java.util.Arrays.stream(LIST.split(next)).filter(s -> !s.isBlank()).toList();
    String conditionText = cell(t, columns, Column.CONDITION);
    List<String> conditions =
        conditionText.isEmpty()
            ? List.of()
            : java.util.Arrays.stream(conditionText.split("\\s*[,;/|]\\s*")).toList();
    if (!conditions.isEmpty() && conditions.size() != targets.size()) {
      findings.add(
          Problem.warning(
              "table-conditions",
              targets.size()
                  + " next steps but "
                  + conditions.size()
                  + " conditions; the conditions are matched in order",
              "write one condition per next step, separated like the next steps",
              SourceLocation.of(file, t.line(), columns.get(Column.CONDITION) + 1)));
    }
    List<Branch> branches = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      String label = i < conditions.size() ? conditions.get(i).strip() : "";
      branches.add(new Branch(targets.get(i).replaceAll("\\.$", ""), label, t.line(), column));
    }
    return branches;
  }

  private static Duration duration(
      Table.Row t, Map<Column, Integer> columns, Column c, String file, List<Problem> findings) {
    String text = cell(t, columns, c);
    if (text.isEmpty()) {
      return Duration.ZERO;
    }
    if (text.matches("\\d{1,6}([.,]\\d{1,3})?")) {
      // a bare number in a time column is minutes, as most lists are kept
      return Duration.ofSeconds(Math.round(Double.parseDouble(text.replace(',', '.')) * 60));
    }
    Optional<Duration> d = Durations.parse(text);
    if (d.isEmpty()) {
      findings.add(
          Problem.warning(
              "table-time",
              "'" + text + "' is not a time; it is left out",
              "write minutes as a number, or e.g. '10 min', '1,5 h', '2 d'",
              SourceLocation.of(file, t.line(), columns.get(c) + 1)));
    }
    return d.orElse(Duration.ZERO);
  }
}
