package org.flowbook.simulation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.flowbook.model.Language;
import org.flowbook.simulation.compare.BeforeAfter;
import org.flowbook.simulation.compare.BeforeAfter.Paired;
import org.flowbook.simulation.compare.BeforeAfter.RoleChange;
import org.flowbook.simulation.stats.Estimate;

/**
 * The simulated before/after of {@code flowbook diff --simulate}: a text section, a JSON object and
 * an HTML section that the diff report carries after its own figures.
 */
public final class BeforeAfterReport {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BeforeAfterReport() {}

  public static String text(BeforeAfter ba, Language language) {
    Words w = new Words(language);
    StringBuilder out = new StringBuilder();
    out.append(heading(ba, w)).append('\n');
    out.append("  ").append(sentence(ba, w)).append('\n');
    out.append("  ")
        .append(w.t("Avslutade per vecka: ", "Done per week: "))
        .append(w.plain(ba.throughputPerWeek().before(), 1))
        .append(" → ")
        .append(w.plain(ba.throughputPerWeek().after(), 1))
        .append('\n');
    TextReport.Table t =
        new TextReport.Table(
            w.t("Roll", "Role"),
            w.t("beläggning före", "utilization before"),
            w.t("efter", "after"),
            w.t("skillnad (procentenheter)", "difference (points)"),
            w.t("kö före", "queue before"),
            w.t("efter", "after"));
    int rows = 0;
    for (RoleChange r : changed(ba)) {
      rows++;
      t.row(
          r.role(),
          w.percent(r.utilization().before()),
          w.percent(r.utilization().after()),
          points(r.utilization(), w),
          w.number(r.queue().before().mean(), 1),
          w.number(r.queue().after().mean(), 1));
    }
    out.append('\n');
    if (rows > 0) {
      out.append(
          w.t(
              "  Roller vars beläggning eller kö ändras utöver bruset (* = beläggningen):\n",
              "  Roles whose utilization or queue changes beyond the noise (* = utilization):\n"));
      t.render(out);
    } else {
      out.append(
          w.t(
              "  Ingen rolls beläggning eller kö ändras utöver bruset.\n",
              "  No role's utilization or queue changes beyond the noise.\n"));
    }
    return out.toString();
  }

  /** The roles whose utilization or queue differs beyond the noise. */
  static java.util.List<RoleChange> changed(BeforeAfter ba) {
    return ba.roles().stream()
        .filter(r -> r.utilization().significant() || r.queue().significant())
        .toList();
  }

  static String heading(BeforeAfter ba, Words w) {
    return w.t("Simulerat före och efter", "Simulated before and after")
        + " ("
        + ba.request().replications()
        + w.t(
            " körningar per sida med samma slumptal, ",
            " replications a side with the same random numbers, ")
        + ba.request().from()
        + " – "
        + ba.request().to()
        + w.t(", 95 % konfidensintervall):", ", 95 % confidence intervals):");
  }

  /** "Ledtiden ökar från 2,1 d (1,9–2,3) till 3,4 d (3,1–3,8); skillnaden +1,3 d (1,1–1,5) ...". */
  static String sentence(BeforeAfter ba, Words w) {
    Paired c = ba.cycle();
    if (!c.before().isPresent() || !c.after().isPresent()) {
      return w.t(
          "Processen har ingen volym (volym:) att simulera; lägg till en för att jämföra ledtider.",
          "The process has no volume (volume:) to simulate; add one to compare cycle times.");
    }
    String verb =
        !c.significant()
            ? w.t(
                "Ledtiden är oförändrad inom bruset",
                "The cycle time is unchanged within the noise")
            : c.difference().mean() > 0
                ? w.t("Ledtiden ökar", "The cycle time rises")
                : w.t("Ledtiden minskar", "The cycle time falls");
    return verb
        + w.t(" från ", " from ")
        + w.duration(c.before())
        + w.t(" till ", " to ")
        + w.duration(c.after())
        + w.t("; skillnaden ", "; the difference ")
        + signedDuration(c.difference(), c.before().mean(), w)
        + (c.significant()
            ? w.t(" är säkerställd.", " is significant.")
            : w.t(" rymmer noll.", " includes zero."));
  }

  /** A signed difference in the unit of {@code reference}: "+1,3 d (1,1–1,5)". */
  static String signedDuration(Estimate d, double reference, Words w) {
    double m = Math.max(Math.abs(reference), Math.abs(d.mean()));
    double div = m < 3600 ? 60 : m < 86400 ? 3600 : 86400;
    String unit = m < 3600 ? " min" : m < 86400 ? " h" : " d";
    String mean = (d.mean() >= 0 ? "+" : w.t("−", "-")) + w.number(Math.abs(d.mean()) / div, 1);
    if (d.n() < 2) {
      return mean + unit;
    }
    return mean
        + unit
        + " ("
        + signed(d.low() / div, w)
        + w.t(" till ", " to ")
        + signed(d.high() / div, w)
        + ")";
  }

