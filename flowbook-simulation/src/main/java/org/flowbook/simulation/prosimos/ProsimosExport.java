package org.flowbook.simulation.prosimos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowbook.model.WorkingHours;
import org.flowbook.simulation.engine.Distribution;
import org.flowbook.simulation.engine.SimModel;
import org.flowbook.simulation.engine.SimModel.ProcessSpec;
import org.flowbook.simulation.engine.SimModel.RoleSpec;
import org.flowbook.simulation.engine.SimModel.SimStep;

/**
 * Writes one process of a compiled model as Prosimos input: a BPMN file (tasks, gateways, timer
 * events for waits) and the JSON of parameters (pools, calendars, durations, branching
 * probabilities, arrivals), so the same model runs in Prosimos. What does not map (calls, boundary
 * timers, holidays, head counts that change by day) is listed in {@link #warnings()}.
 */
public final class ProsimosExport {
  private static final String NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final double BIG = 1e9;

  /** The two files' text and what could not be carried over. */
  public record Files(String bpmn, String json, List<String> warnings) {}

  private final StringBuilder xml = new StringBuilder();
  private final List<String> warnings = new ArrayList<>();
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final ArrayNode gateways = mapper.createArrayNode();
  private final ArrayNode events = mapper.createArrayNode();
  private final Map<Integer, List<String>> tasksOfRole = new LinkedHashMap<>();
  private final List<String> systemTasks = new ArrayList<>();
  private final ArrayNode durations = mapper.createArrayNode();
  private int flowCount;

  private ProsimosExport() {}

  /**
   * Exports {@code process} of {@code model}; head counts are those of {@code day}.
   *
   * @throws IllegalArgumentException when the process has no arrivals (only called by others)
   */
  public static Files export(SimModel model, int process, LocalDate day) {
    return new ProsimosExport().run(model, model.processes().get(process), day);
  }

