package org.flowbook.capture.drawio;

import java.util.List;

/**
 * One page (diagram) of a draw.io file.
 *
 * @param name the page's name as the user gave it ("Page-1" by default)
 * @param compressed whether the page was stored compressed: then every cell's location is the
 *     page's {@code <diagram>} element, as the cells have no lines of their own in the file
 */
public record DrawioPage(
    String name, List<MxCell> cells, boolean compressed, int line, int column) {
  public DrawioPage {
    cells = List.copyOf(cells);
  }
}
