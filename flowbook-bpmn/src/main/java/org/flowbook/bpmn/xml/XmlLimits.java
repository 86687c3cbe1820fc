package org.flowbook.bpmn.xml;

/**
 * How much XML a reader accepts before it gives up: hostile or broken files must end with a clear
 * error, not exhaust memory. The defaults are far above any real process model (the largest MIWG
 * file has about 2,000 elements and 300 KB).
 *
 * @param maxBytes the largest input in bytes
 * @param maxElements the most elements in one document
 * @param maxDepth the deepest element nesting
 * @param maxAttributes the most attributes on one element
 * @param maxTextLength the longest text content of one element, in characters
 */
public record XmlLimits(
    long maxBytes, int maxElements, int maxDepth, int maxAttributes, int maxTextLength) {

  public static final XmlLimits DEFAULT =
      new XmlLimits(64L * 1024 * 1024, 200_000, 256, 256, 4 * 1024 * 1024);

  public XmlLimits {
    if (maxBytes <= 0 || maxElements <= 0 || maxDepth <= 0 || maxAttributes <= 0) {
      throw new IllegalArgumentException("XML limits must be positive");
    }
    if (maxTextLength <= 0) {
      throw new IllegalArgumentException("XML limits must be positive");
    }
  }

  public XmlLimits withMaxBytes(long bytes) {
    return new XmlLimits(bytes, maxElements, maxDepth, maxAttributes, maxTextLength);
  }
}
