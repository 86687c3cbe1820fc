package org.flowbook.simulation.prosimos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowbook.model.WorkingHours;
import org.flowbook.simulation.calendar.ArrivalProfile;
import org.flowbook.simulation.calendar.Holidays;
import org.flowbook.simulation.engine.Distribution;
import org.flowbook.simulation.engine.SimModel;
import org.flowbook.simulation.engine.SimModel.Arrivals;
import org.flowbook.simulation.engine.SimModel.ProcessSpec;
import org.flowbook.simulation.engine.SimModel.RoleSpec;
import org.flowbook.simulation.engine.SimModel.SimStep;
import org.flowbook.simulation.engine.Staffing;

/**
 * Reads a Prosimos simulation model (its BPMN file and its JSON of parameters) into the engine's
 * {@link SimModel}, so that a model discovered by Simod runs in Flowbook. What maps and what does
 * not is in docs/simulation.md ("Prosimos"); every approximation is a warning on the model.
 *
 * <ul>
 *   <li>a resource profile (pool) is a role; its resources' {@code amount}s add up to its heads;
 *   <li>a task is done by the pool of its assigned resources, with the first resource's duration;
 *   <li>calendars become weekly hours, one interval a day (the first start to the last end);
 *   <li>exclusive gateways use the branching probabilities; parallel gateways split and join;
 *   <li>arrivals: the inter-arrival distribution, on the arrival calendar, a fixed number of cases.
 * </ul>
 *
 * Holidays are not applied: Prosimos has none.
 */
public final class ProsimosImport {
  /** Larger inputs are refused before they are read into memory. */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  private final List<String> warnings = new ArrayList<>();

  private ProsimosImport() {}

  /** The model, with a process named after the BPMN file, starting {@code cases} cases. */
  public static SimModel read(Path bpmn, Path json, long cases)
      throws IOException, ProsimosFormatException {
    return read(bpmn.toString(), bounded(bpmn), json.toString(), bounded(json), cases);
  }

  /** The same from bytes already read (at most {@link #MAX_BYTES} each). */
  public static SimModel read(
      String bpmnFile, byte[] bpmn, String jsonFile, byte[] json, long cases)
      throws ProsimosFormatException {
    if (bpmn.length > MAX_BYTES || json.length > MAX_BYTES) {
      throw new ProsimosFormatException("the model is larger than " + MAX_BYTES + " bytes");
    }
    ProsimosBpmn graph = ProsimosBpmn.read(bpmnFile, bpmn);
    JsonNode params;
    try {
      ObjectMapper mapper = new ObjectMapper();
      mapper
          .getFactory()
          .setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
      params = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ProsimosFormatException(
          jsonFile
              + ":"
              + (e.getLocation() == null ? 0 : e.getLocation().getLineNr())
              + ": not valid JSON: "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ProsimosFormatException(jsonFile + ": " + e.getMessage());
    }
    if (params == null || !params.isObject()) {
      throw new ProsimosFormatException(
          jsonFile + ": expected a JSON object of Prosimos parameters");
    }
    String name = Path.of(bpmnFile).getFileName().toString().replaceFirst("(?i)\\.bpmn$", "");
    return new ProsimosImport().build(jsonFile, name, graph, params, cases);
  }

  static byte[] bounded(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new IOException(file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
      }
      return bytes;
    }
  }

