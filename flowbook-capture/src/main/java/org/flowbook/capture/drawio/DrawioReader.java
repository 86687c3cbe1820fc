package org.flowbook.capture.drawio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.flowbook.bpmn.xml.XmlInputException;
import org.flowbook.bpmn.xml.XmlLimits;
import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.bpmn.xml.XmlTreeReader;
import org.flowbook.capture.base.CaptureLimits;
import org.flowbook.capture.base.HtmlLabel;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Reads a draw.io / diagrams.net file ({@code .drawio}, or its {@code .xml} export) into pages of
 * cells. Both ways draw.io stores a page are read: plain {@code <mxGraphModel>} XML, and the
 * compressed form (raw deflate, Base64, URL-encoded) that older versions and many templates use.
 * The file and every decompressed page go through the hardened XML reader (no DOCTYPE, no entities)
 * within {@link CaptureLimits}; decompression stops at the limit, so a deflate bomb ends as a
 * located error.
 */
public final class DrawioReader {
  private final CaptureLimits limits;

  public DrawioReader(CaptureLimits limits) {
    this.limits = limits;
  }

  /** The pages, or the one problem that stopped reading. */
  public record Result(List<DrawioPage> pages, List<Problem> problems) {
    public Result {
      pages = List.copyOf(pages);
      problems = List.copyOf(problems);
    }

    boolean failed() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  public Result read(InputStream input, String file) {
    XmlNode root;
    try {
      root = new XmlTreeReader(xmlLimits()).read(input, file);
    } catch (XmlInputException e) {
      return new Result(List.of(), List.of(e.problem()));
    }
    List<DrawioPage> pages = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (root.name().equals("mxGraphModel")) {
      pages.add(page("Page-1", root, false, root, file, problems));
    } else if (root.name().equals("mxfile")) {
      List<XmlNode> diagrams = root.children("", "diagram").toList();
      if (diagrams.size() > limits.maxPages()) {
        return failed(
            "drawio-too-large",
            "the file has "
                + diagrams.size()
                + " pages; at most "
                + limits.maxPages()
                + " are read",
            "split the file",
            at(file, root));
      }
      int n = 0;
      for (XmlNode d : diagrams) {
        n++;
        String name = d.attribute("name", "Page-" + n);
        var model = d.child("", "mxGraphModel");
        if (model.isPresent()) {
          pages.add(page(name, model.get(), false, d, file, problems));
        } else if (!d.trimmedText().isEmpty()) {
          try {
            XmlNode decoded = decompress(d, file);
            pages.add(page(name, decoded, true, d, file, problems));
          } catch (Refused r) {
            problems.add(r.problem);
          }
        }
      }
    } else {
      return failed(
          "not-drawio",
          "the root element is <" + root.name() + ">, not a draw.io <mxfile> or <mxGraphModel>",
          "is this a draw.io file? Save it from diagrams.net as .drawio (File › Save as)",
          at(file, root));
    }
    if (pages.isEmpty() && problems.isEmpty()) {
      problems.add(
          Problem.warning(
              "drawio-empty",
              "the file has no page with shapes",
              "draw the process in diagrams.net and save it again",
              at(file, root)));
    }
    return new Result(pages, problems);
  }

  private XmlLimits xmlLimits() {
    return new XmlLimits(limits.maxBytes(), limits.maxElements(), 64, 256, (int) limits.maxBytes());
  }

  private static Result failed(String code, String message, String hint, SourceLocation at) {
    return new Result(List.of(), List.of(Problem.error(code, message, hint, at)));
  }

  private static SourceLocation at(String file, XmlNode node) {
    return SourceLocation.of(file, node.line(), node.column());
  }

  /** A page's cells; {@code where} is the element the locations of a compressed page point to. */
  private DrawioPage page(
      String name,
      XmlNode model,
      boolean compressed,
      XmlNode where,
      String file,
      List<Problem> problems) {
    List<MxCell> cells = new ArrayList<>();
    model
        .child("", "root")
        .ifPresent(
            root -> {
              for (XmlNode c : root.children()) {
                cell(c, compressed ? where : null).ifPresent(cells::add);
              }
            });
    if (cells.size() > limits.maxElements()) {
      problems.add(
          Problem.error(
              "drawio-too-large",
              "page '" + name + "' has more than " + limits.maxElements() + " cells",
              "split the drawing into pages",
              at(file, where)));
      return new DrawioPage(name, List.of(), compressed, where.line(), where.column());
    }
    return new DrawioPage(name, cells, compressed, where.line(), where.column());
  }

