package org.flowbook.bpmn.xsd;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.flowbook.bpmn.xml.SafeXml;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The OMG BPMN 2.0 schema, loaded from a folder holding {@code BPMN20.xsd} and the files it
 * includes, for checking that what Flowbook writes is valid. Validation is hardened like reading:
 * the checked document may not pull in DTDs or external entities.
 */
public final class BpmnSchema {
  private final Schema schema;

  private BpmnSchema(Schema schema) {
    this.schema = schema;
  }

  /**
   * Loads {@code BPMN20.xsd} from the folder (the OMG files next to it are included from there).
   */
  public static BpmnSchema load(Path folder) throws IOException {
    Path main = folder.resolve("BPMN20.xsd");
    if (!Files.isRegularFile(main)) {
      throw new IOException("no BPMN20.xsd in " + folder);
    }
    try {
      return new BpmnSchema(SafeXml.schemaFactory().newSchema(main.toFile()));
    } catch (SAXException e) {
      throw new IOException(
          "cannot load the BPMN schema from " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Every schema violation of a document, as {@code line:col: message}; empty when valid. */
  public List<String> validate(String xml) {
    List<String> problems = new ArrayList<>();
    Validator v = schema.newValidator();
    try {
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    } catch (SAXException e) {
      throw new IllegalStateException("the JDK's validator cannot be hardened", e);
    }
    v.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            // warnings do not make a file invalid
          }

          @Override
          public void error(SAXParseException e) {
            problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        });
    try {
      v.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      if (problems.isEmpty()) {
        problems.add(e.getMessage());
      }
    } catch (IOException e) {
      problems.add(e.getMessage());
    }
    return List.copyOf(problems);
  }
}
