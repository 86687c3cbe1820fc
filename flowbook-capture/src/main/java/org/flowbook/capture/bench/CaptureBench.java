package org.flowbook.capture.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.capture.Capture;

/**
 * Times the import of synthetic draw.io flowcharts of growing size ({@code flowbook bench
 * capture}): a main path across four swimlanes, a question every sixth shape whose "yes" skips
 * ahead, every connector labelled where it leaves a question. The drawing is built once per size;
 * each run reads it from its bytes to the mapped process, as {@code flowbook convert} does.
 */
public final class CaptureBench {
  private static final int LANES = 4;
  private static final int LANE_HEIGHT = 160;

  private CaptureBench() {}

  /**
   * One measured size.
   *
   * @param shapes the drawing's shapes (steps and questions)
   * @param connectors its connectors
   * @param kib the size of the drawing
   * @param medianMs the median time of the measured runs
   * @param steps the work steps the import found (a check that the whole drawing was read)
   */
  public record Row(int shapes, int connectors, long kib, double medianMs, int steps) {}

  /** Runs every size {@code runs} times after one warm-up run and returns the medians. */
  public static List<Row> run(int[] sizes, int runs) {
    List<Row> rows = new ArrayList<>();
    for (int n : sizes) {
      Drawing d = drawing(n);
      BpmnImport warm = read(d.xml());
      double[] ms = new double[runs];
      for (int i = 0; i < runs; i++) {
        long t0 = System.nanoTime();
        read(d.xml());
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(ms);
      int steps =
          warm.processes().isEmpty()
              ? 0
              : (int) warm.processes().get(0).steps().stream().filter(s -> s.isWork()).count();
      rows.add(new Row(n, d.connectors(), (d.xml().length + 1023) / 1024, ms[runs / 2], steps));
    }
    return rows;
  }

  private static BpmnImport read(byte[] xml) {
    return Capture.read(
        new ByteArrayInputStream(xml), "bench.drawio", Capture.Format.DRAWIO, "Bench");
  }

  /** A generated drawing and how many connectors it has. */
  public record Drawing(byte[] xml, int connectors) {}

  /** A flowchart of {@code n} shapes as draw.io writes it (uncompressed). */
  public static Drawing drawing(int n) {
    StringBuilder s = new StringBuilder(n * 400);
    s.append("<mxfile><diagram id=\"bench\" name=\"Bench\"><mxGraphModel><root>")
        .append("<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>");
    int width = n * 140 + 200;
    for (int l = 0; l < LANES; l++) {
      s.append("<mxCell id=\"lane")
          .append(l)
          .append("\" value=\"Roll ")
          .append(l + 1)
          .append("\" style=\"swimlane;horizontal=0;\" vertex=\"1\" parent=\"1\">")
          .append("<mxGeometry x=\"0\" y=\"")
          .append(l * LANE_HEIGHT)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"")
          .append(LANE_HEIGHT)
          .append("\" as=\"geometry\"/></mxCell>");
    }
    int connectors = 0;
    for (int i = 0; i < n; i++) {
      boolean question = i % 6 == 5 && i + 2 < n;
      int lane = (i / 3) % LANES;
      s.append("<mxCell id=\"v")
          .append(i)
          .append("\" value=\"")
          .append(question ? "Godkänt " + i + "?" : "Steg " + i)
          .append("\" style=\"")
          .append(question ? "rhombus;whiteSpace=wrap;" : "rounded=1;whiteSpace=wrap;")
          .append("\" vertex=\"1\" parent=\"lane")
          .append(lane)
          .append("\"><mxGeometry x=\"")
          .append(60 + i * 140)
          .append("\" y=\"40\" width=\"100\" height=\"60\" as=\"geometry\"/></mxCell>");
      if (i > 0) {
        connectors++;
        edge(s, "e" + i, i - 1, i, (i - 1) % 6 == 5 && i + 1 < n ? "nej" : "");
      }
      if (question) {
        connectors++;
        edge(s, "y" + i, i, i + 2, "ja");
      }
    }
    s.append("</root></mxGraphModel></diagram></mxfile>");
    return new Drawing(s.toString().getBytes(StandardCharsets.UTF_8), connectors);
  }

  private static void edge(StringBuilder s, String id, int from, int to, String label) {
    s.append("<mxCell id=\"")
        .append(id)
        .append("\" value=\"")
        .append(label)
        .append("\" style=\"edgeStyle=orthogonalEdgeStyle;\" edge=\"1\" parent=\"1\" source=\"v")
        .append(from)
        .append("\" target=\"v")
        .append(to)
        .append("\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>");
  }
}
