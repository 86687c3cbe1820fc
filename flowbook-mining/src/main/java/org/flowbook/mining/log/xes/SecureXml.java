package org.flowbook.mining.log.xes;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/**
 * The one place that makes StAX readers: no DTDs, no external entities, no entity expansion. A log
 * has no business declaring entities, so a document type declaration is refused outright (see
 * {@link XesReader}) rather than parsed and ignored.
 */
final class SecureXml {
  private SecureXml() {}

  static XMLInputFactory factory() {
    // The JDK's own implementation: no service lookup on the class path per call (one per part
    // of a large file), and the properties below are known to hold for it.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    // XES elements are matched by name; namespace processing only costs time.
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXMLResolver(
        (publicId, systemId, base, ns) -> {
          throw new javax.xml.stream.XMLStreamException("external resource refused: " + systemId);
        });
    return f;
  }

  private static void trySet(XMLInputFactory f, String property, Object value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException notSupported) {
      // Another StAX implementation: the properties above already refuse DTDs and entities.
    }
  }
}