  private SimModel build(String file, String name, ProsimosBpmn graph, JsonNode params, long cases)
      throws ProsimosFormatException {
    Map<String, WorkingHours> calendars = new HashMap<>();
    for (JsonNode c : params.path("resource_calendars")) {
      calendars.put(
          c.path("id").asText(), hours(file, c.path("id").asText(), c.path("time_periods")));
    }
    // Pools become roles; remember which pool each resource belongs to.
    List<RoleSpec> roles = new ArrayList<>();
    Map<String, Integer> poolOfResource = new HashMap<>();
    Map<String, List<String>> resourcesOfTask = new LinkedHashMap<>();
    for (JsonNode pool : params.path("resource_profiles")) {
      int heads = 0;
      double cost = 0;
      WorkingHours hours = null;
      for (JsonNode res : pool.path("resource_list")) {
        int amount = Math.max(1, res.path("amount").asInt(1));
        heads += amount;
        cost = Math.max(cost, res.path("cost_per_hour").asDouble(0));
        WorkingHours h = calendars.get(res.path("calendar").asText());
        if (h == null) {
          throw new ProsimosFormatException(
              file
                  + ": resource '"
                  + res.path("id").asText()
                  + "' uses the calendar '"
                  + res.path("calendar").asText()
                  + "', which resource_calendars does not define");
        }
        if (hours != null && !hours.equals(h)) {
          warnings.add(
              "pool '"
                  + pool.path("name").asText()
                  + "': its resources have different calendars; the first one is used");
        } else {
          hours = h;
        }
        poolOfResource.put(res.path("id").asText(), roles.size());
        for (JsonNode t : res.path("assigned_tasks")) {
          resourcesOfTask
              .computeIfAbsent(t.asText(), k -> new ArrayList<>())
              .add(res.path("id").asText());
        }
      }
      if (heads > 100_000) {
        throw new ProsimosFormatException(
            file + ": pool '" + pool.path("id").asText() + "' has more than 100,000 resources");
      }
      String poolName = pool.path("name").asText(pool.path("id").asText());
      roles.add(
          new RoleSpec(
              poolName,
              Staffing.constant(Math.max(1, heads)),
              hours == null ? WorkingHours.ALWAYS : hours,
              cost,
              1));
    }
    Map<String, JsonNode> durations = new HashMap<>();
    for (JsonNode t : params.path("task_resource_distribution")) {
      durations.put(t.path("task_id").asText(), t.path("resources"));
    }
    Map<String, JsonNode> eventDurations = new HashMap<>();
    for (JsonNode e : params.path("event_distribution")) {
      eventDurations.put(e.path("event_id").asText(), e);
    }
    Map<String, Map<String, Double>> branching = new HashMap<>();
    for (JsonNode g : params.path("gateway_branching_probabilities")) {
      Map<String, Double> p = new HashMap<>();
      for (JsonNode b : g.path("probabilities")) {
        p.put(b.path("path_id").asText(), b.path("value").asDouble());
      }
      branching.put(g.path("gateway_id").asText(), p);
    }
    // Steps in BPMN order; flows give their successors.
    List<String> ids = new ArrayList<>(graph.nodes().keySet());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    Map<String, List<ProsimosBpmn.Flow>> out = new HashMap<>();
    Map<String, Integer> incoming = new HashMap<>();
    for (ProsimosBpmn.Flow f : graph.flows()) {
      out.computeIfAbsent(f.from(), k -> new ArrayList<>()).add(f);
      incoming.merge(f.to(), 1, Integer::sum);
    }
    List<SimStep> steps = new ArrayList<>();
    int start = -1;
    for (String id : ids) {
      ProsimosBpmn.Node n = graph.nodes().get(id);
      List<ProsimosBpmn.Flow> flows = out.getOrDefault(id, List.of());
      int[] next = flows.stream().mapToInt(f -> index.get(f.to())).toArray();
      int role = -1;
      Distribution work = new Distribution.Fixed(0);
      double[] shares = null;
      boolean split = false;
      int join = 0;
      double wait = 0;
      String kind = n.kind();
      if (kind.equals("startEvent")) {
        if (start < 0) {
          start = steps.size();
        } else {
          warnings.add("more than one start event; cases start at the first");
        }
      } else if (kind.equals("task") || kind.endsWith("Task")) {
        List<String> resources = resourcesOfTask.getOrDefault(id, List.of());
        if (resources.isEmpty()) {
          throw new ProsimosFormatException(
              file + ": no resource is assigned to task '" + id + "' (" + n.name() + ")");
        }
        role = poolOfResource.get(resources.get(0));
        for (String r : resources) {
          if (poolOfResource.get(r) != role) {
            warnings.add(
                "task '"
                    + n.name()
                    + "' may be done by resources of several pools; Flowbook gives it to '"
                    + roles.get(role).name()
                    + "'");
            break;
          }
        }
        work = duration(file, id, resources.get(0), durations.get(id));
      } else if (kind.equals("exclusiveGateway") || kind.equals("inclusiveGateway")) {
        if (kind.equals("inclusiveGateway") && next.length > 1) {
          throw new ProsimosFormatException(
              file + ": inclusive gateway '" + id + "' is not supported by the import");
        }
        if (next.length > 1) {
          shares = shares(file, id, flows, branching.get(id));
        }
      } else if (kind.equals("parallelGateway")) {
        split = next.length > 1;
        join = incoming.getOrDefault(id, 0) > 1 ? incoming.get(id) : 0;
      } else if (kind.equals("endEvent")) {
        next = new int[0];
      } else if (kind.equals("intermediateCatchEvent") && eventDurations.containsKey(id)) {
        Distribution delay = distribution(file, "event '" + id + "'", eventDurations.get(id));
        if (!(delay instanceof Distribution.Fixed)) {
          warnings.add("event '" + n.name() + "' waits its mean time, not a drawn one");
        }
        wait = delay.mean();
      } else {
        warnings.add("'" + kind + "' " + id + " is passed through at once");
      }
      steps.add(
          new SimStep(
              id,
              n.name().isEmpty() ? id : n.name(),
              role,
              work,
              wait,
              next,
              shares,
              split,
              join,
              -1,
              List.of(),
              n.terminate()));
    }
    if (start < 0) {
      throw new ProsimosFormatException(file + ": the BPMN model has no start event");
    }
    Distribution gap =
        distribution(file, "arrival_time_distribution", params.path("arrival_time_distribution"));
    JsonNode arrivalPeriods = params.path("arrival_time_calendar");
    ArrivalProfile arrivalProfile = profile(file, "arrival_time_calendar", arrivalPeriods);
    WorkingHours arrivalHours = hoursQuietly(file, "arrival_time_calendar", arrivalPeriods);
    // Prosimos draws the gap in real time and moves an arrival outside the calendar to the start
    // of its next period; the profile keeps every period (31 one-hour windows a week in its
    // purchasing example), the weekly hours only show the span in the report.
    Arrivals arrivals = new Arrivals(gap, arrivalHours, cases, true, arrivalProfile);
    ProcessSpec process = new ProcessSpec(name, name, arrivals, steps, start);
    return new SimModel(roles, List.of(process), Holidays.NONE, warnings);
  }

