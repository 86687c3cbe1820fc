package org.flowbook.mining.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.mining.analysis.ActivityCount;
import org.flowbook.mining.analysis.Bottleneck;
import org.flowbook.mining.analysis.DfgEdge;
import org.flowbook.mining.analysis.DurationStats;
import org.flowbook.mining.analysis.Handover;
import org.flowbook.mining.analysis.MiningReport;
import org.flowbook.mining.analysis.ProcessingTime;
import org.flowbook.mining.analysis.ReportSection;
import org.flowbook.mining.analysis.ResourceLoad;
import org.flowbook.mining.analysis.ReworkActivity;
import org.flowbook.mining.analysis.Variant;
import org.flowbook.model.Problem;
import org.flowbook.output.ProblemJson;

/**
 * The mining report as JSON, field names stable and documented in {@code docs/json.md} (section
 * "flowbook mine"). Durations are milliseconds (fields end in {@code Ms}), instants ISO-8601 UTC.
 */
public final class JsonReport {
  private JsonReport() {}

  public static String render(MiningReport r) {
    StringWriter out = new StringWriter();
    write(r, out);
    return out.toString();
  }

  public static void write(MiningReport r, Writer out) {
    try (JsonGenerator j = new JsonFactory().createGenerator(out)) {
      j.useDefaultPrettyPrinter();
      j.writeStartObject();
      j.writeStringField("source", r.source());
      j.writeBooleanField("wallClock", r.wallClock());
      summary(j, r);
      j.writeFieldName("caseDurations");
      stats(j, r.caseDurations());
      variants(j, r);
      dfg(j, r);
      bottlenecks(j, r);
      j.writeArrayFieldStart("processing");
      for (ProcessingTime p : r.processing()) {
        j.writeStartObject();
        j.writeStringField("activity", p.activity());
        j.writeFieldName("processing");
        stats(j, p.processing());
        j.writeEndObject();
      }
      j.writeEndArray();
      rework(j, r);
      resources(j, r);
      j.writeNumberField("skipped", r.skipped());
      j.writeArrayFieldStart("problems");
      for (Problem p : r.problems()) {
        problem(j, p);
      }
      j.writeEndArray();
      for (ReportSection s : r.sections()) {
        j.writeFieldName(s.key());
        value(j, s.json());
      }
      j.writeEndObject();
      j.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void summary(JsonGenerator j, MiningReport r) throws IOException {
    var s = r.summary();
    j.writeObjectFieldStart("summary");
    j.writeNumberField("cases", s.cases());
    j.writeNumberField("events", s.events());
    j.writeNumberField("activities", s.activities());
    j.writeNumberField("resources", s.resources());
    j.writeStringField("first", Instant.ofEpochMilli(s.first()).toString());
    j.writeStringField("last", Instant.ofEpochMilli(s.last()).toString());
    j.writeNumberField("spanMs", s.span());
    j.writeArrayFieldStart("lifecycles");
    for (String l : s.lifecycles()) {
      j.writeString(l);
    }
    j.writeEndArray();
    j.writeEndObject();
  }

  /** {@code {"count","totalMs","meanMs","medianMs","p90Ms","minMs","maxMs"}}. */
  public static void stats(JsonGenerator j, DurationStats d) throws IOException {
    value(j, stats(d));
  }

  /** The same statistics as plain data, for a report section's {@link ReportSection#json()}. */
  public static Map<String, Object> stats(DurationStats d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", d.count());
    m.put("totalMs", d.total());
    m.put("meanMs", round(d.mean()));
    m.put("medianMs", round(d.median()));
    m.put("p90Ms", round(d.p90()));
    m.put("minMs", d.min());
    m.put("maxMs", d.max());
    return m;
  }

  /**
   * Writes a section's plain data: maps (in their order) as objects, lists as arrays, strings,
   * numbers, booleans and null as themselves. The sections hand over data; only this class knows
   * JSON.
   */
  static void value(JsonGenerator j, Object v) throws IOException {
    if (v == null) {
      j.writeNull();
    } else if (v instanceof Map<?, ?> m) {
      j.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        j.writeFieldName(String.valueOf(e.getKey()));
        value(j, e.getValue());
      }
      j.writeEndObject();
    } else if (v instanceof Iterable<?> list) {
      j.writeStartArray();
      for (Object o : list) {
        value(j, o);
      }
      j.writeEndArray();
    } else if (v instanceof String s) {
      j.writeString(s);
    } else if (v instanceof Integer i) {
      j.writeNumber(i);
    } else if (v instanceof Long l) {
      j.writeNumber(l);
    } else if (v instanceof Double d) {
      j.writeNumber(d);
    } else if (v instanceof Boolean b) {
      j.writeBoolean(b);
    } else {
      throw new IllegalArgumentException("not plain data: " + v.getClass().getName());
    }
  }

  /** Milliseconds to three decimals (microseconds): enough for any mean. */
  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** A share to six decimals. */
  private static double fraction(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  private static void variants(JsonGenerator j, MiningReport r) throws IOException {
    j.writeObjectFieldStart("variants");
    j.writeNumberField("count", r.variants().count());
    j.writeNumberField("singletons", r.variants().singletons());
    j.writeArrayFieldStart("top");
    for (Variant v : r.variants().top()) {
      j.writeStartObject();
      j.writeNumberField("rank", v.rank());
      j.writeNumberField("cases", v.cases());
      j.writeNumberField("share", fraction(v.share()));
      j.writeNumberField("coverage", fraction(v.coverage()));
      j.writeFieldName("duration");
      stats(j, v.duration());
      strings(j, "activities", v.activities());
      j.writeEndObject();
    }
    j.writeEndArray();
    j.writeEndObject();
  }

  private static void dfg(JsonGenerator j, MiningReport r) throws IOException {
    j.writeObjectFieldStart("dfg");
    j.writeArrayFieldStart("edges");
    for (DfgEdge e : r.dfg().edges()) {
      j.writeStartObject();
      j.writeStringField("from", e.from());
      j.writeStringField("to", e.to());
      j.writeNumberField("frequency", e.frequency());
      j.writeFieldName("waiting");
      stats(j, e.waiting());
      j.writeEndObject();
    }
    j.writeEndArray();
    counts(j, "activities", r.dfg().activities());
    counts(j, "starts", r.dfg().starts());
    counts(j, "ends", r.dfg().ends());
    j.writeEndObject();
  }

  private static void bottlenecks(JsonGenerator j, MiningReport r) throws IOException {
    var b = r.bottlenecks();
    j.writeObjectFieldStart("bottlenecks");
    bottleneckList(j, "transitionsByTotal", b.transitionsByTotal());
    bottleneckList(j, "transitionsByMean", b.transitionsByMean());
    bottleneckList(j, "activitiesByTotal", b.activitiesByTotal());
    bottleneckList(j, "activitiesByMean", b.activitiesByMean());
    j.writeEndObject();
  }

  private static void bottleneckList(JsonGenerator j, String name, List<Bottleneck> list)
      throws IOException {
    j.writeArrayFieldStart(name);
    for (Bottleneck b : list) {
      j.writeStartObject();
      if (b.isTransition()) {
        j.writeStringField("from", b.from());
      }
      j.writeStringField(b.isTransition() ? "to" : "activity", b.to());
      j.writeFieldName("waiting");
      stats(j, b.waiting());
      j.writeEndObject();
    }
    j.writeEndArray();
  }

  private static void rework(JsonGenerator j, MiningReport r) throws IOException {
    j.writeObjectFieldStart("rework");
    j.writeNumberField("cases", r.rework().cases());
    j.writeNumberField("share", fraction(r.rework().share()));
    j.writeArrayFieldStart("activities");
    for (ReworkActivity a : r.rework().activities()) {
      j.writeStartObject();
      j.writeStringField("activity", a.activity());
      j.writeNumberField("cases", a.cases());
      j.writeNumberField("repetitions", a.repetitions());
      j.writeEndObject();
    }
    j.writeEndArray();
    j.writeEndObject();
  }

  private static void resources(JsonGenerator j, MiningReport r) throws IOException {
    var res = r.resources();
    j.writeObjectFieldStart("resources");
    j.writeNumberField("count", res.resources());
    j.writeNumberField("eventsWithoutResource", res.eventsWithoutResource());
    j.writeNumberField("handovers", res.handovers());
    j.writeArrayFieldStart("workload");
    for (ResourceLoad l : res.workload()) {
      j.writeStartObject();
      j.writeStringField("resource", l.resource());
      j.writeNumberField("events", l.events());
      j.writeNumberField("cases", l.cases());
      j.writeNumberField("activities", l.activities());
      j.writeEndObject();
    }
    j.writeEndArray();
    j.writeArrayFieldStart("topHandovers");
    for (Handover h : res.topHandovers()) {
      j.writeStartObject();
      j.writeStringField("from", h.from());
      j.writeStringField("to", h.to());
      j.writeNumberField("count", h.count());
      j.writeEndObject();
    }
    j.writeEndArray();
    j.writeEndObject();
  }

  /** A problem in the shape every command shares (docs/json.md, {@link ProblemJson}). */
  static void problem(JsonGenerator j, Problem p) throws IOException {
    j.writeStartObject();
    for (Map.Entry<String, Object> f : ProblemJson.fields(p).entrySet()) {
      if (f.getValue() instanceof Integer n) {
        j.writeNumberField(f.getKey(), n);
      } else if (f.getValue() == null) {
        j.writeNullField(f.getKey());
      } else {
        j.writeStringField(f.getKey(), f.getValue().toString());
      }
    }
    j.writeEndObject();
  }

  private static void counts(JsonGenerator j, String name, List<ActivityCount> list)
      throws IOException {
    j.writeArrayFieldStart(name);
    for (ActivityCount c : list) {
      j.writeStartObject();
      j.writeStringField("activity", c.activity());
      j.writeNumberField("count", c.count());
      j.writeEndObject();
    }
    j.writeEndArray();
  }

  private static void strings(JsonGenerator j, String name, List<String> list) throws IOException {
    j.writeArrayFieldStart(name);
    for (String s : list) {
      j.writeString(s);
    }
    j.writeEndArray();
  }
}
