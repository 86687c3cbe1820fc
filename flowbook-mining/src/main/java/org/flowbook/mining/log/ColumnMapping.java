package org.flowbook.mining.log;

/**
 * Which CSV columns hold the case id, activity, timestamp, resource and lifecycle transition, by
 * header name (case-insensitive) or 1-based number; an empty string means "detect it".
 */
public record ColumnMapping(
    String caseId, String activity, String timestamp, String resource, String lifecycle) {

  /** Detect every column from the header. */
  public static final ColumnMapping DETECT = new ColumnMapping("", "", "", "", "");

  public ColumnMapping {
    caseId = blankToEmpty(caseId);
    activity = blankToEmpty(activity);
    timestamp = blankToEmpty(timestamp);
    resource = blankToEmpty(resource);
    lifecycle = blankToEmpty(lifecycle);
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
