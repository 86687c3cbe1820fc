package org.flowbook.bpmn.read;

import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.model.SourceLocation;

/** Turns an element into the source location of a problem: the file, line and column. */
public record Locations(String fileName) {
  public SourceLocation of(XmlNode node) {
    return SourceLocation.of(fileName, node.line(), node.column());
  }

  public SourceLocation wholeFile() {
    return SourceLocation.file(fileName);
  }
}