  private static String signed(double v, Words w) {
    return (v >= 0 ? "+" : w.t("−", "-")) + w.number(Math.abs(v), 1);
  }

  static String points(Paired p, Words w) {
    Estimate d = p.difference();
    String m = signed(d.mean() * 100, w);
    String ci =
        d.n() < 2
            ? ""
            : " ("
                + signed(d.low() * 100, w)
                + w.t(" till ", " to ")
                + signed(d.high() * 100, w)
                + ")";
    return m + ci + (p.significant() ? " *" : "");
  }

  /**
   * The diff report's JSON with a {@code "simulation"} object added (docs/json.md, "diff
   * --simulate"): seconds, shares 0..1, counts per week, each figure as {@code before}, {@code
   * after} and the paired {@code difference}, each {@code {mean, low, high, n}}.
   */
  public static String embedJson(String diffJson, BeforeAfter ba) {
    try {
      ObjectNode root = (ObjectNode) MAPPER.readTree(diffJson);
      ObjectNode o = root.putObject("simulation");
      o.put("process", ba.processId());
      o.put("replications", ba.request().replications());
      o.put("seed", ba.request().seed());
      o.put("from", ba.request().from().toString());
      o.put("to", ba.request().to().toString());
      o.put("warmUpSeconds", ba.request().warmUp().getSeconds());
      o.put("commonRandomNumbers", true);
      o.set("cycleTimeMean", paired(ba.cycle()));
      o.set("throughputPerWeek", paired(ba.throughputPerWeek()));
      ArrayNode roles = o.putArray("roles");
      for (RoleChange r : ba.roles()) {
        ObjectNode x = roles.addObject();
        x.put("role", r.role());
        x.set("utilization", paired(r.utilization()));
        x.set("meanQueue", paired(r.queue()));
      }
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the diff report is not JSON", e);
    }
  }

  private static ObjectNode paired(Paired p) {
    ObjectNode o = MAPPER.createObjectNode();
    o.set("before", JsonReport.estimate(p.before()));
    o.set("after", JsonReport.estimate(p.after()));
    o.set("difference", JsonReport.estimate(p.difference()));
    o.put("significant", p.significant());
    return o;
  }

  /** The diff report's page with the simulated section before its footer. */
  public static String embedHtml(String diffHtml, BeforeAfter ba, Language language) {
    int at = diffHtml.lastIndexOf("<footer>");
    if (at < 0) {
      at = diffHtml.lastIndexOf("</body>");
    }
    String section = html(ba, language);
    return at < 0
        ? diffHtml + section
        : diffHtml.substring(0, at) + section + diffHtml.substring(at);
  }

  /** An HTML section (escaped), for the diff report's page. */
  public static String html(BeforeAfter ba, Language language) {
    Words w = new Words(language);
    StringBuilder out = new StringBuilder("<section class=\"simulated\">\n");
    out.append("<h2>").append(esc(heading(ba, w).replaceAll(":$", ""))).append("</h2>\n");
    out.append("<p>").append(esc(sentence(ba, w))).append("</p>\n");
    out.append("<table>\n<thead><tr>");
    for (String h :
        new String[] {
          w.t("Roll", "Role"),
          w.t("Beläggning före", "Utilization before"),
          w.t("efter", "after"),
          w.t("skillnad (procentenheter)", "difference (points)"),
          w.t("Kö före", "Queue before"),
          w.t("efter", "after")
        }) {
      out.append("<th scope=\"col\">").append(esc(h)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (RoleChange r : changed(ba)) {
      out.append("<tr><th scope=\"row\">")
          .append(esc(r.role()))
          .append("</th><td>")
          .append(esc(w.percent(r.utilization().before())))
          .append("</td><td>")
          .append(esc(w.percent(r.utilization().after())))
          .append("</td><td>")
          .append(esc(points(r.utilization(), w)))
          .append("</td><td>")
          .append(esc(w.number(r.queue().before().mean(), 1)))
          .append("</td><td>")
          .append(esc(w.number(r.queue().after().mean(), 1)))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    out.append("<p class=\"note\">")
        .append(
            esc(
                w.t(
                    "* skillnaden är säkerställd: dess 95 %-intervall, från parade körningar med"
                        + " samma slumptal, rymmer inte noll.",
                    "* the difference is significant: its 95 % interval, from paired replications"
                        + " with the same random numbers, leaves out zero.")))
        .append("</p>\n</section>\n");
    return out.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