  private double[] shares(
      String file, String gateway, List<ProsimosBpmn.Flow> flows, Map<String, Double> given)
      throws ProsimosFormatException {
    double[] cum = new double[flows.size()];
    double total = 0;
    for (int i = 0; i < flows.size(); i++) {
      Double p = given == null ? null : given.get(flows.get(i).id());
      if (p == null || p < 0) {
        if (given != null) {
          throw new ProsimosFormatException(
              file
                  + ": gateway '"
                  + gateway
                  + "' gives no probability for flow '"
                  + flows.get(i).id()
                  + "'");
        }
        p = 1.0 / flows.size();
      }
      total += p;
      cum[i] = total;
    }
    if (given == null) {
      warnings.add("gateway '" + gateway + "' has no branching probabilities; equal shares used");
    }
    if (total <= 0) {
      throw new ProsimosFormatException(
          file + ": gateway '" + gateway + "' has probabilities summing to 0");
    }
    for (int i = 0; i < cum.length; i++) {
      cum[i] /= total;
    }
    cum[cum.length - 1] = 1;
    return cum;
  }

  private Distribution duration(String file, String task, String resource, JsonNode resources)
      throws ProsimosFormatException {
    if (resources == null) {
      throw new ProsimosFormatException(
          file + ": task_resource_distribution has no entry for task '" + task + "'");
    }
    JsonNode chosen = null;
    for (JsonNode r : resources) {
      if (r.path("resource_id").asText().equals(resource)) {
        chosen = r;
      }
    }
    if (chosen == null && resources.size() > 0) {
      chosen = resources.get(0);
    }
    if (chosen == null) {
      throw new ProsimosFormatException(file + ": task '" + task + "' has no duration");
    }
    return distribution(file, "task '" + task + "'", chosen);
  }

  /** Prosimos' distributions (pix-framework's parameter order) in the engine's terms. */
  static Distribution distribution(String file, String where, JsonNode d)
      throws ProsimosFormatException {
    String name = d.path("distribution_name").asText("").toLowerCase(Locale.ROOT);
    List<Double> p = new ArrayList<>();
    for (JsonNode v : d.path("distribution_params")) {
      double x = v.path("value").asDouble(Double.NaN);
      if (!Double.isFinite(x)) {
        throw new ProsimosFormatException(file + ": " + where + ": a parameter is not a number");
      }
      p.add(x);
    }
    try {
      return switch (name) {
        case "fix" -> new Distribution.Fixed(need(p, 1)[0]);
        case "expon" -> new Distribution.Exponential(need(p, 1)[0]);
        case "uniform" -> {
          double[] v = need(p, 2);
          yield new Distribution.Uniform(v[0], v[1]);
        }
        case "norm" -> {
          double[] v = need(p, 2);
          yield new Distribution.Normal(v[0], v[1]);
        }
        case "lognorm", "gamma" -> {
          double[] v = need(p, 2);
          double cv = v[0] > 0 ? Math.sqrt(Math.max(0, v[1])) / v[0] : 0;
          yield name.equals("gamma")
              ? new Distribution.Gamma(v[0], cv)
              : new Distribution.LogNormal(v[0], cv);
        }
        default ->
            throw new ProsimosFormatException(
                file
                    + ": "
                    + where
                    + ": the distribution '"
                    + name
                    + "' is not supported (fix, expon, uniform, norm, lognorm, gamma)");
      };
    } catch (IllegalArgumentException e) {
      throw new ProsimosFormatException(file + ": " + where + ": " + e.getMessage());
    }
  }

