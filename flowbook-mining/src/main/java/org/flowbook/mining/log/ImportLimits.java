package org.flowbook.mining.log;

/**
 * Bounds that keep a hostile or broken file from exhausting memory or time: the decompressed size,
 * the compression ratio (a decompression bomb inflates thousands of times), the length of one XML
 * tag, text or CSV field, and how many bad rows are reported in full.
 *
 * @param maxBytes most bytes read after decompression
 * @param maxRatio most decompressed bytes per compressed byte once {@code ratioGraceBytes} are read
 *     (0 = no ratio check); real XES compresses 10–30 times
 * @param ratioGraceBytes decompressed bytes read before the ratio is checked
 * @param maxValueBytes longest XML tag, text or CSV field in bytes
 * @param problemsShown bad rows reported in full before they are only counted
 */
public record ImportLimits(
    long maxBytes, int maxRatio, long ratioGraceBytes, int maxValueBytes, int problemsShown) {

  /** 8 GiB, ratio 200 after 16 MiB, 1 MiB per value, 10 problems shown. */
  public static final ImportLimits DEFAULT =
      new ImportLimits(8L << 30, 200, 16L << 20, 1 << 20, 10);

  public ImportLimits {
    if (maxBytes <= 0 || maxRatio < 0 || ratioGraceBytes < 0 || maxValueBytes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (problemsShown < 0) {
      throw new IllegalArgumentException("problemsShown must be >= 0");
    }
  }

  /** These limits with an explicit size cap, which also turns off the ratio check. */
  public ImportLimits withMaxBytes(long bytes) {
    return new ImportLimits(bytes, 0, ratioGraceBytes, maxValueBytes, problemsShown);
  }

  public ImportLimits withMaxValueBytes(int bytes) {
    return new ImportLimits(maxBytes, maxRatio, ratioGraceBytes, bytes, problemsShown);
  }

  public ImportLimits withRatio(int ratio, long graceBytes) {
    return new ImportLimits(maxBytes, ratio, graceBytes, maxValueBytes, problemsShown);
  }
}
