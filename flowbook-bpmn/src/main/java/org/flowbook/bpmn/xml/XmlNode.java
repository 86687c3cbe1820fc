package org.flowbook.bpmn.xml;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One element of a parsed XML document: an immutable tree small enough to walk freely, with the
 * line and column where the element starts so that problems can point at it.
 *
 * @param namespace the element's namespace URI, or empty
 * @param name the element's local name
 * @param attributes attributes without a namespace by local name; namespaced ones as {@code
 *     {uri}local}
 * @param text the element's own text content (concatenated, untrimmed)
 */
public record XmlNode(
    String namespace,
    String name,
    Map<String, String> attributes,
    List<XmlNode> children,
    String text,
    int line,
    int column) {

  public XmlNode {
    attributes = Map.copyOf(attributes);
    children = List.copyOf(children);
  }

  /** The value of a plain attribute, or empty when it is absent or blank. */
  public Optional<String> attribute(String localName) {
    String v = attributes.get(localName);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  /** The attribute's value, or {@code fallback}. */
  public String attribute(String localName, String fallback) {
    return attribute(localName).orElse(fallback);
  }

  /**
   * A reference attribute (IDREF or QName) with any namespace prefix removed: BPMN files write
   * {@code tns:Process_1} and {@code Process_1} for the same thing.
   */
  public Optional<String> reference(String localName) {
    return attribute(localName).map(XmlNode::localPart);
  }

  /** The id attribute, or empty. */
  public String id() {
    return attribute("id", "");
  }

  /** The direct children in a namespace with the given local name. */
  public Stream<XmlNode> children(String ns, String localName) {
    return children.stream().filter(c -> c.is(ns, localName));
  }

  public Optional<XmlNode> child(String ns, String localName) {
    return children(ns, localName).findFirst();
  }

  /** The direct children in a namespace. */
  public Stream<XmlNode> childrenIn(String ns) {
    return children.stream().filter(c -> c.namespace.equals(ns));
  }

  public boolean is(String ns, String localName) {
    return namespace.equals(ns) && name.equals(localName);
  }

  /** This element and all its descendants, depth first. */
  public Stream<XmlNode> descendants() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(XmlNode::descendants));
  }

  /** The text of the element, trimmed. */
  public String trimmedText() {
    return text.strip();
  }

  /** The local part of a QName written as {@code prefix:local}. */
  public static String localPart(String qname) {
    int colon = qname.indexOf(':');
    return colon < 0 ? qname.strip() : qname.substring(colon + 1).strip();
  }
}
