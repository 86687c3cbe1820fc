package org.flowbook.mining.petri;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Petri net from PNML (the place/transition core model, as PM4Py and ProM write it). The
 * first net of the file is read with all its pages; a transition is invisible when its ProM
 * tool-specific element says {@code activity="$invisible$"}. The final marking comes from PM4Py's
 * {@code <finalmarkings>}; without it every place with no outgoing arc gets one token. DTDs and
 * entities are refused, and files over {@link #MAX_NODES} nodes are rejected.
 */
public final class PnmlReader {
  /** Upper bound on places + transitions + arcs, so a hostile file cannot exhaust memory. */
  public static final int MAX_NODES = 200_000;

  private final Map<String, Integer> placeIndex = new LinkedHashMap<>();
  private final List<String> places = new ArrayList<>();
  private final List<Integer> initialTokens = new ArrayList<>();
  private final List<Transition> transitions = new ArrayList<>();
  private final Map<String, Integer> transitionIndex = new LinkedHashMap<>();
  private final List<String[]> rawArcs = new ArrayList<>();
  private final List<int[]> arcPositions = new ArrayList<>();
  private final Map<String, Integer> finalTokens = new LinkedHashMap<>();
  private boolean hasFinal;
  private String name = "";

  private PnmlReader() {}

  public static PetriNet read(Path file) throws PnmlException, IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  public static PetriNet read(InputStream in) throws PnmlException {
    return new PnmlReader().parse(in);
  }

  static XMLInputFactory hardenedFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return f;
  }

  private PetriNet parse(InputStream in) throws PnmlException {
    XMLStreamReader r = null;
    try {
      r = hardenedFactory().createXMLStreamReader(in);
      walk(r);
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
      throw new PnmlException("not well-formed PNML: " + clean(e.getMessage()), line, col);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a broken stream has nothing left to report
        }
      }
    }
    return build();
  }

  private static String clean(String message) {
    int i = message.indexOf("Message: ");
    return i >= 0 ? message.substring(i + 9) : message;
  }

  private void walk(XMLStreamReader r) throws XMLStreamException, PnmlException {
    Deque<String> path = new ArrayDeque<>();
    int nets = 0;
    String currentNode = null;
    boolean currentIsPlace = false;
    String finalPlace = null;
    StringBuilder text = new StringBuilder();
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new PnmlException(
            "PNML files must not contain a DTD or entities (refused for safety)",
            r.getLocation().getLineNumber(),
            r.getLocation().getColumnNumber());
      }
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String el = r.getLocalName();
        path.push(el);
        text.setLength(0);
        if (el.equals("net")) {
          nets++;
        }
        if (nets > 1) {
          skip(r);
          path.pop();
          continue;
        }
        if (places.size() + transitions.size() + rawArcs.size() > MAX_NODES) {
          throw new PnmlException(
              "the net has more than " + MAX_NODES + " nodes and arcs; refusing to read it",
              line(r),
              0);
        }
        switch (el) {
          case "place" -> {
            if (inFinalMarking(path)) {
              finalPlace = need(r, "idref");
              hasFinal = true;
            } else {
              currentNode = need(r, "id");
              currentIsPlace = true;
              if (placeIndex.containsKey(currentNode) || transitionIndex.containsKey(currentNode)) {
                throw new PnmlException("id used twice: " + currentNode, line(r), col(r));
              }
              placeIndex.put(currentNode, places.size());
              places.add(currentNode);
              initialTokens.add(0);
            }
          }
          case "transition" -> {
            currentNode = need(r, "id");
            currentIsPlace = false;
            if (placeIndex.containsKey(currentNode) || transitionIndex.containsKey(currentNode)) {
              throw new PnmlException("id used twice: " + currentNode, line(r), col(r));
            }
            transitionIndex.put(currentNode, transitions.size());
            transitions.add(new Transition(currentNode, null));
          }
          case "arc" -> {
            rawArcs.add(new String[] {need(r, "source"), need(r, "target"), "1"});
            arcPositions.add(new int[] {line(r), col(r)});
            currentNode = null;
          }
          case "toolspecific" -> {
            if (!currentIsPlace
                && currentNode != null
                && "$invisible$".equals(r.getAttributeValue(null, "activity"))) {
              transitions.set(transitions.size() - 1, Transition.invisible(currentNode));
              currentNode = null;
            }
          }
          case "finalmarkings" -> hasFinal = true;
          default -> {}
        }
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        text.append(r.getText());
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        String el = path.pop();
        if (el.equals("text") && !path.isEmpty()) {
          onText(path, text.toString().strip(), currentNode, currentIsPlace, finalPlace, r);
        }
        if (el.equals("place") && finalPlace != null && inFinalMarking(path)) {
          finalPlace = null;
        }
        if (el.equals("place") || el.equals("transition")) {
          currentNode = null;
        }
      }
    }
    if (nets == 0) {
      throw new PnmlException("no <net> element: this is not a PNML Petri net", 0, 0);
    }
  }

  private void onText(
      Deque<String> path,
      String value,
      String node,
      boolean isPlace,
      String finalPlace,
      XMLStreamReader r)
      throws PnmlException {
    String parent = path.peek();
    String owner = path.size() > 1 ? path.toArray(String[]::new)[1] : "";
    if (parent.equals("initialMarking") && owner.equals("place") && node != null && isPlace) {
      initialTokens.set(placeIndex.get(node), count(value, r));
    } else if (parent.equals("place") && finalPlace != null) {
      finalTokens.merge(finalPlace, count(value, r), Integer::sum);
    } else if (parent.equals("name") && owner.equals("transition") && node != null && !isPlace) {
      transitions.set(transitionIndex.get(node), new Transition(node, value));
    } else if (parent.equals("inscription") && owner.equals("arc")) {
      rawArcs.get(rawArcs.size() - 1)[2] = value;
    } else if (parent.equals("name") && owner.equals("net")) {
      name = value;
    }
  }

  private static boolean inFinalMarking(Deque<String> path) {
    return path.contains("finalmarkings");
  }

  private PetriNet build() throws PnmlException {
    List<Arc> arcs = new ArrayList<>();
    for (int i = 0; i < rawArcs.size(); i++) {
      String[] a = rawArcs.get(i);
      int[] at = arcPositions.get(i);
      int weight = parseWeight(a[2], at);
      Integer sp = placeIndex.get(a[0]);
      Integer st = transitionIndex.get(a[0]);
      Integer tp = placeIndex.get(a[1]);
      Integer tt = transitionIndex.get(a[1]);
      if (sp != null && tt != null) {
        arcs.add(new Arc(sp, tt, true, weight));
      } else if (st != null && tp != null) {
        arcs.add(new Arc(tp, st, false, weight));
      } else if ((sp == null && st == null) || (tp == null && tt == null)) {
        throw new PnmlException(
            "arc from " + a[0] + " to " + a[1] + " refers to a node that does not exist",
            at[0],
            at[1]);
      } else {
        throw new PnmlException(
            "arc from " + a[0] + " to " + a[1] + " joins two nodes of the same kind", at[0], at[1]);
      }
    }
    int[] init = initialTokens.stream().mapToInt(Integer::intValue).toArray();
    int[] fin = new int[places.size()];
    if (hasFinal) {
      for (Map.Entry<String, Integer> e : finalTokens.entrySet()) {
        Integer p = placeIndex.get(e.getKey());
        if (p == null) {
          throw new PnmlException("final marking names an unknown place: " + e.getKey(), 0, 0);
        }
        fin[p] += e.getValue();
      }
    } else {
      boolean[] hasOut = new boolean[places.size()];
      for (Arc a : arcs) {
        hasOut[a.place()] |= a.toTransition();
      }
      for (int p = 0; p < fin.length; p++) {
        fin[p] = hasOut[p] ? 0 : 1;
      }
    }
    return new PetriNet(
        name, places, transitions, arcs, Marking.ofTokens(init), Marking.ofTokens(fin));
  }

  private static int parseWeight(String s, int[] at) throws PnmlException {
    try {
      int w = Integer.parseInt(s.strip());
      if (w < 1) {
        throw new NumberFormatException();
      }
      return w;
    } catch (NumberFormatException e) {
      throw new PnmlException(
          "arc weight must be a positive whole number, got '" + s + "'", at[0], at[1]);
    }
  }

  private static int count(String s, XMLStreamReader r) throws PnmlException {
    try {
      int n = Integer.parseInt(s.strip());
      if (n < 0 || n > 1_000_000) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new PnmlException(
          "token count must be a whole number 0..1000000, got '" + s + "'", line(r), col(r));
    }
  }

  private static String need(XMLStreamReader r, String attr) throws PnmlException {
    String v = r.getAttributeValue(null, attr);
    if (v == null || v.isBlank()) {
      throw new PnmlException(
          "<" + r.getLocalName() + "> needs a '" + attr + "' attribute", line(r), col(r));
    }
    return v;
  }

  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static int line(XMLStreamReader r) {
    return r.getLocation().getLineNumber();
  }

  private static int col(XMLStreamReader r) {
    return r.getLocation().getColumnNumber();
  }
}
