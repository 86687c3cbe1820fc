package org.flowbook.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed-width table of benchmark figures: each column is a header and the printf conversion of
 * its values ({@code "%7d"}, {@code "%-22s"}, {@code "%10.1f"}), whose width also aligns the
 * header, so the two lines cannot drift apart.
 */
final class BenchTable {
  private static final Pattern FLAGS_AND_WIDTH = Pattern.compile("%(-?\\d*)");

  private final List<String> headers = new ArrayList<>();
  private final List<String> conversions = new ArrayList<>();

  BenchTable column(String header, String conversion) {
    headers.add(header);
    conversions.add(conversion);
    return this;
  }

  /** The header line, without a line end. */
  String header() {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      Matcher m = FLAGS_AND_WIDTH.matcher(conversions.get(i));
      String width = m.lookingAt() ? m.group(1) : "";
      cells.add(String.format(Locale.ROOT, "%" + width + "s", headers.get(i)));
    }
    return String.join(" ", cells);
  }

  /** One row of values, in the columns' order, without a line end. */
  String row(Object... values) {
    return String.format(Locale.ROOT, String.join(" ", conversions), values);
  }
}
