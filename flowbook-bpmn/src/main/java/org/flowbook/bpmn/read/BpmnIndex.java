package org.flowbook.bpmn.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.model.Problem;

/**
 * Every element of a BPMN document by id, and the parent of every element: the lookups the mapper
 * needs to follow references. Duplicate ids (some tools write them) keep the first element and are
 * reported.
 */
public final class BpmnIndex {
  private final XmlNode root;
  private final Map<String, XmlNode> byId = new HashMap<>();
  private final Map<XmlNode, XmlNode> parents = new IdentityHashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  public BpmnIndex(XmlNode root, Locations at) {
    this.root = root;
    root.descendants()
        .forEach(
            n -> {
              for (XmlNode c : n.children()) {
                parents.put(c, n);
              }
              String id = n.id();
              if (!id.isEmpty() && n.namespace().equals(Ns.MODEL)) {
                XmlNode earlier = byId.putIfAbsent(id, n);
                if (earlier != null) {
                  problems.add(
                      Problem.warning(
                          "duplicate-id",
                          "id '"
                              + id
                              + "' is used twice (first on line "
                              + earlier.line()
                              + "); the"
                              + " second "
                              + n.name()
                              + " is only read where it is nested",
                          "the tool that wrote the file broke the rule that ids are unique;"
                              + " re-export it or rename one",
                          at.of(n)));
                }
              }
            });
  }

  public XmlNode root() {
    return root;
  }

  public Optional<XmlNode> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Optional<XmlNode> parent(XmlNode node) {
    return Optional.ofNullable(parents.get(node));
  }

  /** Problems found while indexing (duplicate ids). */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }
}
