package org.flowbook.handbook;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the HTML tests can check without the W3C validator (not available offline): the document
 * parses as XML, headings follow each other without skipping a level, ids are unique and every
 * internal link has a target.
 */
final class Xhtml {
  private Xhtml() {}

  /** Parses with a hardened parser: no external entities, no external DTD. */
  static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  /** The heading levels (1–6) in document order. */
  static List<Integer> headingLevels(Document doc) {
    List<Integer> levels = new ArrayList<>();
    walk(
        doc.getDocumentElement(),
        e -> {
          String n = e.getLocalName();
          if (n.length() == 2 && n.charAt(0) == 'h' && Character.isDigit(n.charAt(1))) {
            levels.add(n.charAt(1) - '0');
          }
        });
    return levels;
  }

  static List<String> ids(Document doc) {
    List<String> ids = new ArrayList<>();
    walk(
        doc.getDocumentElement(),
        e -> {
          if (e.hasAttribute("id")) {
            ids.add(e.getAttribute("id"));
          }
        });
    return ids;
  }

  /** The targets of every {@code href="#..."} in the HTML (not inside SVG pictures' own refs). */
  static Set<String> internalLinks(Document doc) {
    Set<String> out = new HashSet<>();
    walk(
        doc.getDocumentElement(),
        e -> {
          String href = e.getAttribute("href");
          if (href.startsWith("#")) {
            out.add(href.substring(1));
          }
        });
    return out;
  }

  static List<Element> elements(Document doc, String localName) {
    List<Element> out = new ArrayList<>();
    walk(
        doc.getDocumentElement(),
        e -> {
          if (e.getLocalName().equals(localName)) {
            out.add(e);
          }
        });
    return out;
  }

  private static void walk(Element e, java.util.function.Consumer<Element> visit) {
    visit.accept(e);
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node n = children.item(i);
      if (n instanceof Element child) {
        walk(child, visit);
      }
    }
  }
}
