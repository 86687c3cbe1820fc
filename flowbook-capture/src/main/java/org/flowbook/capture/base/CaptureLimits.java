package org.flowbook.capture.base;

/**
 * How much a capture reader accepts before it stops with a clear error: far above a real drawing or
 * step list (the largest templates have a few hundred cells), far below what would exhaust memory.
 *
 * @param maxBytes the largest file, and the largest decompressed page or archive entry, in bytes
 * @param maxElements the most cells (shapes and connectors) on a page, or rows in a list
 * @param maxPages the most pages in one draw.io file
 */
public record CaptureLimits(long maxBytes, int maxElements, int maxPages) {
  public static final CaptureLimits DEFAULT = new CaptureLimits(32L * 1024 * 1024, 50_000, 200);

  public CaptureLimits {
    if (maxBytes <= 0 || maxElements <= 0 || maxPages <= 0) {
      throw new IllegalArgumentException("capture limits must be positive");
    }
  }
}
