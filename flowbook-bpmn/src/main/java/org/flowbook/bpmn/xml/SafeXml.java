package org.flowbook.bpmn.xml;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * The one place where XML parsers are created, all hardened the same way: no DTDs, no external
 * entities or schemas fetched by the document, no entity expansion. A BPMN file never needs any of
 * these, and each is a known way to read local files (XXE) or exhaust memory (billion laughs).
 */
public final class SafeXml {
  private SafeXml() {}

  /** A StAX input factory of the JDK's own implementation that refuses DTDs and entities. */
  public static XMLInputFactory inputFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXMLResolver(
        (publicId, systemId, base, namespace) -> {
          throw new XMLStreamException("external entity refused: " + systemId);
        });
    return f;
  }

  /**
   * A schema factory for validating our own output: schemas may include their sibling files
   * (BPMN20.xsd includes Semantic.xsd) but documents may not pull in DTDs or remote schemas.
   */
  public static SchemaFactory schemaFactory() {
    SchemaFactory f = SchemaFactory.newDefaultInstance();
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      throw new IllegalStateException("the JDK's XML schema factory cannot be hardened", e);
    }
    return f;
  }

  private static void trySet(XMLInputFactory f, String property, Object value) {
    if (f.isPropertySupported(property)) {
      f.setProperty(property, value);
    }
  }
}
