package org.flowbook.capture.visio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.bpmn.xml.XmlInputException;
import org.flowbook.bpmn.xml.XmlLimits;
import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.bpmn.xml.XmlTreeReader;
import org.flowbook.capture.base.CaptureLimits;
import org.flowbook.capture.drawio.DrawioImport;
import org.flowbook.capture.drawio.DrawioPage;
import org.flowbook.capture.drawio.MxCell;
import org.flowbook.capture.drawio.MxStyle;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Imports a Visio drawing ({@code .vsdx}): the Open Packaging zip is read entry by entry in memory
 * (nothing is written to disk, so entry names cannot escape anywhere), each entry counted while it
 * is inflated and the number of entries bounded; the page and master XML go through the hardened
 * reader. Shapes are known by their master's name — the basic and cross-functional flowchart
 * stencils ("Process", "Decision", "Start/End", "Swimlane", "Dynamic connector") in English or
 * Swedish — and become the same cells a draw.io page holds, so one mapping serves both.
 */
public final class VsdxImport {
  private static final int MAX_ENTRIES = 2_000;

  private final CaptureLimits limits;

  public VsdxImport(CaptureLimits limits) {
    this.limits = limits;
  }

  public VsdxImport() {
    this(CaptureLimits.DEFAULT);
  }

  private static final class Refused extends Exception {
    final Problem problem;