  /**
   * A cell: {@code <mxCell>}, or {@code <object>}/{@code <UserObject>} wrapping one (draw.io wraps
   * a cell that has a link or custom properties; then the label is the wrapper's {@code label}).
   */
  private static java.util.Optional<MxCell> cell(XmlNode node, XmlNode compressedAt) {
    XmlNode cell;
    String id;
    String label;
    if (node.name().equals("mxCell")) {
      cell = node;
      id = node.attribute("id", "");
      label = node.attributes().getOrDefault("value", "");
    } else if (node.name().equals("object") || node.name().equals("UserObject")) {
      var inner = node.child("", "mxCell");
      if (inner.isEmpty()) {
        return java.util.Optional.empty();
      }
      cell = inner.get();
      id = node.attribute("id", cell.attribute("id", ""));
      label = node.attributes().getOrDefault("label", "");
    } else {
      return java.util.Optional.empty();
    }
    MxStyle style = MxStyle.parse(cell.attributes().getOrDefault("style", ""));
    boolean html = "1".equals(style.get("html"));
    XmlNode geometry = cell.child("", "mxGeometry").orElse(null);
    XmlNode where = compressedAt != null ? compressedAt : node;
    return java.util.Optional.of(
        new MxCell(
            id,
            HtmlLabel.plain(label, html),
            style,
            cell.attribute("parent", ""),
            "1".equals(cell.attribute("vertex", "")),
            "1".equals(cell.attribute("edge", "")),
            cell.attribute("source", ""),
            cell.attribute("target", ""),
            number(geometry, "x"),
            number(geometry, "y"),
            number(geometry, "width"),
            number(geometry, "height"),
            points(geometry),
            where.line(),
            where.column()));
  }

  /** The waypoints of a connector: {@code <Array as="points"><mxPoint x y/>…}. */
  private static List<double[]> points(XmlNode geometry) {
    if (geometry == null) {
      return List.of();
    }
    List<double[]> points = new ArrayList<>();
    geometry
        .children("", "Array")
        .filter(a -> a.attribute("as", "").equals("points"))
        .flatMap(a -> a.children("", "mxPoint"))
        .limit(1000)
        .forEach(p -> points.add(new double[] {number(p, "x"), number(p, "y")}));
    return points;
  }

  private static double number(XmlNode geometry, String name) {
    if (geometry == null) {
      return 0;
    }
    try {
      double v = Double.parseDouble(geometry.attribute(name, "0"));
      return Double.isFinite(v) ? v : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static final class Refused extends Exception {
    final Problem problem;

    Refused(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /** Base64 → raw deflate (bounded) → URL-decoded XML → the hardened reader. */
  private XmlNode decompress(XmlNode diagram, String file) throws Refused {
    SourceLocation at = at(file, diagram);
    byte[] deflated;
    try {
      deflated = Base64.getMimeDecoder().decode(diagram.trimmedText());
    } catch (IllegalArgumentException e) {
      throw new Refused(
          Problem.error(
              "drawio-compressed",
              "the compressed page '" + diagram.attribute("name", "") + "' is not valid Base64",
              "open and save the file again in diagrams.net",
              at));
    }
    byte[] inflated = inflate(deflated, at, diagram.attribute("name", ""));
    String text = new String(inflated, StandardCharsets.UTF_8);
    if (text.startsWith("%3C") || text.startsWith("%3c")) {
      try {
        text = URLDecoder.decode(text, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new Refused(
            Problem.error(
                "drawio-compressed",
                "the compressed page '"
                    + diagram.attribute("name", "")
                    + "' is not URL-encoded XML",
                "open and save the file again in diagrams.net",
                at));
      }
    }
    try {
      return new XmlTreeReader(xmlLimits())
          .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), file);
    } catch (XmlInputException e) {
      Problem p = e.problem();
      throw new Refused(
          Problem.error(
              p.code(),
              "in the compressed page '" + diagram.attribute("name", "") + "': " + p.message(),
              p.hint(),
              at));
    }
  }

  private byte[] inflate(byte[] deflated, SourceLocation at, String page) throws Refused {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(deflated);
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(deflated.length * 4, 1 << 20));
      byte[] buffer = new byte[64 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        out.write(buffer, 0, n);
        if (out.size() > limits.maxBytes()) {
          throw new Refused(
              Problem.error(
                  "drawio-too-large",
                  "the compressed page '"
                      + page
                      + "' unpacks to more than "
                      + limits.maxBytes() / (1024 * 1024)
                      + " MiB",
                  "split the drawing into pages",
                  at));
        }
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new Refused(
          Problem.error(
              "drawio-compressed",
              "the compressed page '" + page + "' cannot be unpacked: " + e.getMessage(),
              "open and save the file again in diagrams.net",
              at));
    } finally {
      inflater.end();
    }
  }
}