  private Files run(SimModel model, ProcessSpec p, LocalDate day) {
    if (p.arrivals() == null) {
      throw new IllegalArgumentException(
          "process '" + p.id() + "' has no volume; Prosimos needs arrivals");
    }
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<definitions xmlns=\"")
        .append(NS)
        .append("\" id=\"flowbook\" targetNamespace=\"https://flowbook.org/prosimos\">\n")
        .append("  <process id=\"")
        .append(id(p.id()))
        .append("\" isExecutable=\"false\">\n");
    List<SimStep> steps = p.steps();
    // The first element of each step, where flows into the step arrive.
    String[] entry = new String[steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      SimStep s = steps.get(i);
      String node = isEnd(s) ? "end" : "s" + i;
      entry[i] = s.joinCount() > 1 ? "j" + i : s.waitSeconds() > 0 ? "w" + i : node;
    }
    element("startEvent", "start", "Start");
    flow("start", entry[p.start()]);
    boolean needsEnd = false;
    for (int i = 0; i < steps.size(); i++) {
      SimStep s = steps.get(i);
      String node = isEnd(s) ? "end" : "s" + i;
      if (s.joinCount() > 1) {
        element("parallelGateway", "j" + i, "", "Converging");
        flow("j" + i, s.waitSeconds() > 0 ? "w" + i : node);
      }
      if (s.waitSeconds() > 0) {
        xml.append("    <intermediateCatchEvent id=\"w")
            .append(i)
            .append("\" name=\"")
            .append(escape(s.title()))
            .append(" (wait)\"><timerEventDefinition/></intermediateCatchEvent>\n");
        ObjectNode e = events.addObject();
        e.put("event_id", "w" + i);
        e.put("distribution_name", "fix");
        e.putArray("distribution_params").addObject().put("value", s.waitSeconds());
        flow("w" + i, node);
      }
      if (isEnd(s)) {
        // Prosimos accepts one end event: every end of the process leads to it.
        needsEnd = true;
        if (s.terminate()) {
          warnings.add("the terminating end '" + s.title() + "' is exported as a plain end");
        }
        continue;
      }
      element("task", node, s.title());
      ObjectNode d = durations.addObject();
      d.put("task_id", node);
      ObjectNode r = d.putArray("resources").addObject();
      if (s.isWork()) {
        tasksOfRole.computeIfAbsent(s.role(), k -> new ArrayList<>()).add(node);
        r.put("resource_id", "res" + s.role());
        distribution(r, s.work(), model.roles().get(s.role()).speed(), s.title());
      } else {
        systemTasks.add(node);
        r.put("resource_id", "system");
        distribution(r, new Distribution.Fixed(0), 1, s.title());
      }
      if (s.callee() >= 0) {
        warnings.add(
            "'" + s.title() + "' calls another process; Prosimos runs it as a task of no time");
      }
      if (!s.timers().isEmpty()) {
        warnings.add("the timers on '" + s.title() + "' are not exported");
      }
      if (s.next().length == 0) {
        needsEnd = true;
        flow(node, "end");
      } else if (s.next().length == 1) {
        flow(node, entry[s.next()[0]]);
      } else if (s.split()) {
        element("parallelGateway", "p" + i, "", "Diverging");
        flow(node, "p" + i);
        for (int n : s.next()) {
          flow("p" + i, entry[n]);
        }
      } else {
        element("exclusiveGateway", "g" + i, "", "Diverging");
        flow(node, "g" + i);
        ObjectNode g = gateways.addObject();
        g.put("gateway_id", "g" + i);
        ArrayNode probs = g.putArray("probabilities");
        double before = 0;
        for (int k = 0; k < s.next().length; k++) {
          double cum = s.shares() == null ? (k + 1.0) / s.next().length : s.shares()[k];
          ObjectNode pr = probs.addObject();
          pr.put("path_id", flow("g" + i, entry[s.next()[k]]));
          pr.put("value", cum - before);
          before = cum;
        }
      }
    }
    if (needsEnd) {
      element("endEvent", "end", "End");
    }
    xml.append("  </process>\n</definitions>\n");
    return new Files(xml.toString(), json(model, p, day), List.copyOf(warnings));
  }

  private String json(SimModel model, ProcessSpec p, LocalDate day) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode profiles = root.putArray("resource_profiles");
    ArrayNode calendars = mapper.createArrayNode();
    calendar(calendars, "always", WorkingHours.ALWAYS);
    ObjectNode system = profiles.addObject();
    system.put("id", "system_pool");
    system.put("name", "SYSTEM");
    ObjectNode sys = system.putArray("resource_list").addObject();
    sys.put("id", "system");
    sys.put("name", "SYSTEM");
    sys.put("cost_per_hour", 0);
    sys.put("amount", 1000);
    sys.put("calendar", "always");
    systemTasks.forEach(sys.putArray("assigned_tasks")::add);
    boolean changing = false;
    for (Map.Entry<Integer, List<String>> e : tasksOfRole.entrySet()) {
      RoleSpec role = model.roles().get(e.getKey());
      ObjectNode pool = profiles.addObject();
      pool.put("id", "pool" + e.getKey());
      pool.put("name", role.name());
      ObjectNode res = pool.putArray("resource_list").addObject();
      res.put("id", "res" + e.getKey());
      res.put("name", role.name());
      res.put("cost_per_hour", role.costPerHour());
      int heads = role.staffing().heads(day);
      changing |= heads != role.staffing().heads(day.plusDays(180));
      res.put("amount", Math.max(1, heads));
      res.put("calendar", "cal" + e.getKey());
      e.getValue().forEach(res.putArray("assigned_tasks")::add);
      calendar(calendars, "cal" + e.getKey(), role.hours());
    }
    if (changing) {
      warnings.add("head counts that change over the period are exported as those of " + day);
    }
    if (model.holidays() != org.flowbook.simulation.calendar.Holidays.NONE) {
      warnings.add("Prosimos has no public holidays; they are not exported");
    }
    // Flowbook counts the gap between arrivals in the calendar's open time; Prosimos in real time,
    // moving an arrival outside the calendar to its next opening. The same rate per week needs the
    // gap stretched by the week's hours over its open hours.
    WorkingHours arrivalHours = p.arrivals().calendar();
    double stretch = arrivalHours.aroundTheClock() ? 1 : 168 / arrivalHours.hoursPerWeek();
    ObjectNode arrival = root.putObject("arrival_time_distribution");
    distribution(arrival, p.arrivals().gap(), stretch, "arrivals");
    ArrayNode arrivalCalendar = mapper.createArrayNode();
    calendar(arrivalCalendar, "arrivals", arrivalHours);
    root.set("arrival_time_calendar", arrivalCalendar.get(0).get("time_periods"));
    root.set("gateway_branching_probabilities", gateways);
    root.set("task_resource_distribution", durations);
    root.set("resource_calendars", calendars);
    root.set("event_distribution", events);
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A distribution in pix-framework's parameter order, its durations multiplied by {@code f} (a
   * role's speed: elapsed working time per documented time, as the engine applies it).
   */
  private void distribution(ObjectNode out, Distribution d, double f, String what) {
    String name;
    double[] params;
    if (d instanceof Distribution.Fixed x) {
      name = "fix";
      params = new double[] {x.value() * f};
    } else if (d instanceof Distribution.Exponential x) {
      name = "expon";
      params = new double[] {x.mean() * f, 0, BIG};
    } else if (d instanceof Distribution.Uniform x) {
      name = "uniform";
      params = new double[] {x.low() * f, x.high() * f};
    } else if (d instanceof Distribution.Normal x) {
      name = "norm";
      params = new double[] {x.mu() * f, x.sd() * f, 0, BIG};
    } else if (d instanceof Distribution.LogNormal x) {
      name = "lognorm";
      double sd = x.mean() * x.cv() * f;
      params = new double[] {x.mean() * f, sd * sd, 0, BIG};
    } else if (d instanceof Distribution.Gamma x) {
      name = "gamma";
      double sd = x.mean() * x.cv() * f;
      params = new double[] {x.mean() * f, sd * sd, 0, BIG};
    } else if (d instanceof Distribution.Triangular x) {
      // Prosimos has no triangular distribution: a normal of the same mean and spread, cut to the
      // range.
      double a = x.low();
      double b = x.high();
      double c = x.mode();
      double var = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
      name = "norm";
      params = new double[] {x.mean() * f, Math.sqrt(var) * f, a * f, b * f};
      warnings.add(
          "'" + what + "': its range is exported as a normal distribution cut to the range");
    } else {
      throw new IllegalStateException("unknown distribution " + d);
    }
    out.put("distribution_name", name);
    ArrayNode ps = out.putArray("distribution_params");
    for (double v : params) {
      ps.addObject().put("value", v);
    }
  }

  private static boolean isEnd(SimStep s) {
    return s.next().length == 0 && !s.isWork();
  }

  private void calendar(ArrayNode out, String id, WorkingHours h) {
    ObjectNode c = out.addObject();
    c.put("id", id);
    c.put("name", id);
    ArrayNode periods = c.putArray("time_periods");
    if (h.aroundTheClock()) {
      period(periods, DayOfWeek.MONDAY, DayOfWeek.SUNDAY, 0, 86400);
      return;
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (h.closeSeconds(d) > h.openSeconds(d)) {
        period(periods, d, d, h.openSeconds(d), h.closeSeconds(d));
      }
    }
  }

  private static void period(ArrayNode out, DayOfWeek from, DayOfWeek to, int begin, int end) {
    ObjectNode p = out.addObject();
    p.put("from", from.name());
    p.put("to", to.name());
    p.put("beginTime", clock(begin));
    p.put("endTime", end >= 86400 ? "23:59:59.999999" : clock(end));
  }

  private static String clock(int s) {
    return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }

  private void element(String kind, String id, String name) {
    element(kind, id, name, null);
  }

  private void element(String kind, String id, String name, String direction) {
    xml.append("    <")
        .append(kind)
        .append(" id=\"")
        .append(id)
        .append("\" name=\"")
        .append(escape(name))
        .append('"');
    if (direction != null) {
      xml.append(" gatewayDirection=\"").append(direction).append('"');
    }
    xml.append("/>\n");
  }

  private String flow(String from, String to) {
    String id = "f" + flowCount++;
    xml.append("    <sequenceFlow id=\"")
        .append(id)
        .append("\" sourceRef=\"")
        .append(from)
        .append("\" targetRef=\"")
        .append(to)
        .append("\"/>\n");
    return id;
  }

  private static String id(String s) {
    String t = s.replaceAll("[^A-Za-z0-9_.-]", "_");
    return t.isEmpty() || !Character.isLetter(t.charAt(0)) ? "p_" + t : t;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
