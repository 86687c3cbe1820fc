package org.flowbook.bpmn;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.model.Collaboration;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;

/**
 * What a BPMN file became: its processes with the roles, documents and collaboration they need, the
 * author's drawing of each process, which BPMN element each step came from, and every problem
 * found. Errors mean the file is broken; warnings list what the model could not hold.
 *
 * @param workspace the processes (one per pool, plus one per embedded sub-process) and an
 *     organization fragment declaring the roles (one per lane) and documents (data objects)
 * @param collaboration the pools and the message flows between them
 * @param layouts the file's own drawing (DI) of each process, by process id; absent without DI
 * @param bpmnIds for each process id, the BPMN id of each step id
 */
public record BpmnImport(
    Workspace workspace,
    Collaboration collaboration,
    Map<String, DiagramLayout> layouts,
    Map<String, Map<String, String>> bpmnIds,
    List<Problem> problems) {

  public BpmnImport {
    layouts = Map.copyOf(layouts);
    bpmnIds = Map.copyOf(bpmnIds);
    problems = List.copyOf(problems);
  }

  /** The result of a file that could not be read at all. */
  public static BpmnImport failed(List<Problem> problems) {
    return new BpmnImport(
        new Workspace(Organization.empty(), List.of()),
        new Collaboration("", List.of(), List.of()),
        Map.of(),
        Map.of(),
        problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public List<Process> processes() {
    return workspace.processes();
  }

  public Organization organization() {
    return workspace.organization();
  }

  /** The main process: the first pool's, else the first process. */
  public Optional<Process> mainProcess() {
    return collaboration.participants().stream()
        .filter(p -> !p.isBlackBox())
        .findFirst()
        .flatMap(p -> workspace.process(p.processId()))
        .or(() -> processes().stream().findFirst());
  }

  public Optional<DiagramLayout> layout(String processId) {
    return Optional.ofNullable(layouts.get(processId));
  }

  /** The BPMN id a step came from, for messages that must name the element in the file. */
  public Optional<String> bpmnId(String processId, String stepId) {
    return Optional.ofNullable(bpmnIds.getOrDefault(processId, Map.of()).get(stepId));
  }
}
