package org.flowbook.capture.table;

import java.util.List;

/**
 * A sheet of text cells as read from a CSV or Excel file: the header row and the rows below it,
 * each with the line (CSV) or row number (Excel) it came from, for located problems.
 */
record Table(List<String> header, int headerLine, List<Row> rows) {
  Table {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  record Row(int line, List<String> cells) {
    Row {
      cells = List.copyOf(cells);
    }

    String cell(int column) {
      return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
    }

    boolean blank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }
}