  private static double[] need(List<Double> p, int n) {
    if (p.size() < n) {
      throw new IllegalArgumentException("needs " + n + " parameters, has " + p.size());
    }
    return p.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** A Prosimos calendar's periods, each kept as it is, as an arrival profile of intensity 1. */
  ArrivalProfile profile(String file, String id, JsonNode periods) throws ProsimosFormatException {
    List<ArrivalProfile.Window> windows = new ArrayList<>();
    for (JsonNode t : periods) {
      int from = day(file, id, t.path("from").asText());
      int to = day(file, id, t.path("to").asText());
      int begin = seconds(file, id, t.path("beginTime").asText());
      int end = seconds(file, id, t.path("endTime").asText());
      if (end <= begin) {
        throw new ProsimosFormatException(
            file + ": calendar '" + id + "': a period ends before it begins");
      }
      for (int d = from; ; d = (d + 1) % 7) {
        windows.add(new ArrivalProfile.Window(DayOfWeek.of(d + 1), begin, end, 1));
        if (d == to) {
          break;
        }
      }
    }
    if (windows.isEmpty()) {
      throw new ProsimosFormatException(file + ": calendar '" + id + "' has no time periods");
    }
    return new ArrivalProfile(windows);
  }

  /** {@link #hours} without its warning: for a calendar whose periods are kept elsewhere. */
  private WorkingHours hoursQuietly(String file, String id, JsonNode periods)
      throws ProsimosFormatException {
    int before = warnings.size();
    WorkingHours h = hours(file, id, periods);
    while (warnings.size() > before) {
      warnings.remove(warnings.size() - 1);
    }
    return h;
  }

  /**
   * A Prosimos calendar as weekly hours: per weekday, from the earliest start to the latest end of
   * its periods (gaps within a day are not kept: a warning says so).
   */
  WorkingHours hours(String file, String id, JsonNode periods) throws ProsimosFormatException {
    int[] open = new int[7];
    int[] close = new int[7];
    java.util.Arrays.fill(open, Integer.MAX_VALUE);
    int intervals = 0;
    int[] perDay = new int[7];
    for (JsonNode t : periods) {
      int from = day(file, id, t.path("from").asText());
      int to = day(file, id, t.path("to").asText());
      int begin = seconds(file, id, t.path("beginTime").asText());
      int end = seconds(file, id, t.path("endTime").asText());
      if (end <= begin) {
        throw new ProsimosFormatException(
            file + ": calendar '" + id + "': a period ends before it begins");
      }
      for (int d = from; ; d = (d + 1) % 7) {
        open[d] = Math.min(open[d], begin);
        close[d] = Math.max(close[d], end);
        perDay[d]++;
        if (d == to) {
          break;
        }
      }
      intervals++;
    }
    boolean gaps = false;
    for (int d = 0; d < 7; d++) {
      if (open[d] == Integer.MAX_VALUE) {
        open[d] = 0;
        close[d] = 0;
      }
      gaps |= perDay[d] > 1;
    }
    if (intervals == 0) {
      throw new ProsimosFormatException(file + ": calendar '" + id + "' has no time periods");
    }
    if (gaps) {
      warnings.add(
          "calendar '"
              + id
              + "' has several periods a day; Flowbook uses each day's first start to its last end");
    }
    boolean always = true;
    for (int d = 0; d < 7; d++) {
      always &= open[d] == 0 && close[d] >= 86399;
    }
    return always ? WorkingHours.ALWAYS : new WorkingHours(open, close, false);
  }

  private static int day(String file, String id, String text) throws ProsimosFormatException {
    try {
      return DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT)).ordinal();
    } catch (IllegalArgumentException e) {
      throw new ProsimosFormatException(
          file + ": calendar '" + id + "': '" + text + "' is not a weekday (MONDAY … SUNDAY)");
    }
  }

  private static int seconds(String file, String id, String text) throws ProsimosFormatException {
    try {
      LocalTime t = LocalTime.parse(text.strip());
      int s = t.toSecondOfDay();
      // 23:59:59.999999 means the end of the day.
      return t.getNano() > 0 && s == 86399 ? 86400 : s;
    } catch (DateTimeParseException e) {
      throw new ProsimosFormatException(
          file + ": calendar '" + id + "': '" + text + "' is not a time of day (HH:MM:SS)");
    }
  }
}
