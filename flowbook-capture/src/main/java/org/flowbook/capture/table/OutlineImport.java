package org.flowbook.capture.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.capture.base.CaptureLimits;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Interview notes to a draft: a forgiving front end for the numbered lists people type while they
 * listen ("1. Kunden ringer (kundtjänst) 5 min", "- om det gäller faktura -> 4"). Each numbered
 * line is a step — its role in parentheses, its time at the end; an indented or dashed line with an
 * arrow is a branch, one without is an instruction; "-> 5" alone says where the flow goes next.
 * Unnumbered lines at the left margin are steps numbered in order. The notes become a step list,
 * mapped like one.
 */
public final class OutlineImport {
  private static final Pattern NUMBERED =
      Pattern.compile(
          "^\\s{0,3}(?:steg\\s+|step\\s+)?(\\d{1,4})\\s*[.):]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BULLET = Pattern.compile("^\\s*[-*•–]\\s*(.*)$");
  private static final Pattern ARROW = Pattern.compile("^(.*?)\\s*(?:->|→|=>)\\s*(.+)$");
  private static final Pattern ROLE =
      Pattern.compile("\\(([^()]{1,80})\\)|\\[([^\\[\\]]{1,80})\\]");
  private static final Pattern TIME =
      Pattern.compile(
          "[,;]?\\s*(\\d{1,4}(?:[.,]\\d{1,2})?\\s*(?:min|minuter|minutes|m|h|tim|timmar|hours?|d|dagar|days?))\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CONDITION_WORDS =
      Pattern.compile("^(?:om|if|när|when|annars|otherwise|else)\\b\\s*", Pattern.CASE_INSENSITIVE);

  private final CaptureLimits limits;

  public OutlineImport(CaptureLimits limits) {
    this.limits = limits;
  }

  public OutlineImport() {
    this(CaptureLimits.DEFAULT);
  }

  private static final class Step {
    final String id;
    final int line;
    String title;
    String role = "";
    String work = "";
    final List<String> next = new ArrayList<>();
    final List<String> labels = new ArrayList<>();
    final List<String> instructions = new ArrayList<>();

    Step(String id, int line) {
      this.id = id;
      this.line = line;
    }
  }

  public BpmnImport read(InputStream input, String file, String title) {
    String text;
    try {
      byte[] bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      if (bytes.length > limits.maxBytes()) {
        return BpmnImport.failed(
            List.of(
                Problem.error(
                    "table-too-large",
                    "the notes are larger than " + limits.maxBytes() / (1024 * 1024) + " MiB",
                    "split them by process",
                    SourceLocation.file(file))));
      }
      text = new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return BpmnImport.failed(
          List.of(
              Problem.error(
                  "table-read",
                  "cannot read the notes: " + e.getMessage(),
                  "",
                  SourceLocation.file(file))));
    }
    List<Problem> findings = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    int lineNo = 0;
    int auto = 0;
    for (String raw : text.replace("\uFEFF", "").split("\r?\n", -1)) {
      lineNo++;
      if (raw.isBlank() || raw.strip().startsWith("#")) {
        continue;
      }
      if (steps.size() > limits.maxElements()) {
        findings.add(
            Problem.error(
                "table-too-large",
                "more than " + limits.maxElements() + " steps",
                "split the notes by process",
                SourceLocation.of(file, lineNo, 1)));
        return BpmnImport.failed(findings);
      }
      Matcher numbered = NUMBERED.matcher(raw);
      Matcher bullet = BULLET.matcher(raw);
      boolean indented = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0));
      if (raw.strip().matches("^(->|→|=>)\\s*\\S.*") && !steps.isEmpty()) {
        // "-> 5" on a line of its own: where the flow goes after the step above
        Step current = steps.get(steps.size() - 1);
        current.next.add(raw.strip().replaceFirst("^(->|→|=>)\\s*", ""));
        current.labels.add("");
      } else if (numbered.matches()) {
        auto = Math.max(auto, Integer.parseInt(numbered.group(1)));
        steps.add(step(numbered.group(1), numbered.group(2), lineNo));
      } else if ((bullet.matches() || indented) && !steps.isEmpty()) {
        String body = bullet.matches() ? bullet.group(1).strip() : raw.strip();
        Step current = steps.get(steps.size() - 1);
        Matcher arrow = ARROW.matcher(body);
        if (arrow.matches()) {
          String label = CONDITION_WORDS.matcher(arrow.group(1).strip()).replaceFirst("");
          current.labels.add(
              arrow.group(1).strip().isEmpty()
                  ? ""
                  : label.isEmpty() ? arrow.group(1).strip() : label);
          current.next.add(arrow.group(2).strip().replaceAll("^(?i)(steg|step)\\s+", ""));
        } else if (!body.isEmpty()) {
          current.instructions.add(body);
        }
      } else {
        auto++;
        steps.add(step(String.valueOf(auto), raw.strip(), lineNo));
      }
    }
    if (steps.isEmpty()) {
      return BpmnImport.failed(
          List.of(
              Problem.error(
                  "notes-empty",
                  "the notes hold no steps",
                  "write one step per line: '1. Kunden ringer (Kundtjänst) 5 min'",
                  SourceLocation.of(file, 1, 1))));
    }
    List<String> header =
        List.of("Steg", "Titel", "Roll", "Nästa", "Villkor", "Arbetstid", "Instruktioner");
    List<Table.Row> rows = new ArrayList<>();
    for (Step s : steps) {
      rows.add(
          new Table.Row(
              s.line,
              List.of(
                  s.id,
                  s.title,
                  s.role,
                  String.join(", ", s.next),
                  s.labels.stream().allMatch(String::isEmpty) ? "" : String.join(", ", s.labels),
                  s.work,
                  String.join("; ", s.instructions))));
    }
    return new StepListImport(limits).map(new Table(header, 0, rows), file, title, findings);
  }

  private static Step step(String id, String text, int line) {
    Step s = new Step(id, line);
    String t = text.strip();
    Matcher time = TIME.matcher(t);
    if (time.find()) {
      s.work = time.group(1);
      t = t.substring(0, time.start()).strip();
    }
    Matcher role = ROLE.matcher(t);
    if (role.find()) {
      s.role = (role.group(1) != null ? role.group(1) : role.group(2)).strip();
      s.role = Character.toUpperCase(s.role.charAt(0)) + s.role.substring(1);
      t = (t.substring(0, role.start()) + t.substring(role.end())).replaceAll("\\s+", " ").strip();
    }
    s.title = t.replaceAll("[.,;:]+$", "");
    return s;
  }
}
