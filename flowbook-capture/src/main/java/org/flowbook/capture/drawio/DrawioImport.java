package org.flowbook.capture.drawio;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.bpmn.map.BpmnImporter;
import org.flowbook.capture.base.BpmnTree;
import org.flowbook.capture.base.CaptureLimits;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Imports a draw.io / diagrams.net flowchart: every page with a flow becomes a process (its pool's
 * or page's name is the title), swimlanes become roles, rhombuses decisions, ellipses and
 * terminators start and end, connectors the flow with their labels as branch labels. The mapping to
 * steps and the numbering are the BPMN importer's, so a drawing and a BPMN file of the same process
 * give the same {@code .flow}.
 */
public final class DrawioImport {
  private final CaptureLimits limits;

  public DrawioImport(CaptureLimits limits) {
    this.limits = limits;
  }

  public DrawioImport() {
    this(CaptureLimits.DEFAULT);
  }

  /**
   * Reads and maps a file; closes the stream.
   *
   * @param file the name to put in problem locations
   * @param baseTitle the title of a page that names no pool and keeps its default name (usually the
   *     file's name)
   */
  public BpmnImport read(InputStream input, String file, String baseTitle) {
    DrawioReader.Result read = new DrawioReader(limits).read(input, file);
    if (read.failed()) {
      return BpmnImport.failed(read.problems());
    }
    return map(read.pages(), read.problems(), file, baseTitle);
  }

  /**
   * Maps pages of cells, read from draw.io or made from another drawing tool's shapes (Visio), to
   * processes; {@code earlier} are the reader's findings.
   */
  public BpmnImport map(
      List<DrawioPage> pagesRead, List<Problem> earlier, String file, String baseTitle) {
    List<Problem> findings = new ArrayList<>(earlier);
    BpmnTree tree = new BpmnTree();
    int mapped = 0;
    int pageNo = 0;
    int pages = pagesRead.size();
    for (DrawioPage page : pagesRead) {
      pageNo++;
      String fallback = pages == 1 ? baseTitle : baseTitle + " " + pageNo;
      var counts = new PageMapper(page, file, findings).map(tree, "P_" + pageNo, fallback);
      if (counts.isPresent()) {
        mapped++;
      } else {
        findings.add(
            Problem.warning(
                "drawio-no-flow",
                "page '" + page.name() + "' has no shapes of a flow and is left out",
                "a flowchart page has steps joined by connectors",
                SourceLocation.of(file, page.line(), page.column())));
      }
    }
    if (mapped == 0) {
      findings.add(
          Problem.error(
              "drawio-no-flow",
              "no page of the file holds a flowchart",
              "draw steps and connect them, or check that this is the right file",
              SourceLocation.file(file)));
      return BpmnImport.failed(findings);
    }
    BpmnImport mappedImport = new BpmnImporter().map(tree.definitions(1, 1), file);
    List<Problem> all = new ArrayList<>(findings);
    all.addAll(mappedImport.problems());
    return new BpmnImport(
        mappedImport.workspace(),
        mappedImport.collaboration(),
        mappedImport.layouts(),
        mappedImport.bpmnIds(),
        all);
  }
}
