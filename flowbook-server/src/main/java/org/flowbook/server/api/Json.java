package org.flowbook.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.repository.diff.DiffLine;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.ProcessVersion;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.process.VersionInfo;
import org.flowbook.repository.search.SearchHit;

/** The JSON shapes of the API (documented in docs/json.md and the OpenAPI description). */
final class Json {
  private Json() {}

  static Map<String, Object> summary(ProcessSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("owner", s.owner());
    m.put("group", s.group());
    m.put("latestVersion", s.latestVersion());
    m.put("latestStatus", s.latestStatus().word(Language.EN));
    m.put("publishedVersion", s.publishedVersion());
    m.put("review", s.review() == null ? null : s.review().toString());
    return m;
  }

  static Map<String, Object> version(VersionInfo v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("process", v.processId());
    m.put("version", v.version());
    m.put("title", v.title());
    m.put("status", v.status().word(Language.EN));
    m.put("author", v.author());
    m.put("note", v.note());
    m.put("created", v.createdAt().toString());
    m.put("decidedBy", v.decidedBy().isEmpty() ? null : v.decidedBy());
    m.put("decided", v.decidedAt() == null ? null : v.decidedAt().toString());
    return m;
  }

  static Map<String, Object> process(ProcessSummary s, ProcessVersion v) {
    Map<String, Object> m = summary(s);
    m.put("version", version(v.info()));
    m.put("source", v.source());
    return m;
  }

  static Map<String, Object> saved(SaveResult.Saved saved) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", version(saved.version()));
    m.put("warnings", saved.warnings().stream().map(Json::problem).toList());
    return m;
  }

  static Map<String, Object> conflict(SaveResult.Conflict c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", "conflict");
    m.put(
        "message",
        "version "
            + c.latest().version()
            + " was saved by "
            + c.latest().author()
            + " after version "
            + c.base()
            + ", which you edited; merge their changes and save again with If-Match: \""
            + c.latest().version()
            + "\"");
    m.put("base", c.base());
    m.put("latest", version(c.latest()));
    m.put(
        "theirChanges",
        c.theirChanges().stream().filter(DiffLine::changed).map(Json::diffLine).toList());
    m.put("latestSource", c.latestSource());
    return m;
  }

  static Map<String, Object> invalid(List<Problem> problems) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", "invalid");
    m.put("message", "the text has errors; nothing was saved");
    m.put("problems", problems.stream().map(Json::problem).toList());
    return m;
  }

  static Map<String, Object> problem(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", p.location().file());
    m.put("line", p.location().line());
    m.put("column", p.location().column());
    m.put("step", p.step());
    m.put("severity", p.severity().word());
    m.put("code", p.code());
    m.put("message", p.message());
    m.put("hint", p.hint());
    return m;
  }

  static Map<String, Object> diffLine(DiffLine d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
    m.put("oldLine", d.oldLine());
    m.put("newLine", d.newLine());
    m.put("text", d.text());
    return m;
  }

  static Map<String, Object> hit(SearchHit h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("process", h.processId());
    m.put("processTitle", h.processTitle());
    m.put("step", h.stepId().isEmpty() ? null : h.stepId());
    m.put("stepTitle", h.stepTitle().isEmpty() ? null : h.stepTitle());
    m.put("snippet", h.snippet());
    m.put(
        "url", "/processes/" + h.processId() + (h.stepId().isEmpty() ? "" : "#step-" + h.stepId()));
    m.put("score", h.score());
    return m;
  }

  static Map<String, Object> error(String code, String message) {
    return Map.of("error", code, "message", message);
  }
}
