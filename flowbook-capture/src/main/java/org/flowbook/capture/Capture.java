package org.flowbook.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.capture.drawio.DrawioImport;
import org.flowbook.capture.table.OutlineImport;
import org.flowbook.capture.table.StepListImport;
import org.flowbook.capture.visio.VsdxImport;

/**
 * The one entry to capture: reads a drawing or a step list into processes, by the file's kind.
 * Every reader maps through the BPMN importer, then joins each step with the question drawn after
 * it ({@link DecisionMerge}).
 */
public final class Capture {
  private Capture() {}

  /** The kinds of file capture reads. */
  public enum Format {
    DRAWIO,
    CSV,
    XLSX,
    VSDX,
    /** Interview notes: a numbered list in a text file. */
    NOTES
  }

  /**
   * The kind of {@code file}, by its name: {@code .drawio}, {@code .csv}, {@code .xlsx}, notes in
   * {@code .txt} or {@code .md}; a {@code .xml} file only when it starts like a draw.io file (BPMN
   * is also saved as .xml).
   */
  public static Optional<Format> formatOf(Path file) {
    String name =
        file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".drawio") || name.endsWith(".dio")) {
      return Optional.of(Format.DRAWIO);
    }
    if (name.endsWith(".csv")) {
      return Optional.of(Format.CSV);
    }
    if (name.endsWith(".xlsx")) {
      return Optional.of(Format.XLSX);
    }
    if (name.endsWith(".vsdx")) {
      return Optional.of(Format.VSDX);
    }
    if (name.endsWith(".txt") || name.endsWith(".md")) {
      return Optional.of(Format.NOTES);
    }
    if (name.endsWith(".xml") && !name.endsWith(".bpmn20.xml") && startsLikeDrawio(file)) {
      return Optional.of(Format.DRAWIO);
    }
    return Optional.empty();
  }

  /**
   * The kind of an uploaded file, by its name and, for {@code .xml}, its first bytes (as {@link
   * #formatOf} does for a file on disk).
   */
  public static Optional<Format> formatOfUpload(String name, byte[] content) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xml")) {
      String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
      boolean drawio =
          !lower.endsWith(".bpmn20.xml")
              && (head.contains("<mxfile") || head.contains("<mxGraphModel"));
      return drawio ? Optional.of(Format.DRAWIO) : Optional.empty();
    }
    return formatOf(Path.of(lower.replaceAll("[\\p{Cntrl}/\\\\]", "_")));
  }

  private static boolean startsLikeDrawio(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
      return head.contains("<mxfile") || head.contains("<mxGraphModel");
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads a file of a kind {@link #formatOf} knows; problems name it as given. */
  public static BpmnImport read(Path file, Format format) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), format, titleOf(file));
    }
  }

  /**
   * Reads a drawing or list from a stream (closed when done).
   *
   * @param title the process title when the file names none (usually from the file name)
   */
  public static BpmnImport read(InputStream in, String name, Format format, String title) {
    BpmnImport imported =
        switch (format) {
          case DRAWIO -> new DrawioImport().read(in, name, title);
          case CSV -> new StepListImport().read(in, name, StepListImport.Format.CSV, title);
          case XLSX -> new StepListImport().read(in, name, StepListImport.Format.XLSX, title);
          case NOTES -> new OutlineImport().read(in, name, title);
          case VSDX -> new VsdxImport().read(in, name, title);
        };
    if (imported.hasErrors()) {
      return imported;
    }
    BpmnImport merged = DecisionMerge.apply(imported);
    var processes =
        merged.processes().stream().map(p -> p.withLanguage(LanguageGuess.of(p))).toList();
    return new BpmnImport(
        new org.flowbook.model.Workspace(merged.organization(), processes),
        merged.collaboration(),
        merged.layouts(),
        merged.bpmnIds(),
        merged.problems());
  }

  /** "inkop-steg.csv" → "Inkop steg": a file name as a first title, to be rewritten. */
  public static String titleOf(Path file) {
    String name = file.getFileName() == null ? "Process" : file.getFileName().toString();
    int dot = name.indexOf('.');
    String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[-_]+", " ").strip();
    if (base.isEmpty()) {
      return "Process";
    }
    return Character.toUpperCase(base.charAt(0)) + base.substring(1);
  }
}
