package org.flowbook.bpmn.read;

/** The namespaces of BPMN 2.0 files (OMG, 2010-05-24 versions). */
public final class Ns {
  private Ns() {}

  public static final String MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  public static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  public static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  public static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
  public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
}