    Refused(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  public BpmnImport read(InputStream input, String file, String baseTitle) {
    try {
      Map<String, byte[]> parts = unzip(input, file);
      Map<String, String> masters = masters(parts, file);
      List<DrawioPage> pages = new ArrayList<>();
      for (var page : pageFiles(parts, file).entrySet()) {
        byte[] xml = parts.get("visio/pages/" + page.getValue());
        if (xml == null) {
          continue;
        }
        pages.add(page(page.getKey(), xml, masters, file));
      }
      if (pages.isEmpty()) {
        throw refused("vsdx-no-page", "the drawing has no page", "save it again in Visio", file);
      }
      return new DrawioImport(limits).map(pages, List.of(), file, baseTitle);
    } catch (Refused r) {
      return BpmnImport.failed(List.of(r.problem));
    }
  }

  private static Refused refused(String code, String message, String hint, String file) {
    return new Refused(Problem.error(code, message, hint, SourceLocation.file(file)));
  }

  /** The parts capture needs, each bounded while it is inflated. */
  private Map<String, byte[]> unzip(InputStream input, String file) throws Refused {
    Map<String, byte[]> parts = new HashMap<>();
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(input)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw refused(
              "vsdx-too-large", "the file has more than " + MAX_ENTRIES + " parts", "", file);
        }
        String name = e.getName();
        if (e.isDirectory() || !wanted(name)) {
          continue;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = zip.read(buffer)) > 0) {
          out.write(buffer, 0, n);
          total += n;
          if (out.size() > limits.maxBytes() || total > 2 * limits.maxBytes()) {
            throw refused(
                "vsdx-too-large",
                "the part "
                    + name
                    + " unpacks to more than "
                    + limits.maxBytes() / (1024 * 1024)
                    + " MiB",
                "a real drawing is far smaller; is the file damaged or crafted?",
                file);
          }
        }
        parts.put(name, out.toByteArray());
      }
    } catch (IOException ex) {
      throw refused(
          "not-vsdx",
          "the file is not a Visio drawing (" + ex.getMessage() + ")",
          "save it in Visio as .vsdx (Visio Drawing)",
          file);
    }
    if (!parts.containsKey("visio/pages/pages.xml")) {
      throw refused(
          "not-vsdx",
          "the file is not a Visio drawing: it has no visio/pages/pages.xml",
          "save it in Visio as .vsdx (Visio Drawing); older .vsd files must be saved as .vsdx",
          file);
    }
    return parts;
  }

  private static boolean wanted(String name) {
    return name.equals("visio/pages/pages.xml")
        || name.equals("visio/pages/_rels/pages.xml.rels")
        || name.equals("visio/masters/masters.xml")
        || name.matches("visio/pages/[^/]{1,100}\\.xml");
  }

  private XmlNode xml(byte[] bytes, String file) throws Refused {
    try {
      return new XmlTreeReader(
              new XmlLimits(limits.maxBytes(), limits.maxElements() * 20, 64, 256, 1 << 20))
          .read(new ByteArrayInputStream(bytes), file);
    } catch (XmlInputException e) {
      throw new Refused(e.problem());
    }
  }

  /** Master id → its universal name ("Decision"). */
  private Map<String, String> masters(Map<String, byte[]> parts, String file) throws Refused {
    Map<String, String> masters = new HashMap<>();
    byte[] xml = parts.get("visio/masters/masters.xml");
    if (xml != null) {
      for (XmlNode m : xml(xml, file).children()) {
        if (m.name().equals("Master")) {
          masters.put(m.attribute("ID", ""), m.attribute("NameU", m.attribute("Name", "")));
        }
      }
    }
    return masters;
  }

  /** Page name → its part's file name, in the document's order. */
  private Map<String, String> pageFiles(Map<String, byte[]> parts, String file) throws Refused {
    Map<String, String> targets = new HashMap<>();
    byte[] rels = parts.get("visio/pages/_rels/pages.xml.rels");
    if (rels != null) {
      for (XmlNode r : xml(rels, file).children()) {
        targets.put(r.attribute("Id", ""), r.attribute("Target", ""));
      }
    }
    Map<String, String> pages = new LinkedHashMap<>();
    int n = 0;
    for (XmlNode p : xml(parts.get("visio/pages/pages.xml"), file).children()) {
      if (!p.name().equals("Page") || "1".equals(p.attribute("Background", ""))) {
        continue;
      }
      n++;
      String rel =
          p.children().stream()
              .filter(c -> c.name().equals("Rel"))
              .findFirst()
              .map(
                  c ->
                      c.attributes().entrySet().stream()
                          .filter(a -> a.getKey().endsWith("id"))
                          .map(Map.Entry::getValue)
                          .findFirst()
                          .orElse(""))
              .orElse("");
      String target = targets.getOrDefault(rel, "page" + n + ".xml");
      pages.put(
          p.attribute("NameU", p.attribute("Name", "Page-" + n)), target.replaceAll("^.*/", ""));
    }
    return pages;
  }

  /** What a master's name means, as a draw.io style the page mapper understands. */
  static String styleOf(String master) {
    String m = master.toLowerCase(Locale.ROOT).replaceAll("\\.\\d+$", "");
    if (m.contains("connector") || m.contains("koppling") || m.contains("anslutning")) {
      return "connector";
    }
    if (m.contains("decision") || m.contains("beslut")) {
      return "rhombus;";
    }
    if (m.contains("start")
        || m.contains("end")
        || m.contains("terminator")
        || m.contains("slut")) {
      return "ellipse;";
    }
    if (m.contains("swimlane")
        || m.contains("simbana")
        || m.contains("function band")
        || m.contains("funktionsband")) {
      return "swimlane;";
    }
    if (m.contains("container")
        || m.contains("cff")
        || m.contains("separator")
        || m.contains("phase")
        || m.contains("fas")
        || m.contains("title")) {
      return "group;";
    }
    if (m.contains("annotation")
        || m.contains("text")
        || m.contains("callout")
        || m.contains("kommentar")) {
      return "text;";
    }
    return "";
  }

  private DrawioPage page(String name, byte[] bytes, Map<String, String> masters, String file)
      throws Refused {
    XmlNode root = xml(bytes, file);
    List<MxCell> cells = new ArrayList<>();
    cells.add(cell("0", "", "", "", false, false, "", "", 0, 0, 0, 0, root));
    cells.add(cell("1", "", "", "0", false, false, "", "", 0, 0, 0, 0, root));
    Map<String, String[]> ends = new HashMap<>(); // connector id -> {begin shape, end shape}
    root.children().stream()
        .filter(c -> c.name().equals("Connects"))
        .flatMap(c -> c.children().stream())
        .forEach(
            c -> {
              String[] e = ends.computeIfAbsent(c.attribute("FromSheet", ""), k -> new String[2]);
              String to = c.attribute("ToSheet", "");
              if (c.attribute("FromCell", "").equals("BeginX")) {
                e[0] = to;
              } else if (c.attribute("FromCell", "").equals("EndX")) {
                e[1] = to;
              }
            });
    Optional<XmlNode> shapes =
        root.children().stream().filter(c -> c.name().equals("Shapes")).findFirst();
    if (shapes.isPresent()) {
      shapes(shapes.get(), "1", 0, 0, masters, ends, cells, 0);
    }
    if (cells.size() > limits.maxElements()) {
      throw refused(
          "vsdx-too-large",
          "page '" + name + "' has more than " + limits.maxElements() + " shapes",
          "",
          file);
    }
    return new DrawioPage(name, cells, false, root.line(), root.column());
  }

  private void shapes(
      XmlNode container,
      String parent,
      double originX,
      double originY,
      Map<String, String> masters,
      Map<String, String[]> ends,
      List<MxCell> cells,
      int depth) {
    if (depth > 16) {
      return;
    }
    for (XmlNode s : container.children()) {
      if (!s.name().equals("Shape") || cells.size() > limits.maxElements()) {
        continue;
      }
      String id = "s" + s.attribute("ID", "");
      String master = masters.getOrDefault(s.attribute("Master", ""), s.attribute("NameU", ""));
      String style = styleOf(master);
      boolean hasBegin = cell(s, "BeginX").isPresent();
      String text =
          s.children().stream()
              .filter(c -> c.name().equals("Text"))
              .map(VsdxImport::allText)
              .findFirst()
              .orElse("")
              .replaceAll("\\s+", " ")
              .strip();
      double w = cell(s, "Width").orElse(0.0) * 100;
      double h = cell(s, "Height").orElse(0.0) * 100;
      // Visio measures from the page's bottom left in inches; cells want top left, downwards
      double x = cell(s, "PinX").orElse(0.0) * 100 - w / 2 + originX;
      double y = -(cell(s, "PinY").orElse(0.0) * 100) - h / 2 + originY;
      if (style.equals("connector") || hasBegin && ends.containsKey(s.attribute("ID", ""))) {
        String[] e = ends.getOrDefault(s.attribute("ID", ""), new String[2]);
        cells.add(
            cell(
                id,
                text,
                "edgeStyle=orthogonalEdgeStyle;",
                parent,
                false,
                true,
                e[0] == null ? "" : "s" + e[0],
                e[1] == null ? "" : "s" + e[1],
                0,
                0,
                0,
                0,
                s));
        continue;
      }
      cells.add(
          cell(id, text, style, parent, true, false, "", "", x - originX, y - originY, w, h, s));
      s.children().stream()
          .filter(c -> c.name().equals("Shapes"))
          .findFirst()
          .ifPresent(inner -> shapes(inner, id, x, y, masters, ends, cells, depth + 1));
    }
  }

  /** The text of a {@code <Text>} element: its own and its children's, in order. */
  private static String allText(XmlNode n) {
    StringBuilder b = new StringBuilder(n.text());
    n.children().forEach(c -> b.append(' ').append(allText(c)));
    return b.toString();
  }

  private static Optional<Double> cell(XmlNode shape, String name) {
    return shape.children().stream()
        .filter(c -> c.name().equals("Cell") && name.equals(c.attribute("N", "")))
        .findFirst()
        .flatMap(c -> c.attribute("V"))
        .flatMap(
            v -> {
              try {
                double d = Double.parseDouble(v);
                return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  private static MxCell cell(
      String id,
      String text,
      String style,
      String parent,
      boolean vertex,
      boolean edge,
      String source,
      String target,
      double x,
      double y,
      double w,
      double h,
      XmlNode at) {
    return new MxCell(
        id,
        text,
        MxStyle.parse(style),
        parent,
        vertex,
        edge,
        source,
        target,
        x,
        y,
        w,
        h,
        List.of(),
        at.line(),
        at.column());
  }
}
