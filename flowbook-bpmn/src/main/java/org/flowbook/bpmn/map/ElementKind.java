package org.flowbook.bpmn.map;

import java.util.Map;
import java.util.Optional;
import org.flowbook.model.ActivityType;
import org.flowbook.model.DecisionKind;

/**
 * What a BPMN element inside a process or sub-process is to the importer: the explicit registry of
 * every element name it knows, so that an unknown name is an error and never a silent guess.
 */
enum ElementKind {
  TASK,
  SUB_PROCESS,
  CALL,
  GATEWAY,
  PARALLEL,
  START,
  END,
  INTERMEDIATE_CATCH,
  INTERMEDIATE_THROW,
  BOUNDARY,
  SEQUENCE_FLOW,
  DATA,
  ANNOTATION,
  ASSOCIATION,
  GROUP,
  /** Known, visible BPMN the model has no place for: reported as a warning. */
  UNSUPPORTED,
  /** Structure read elsewhere or with no meaning for the model (lane sets, documentation). */
  SKIP;

  private static final Map<String, ElementKind> BY_NAME =
      Map.ofEntries(
          Map.entry("task", TASK),
          Map.entry("userTask", TASK),
          Map.entry("manualTask", TASK),
          Map.entry("serviceTask", TASK),
          Map.entry("sendTask", TASK),
          Map.entry("receiveTask", TASK),
          Map.entry("scriptTask", TASK),
          Map.entry("businessRuleTask", TASK),
          Map.entry("subProcess", SUB_PROCESS),
          Map.entry("transaction", SUB_PROCESS),
          Map.entry("adHocSubProcess", SUB_PROCESS),
          Map.entry("callActivity", CALL),
          Map.entry("exclusiveGateway", GATEWAY),
          Map.entry("inclusiveGateway", GATEWAY),
          Map.entry("eventBasedGateway", GATEWAY),
          Map.entry("complexGateway", GATEWAY),
          Map.entry("parallelGateway", PARALLEL),
          Map.entry("startEvent", START),
          Map.entry("endEvent", END),
          Map.entry("intermediateCatchEvent", INTERMEDIATE_CATCH),
          Map.entry("intermediateThrowEvent", INTERMEDIATE_THROW),
          Map.entry("implicitThrowEvent", INTERMEDIATE_THROW),
          Map.entry("boundaryEvent", BOUNDARY),
          Map.entry("sequenceFlow", SEQUENCE_FLOW),
          Map.entry("dataObject", DATA),
          Map.entry("dataObjectReference", DATA),
          Map.entry("dataStoreReference", DATA),
          Map.entry("dataInput", DATA),
          Map.entry("dataOutput", DATA),
          Map.entry("textAnnotation", ANNOTATION),
          Map.entry("association", ASSOCIATION),
          Map.entry("dataAssociation", SKIP),
          Map.entry("group", GROUP),
          Map.entry("category", SKIP),
          Map.entry("laneSet", SKIP),
          Map.entry("documentation", SKIP),
          Map.entry("extensionElements", SKIP),
          Map.entry("ioSpecification", SKIP),
          Map.entry("ioBinding", SKIP),
          Map.entry("property", SKIP),
          Map.entry("auditing", SKIP),
          Map.entry("monitoring", SKIP),
          Map.entry("supports", SKIP),
          Map.entry("incoming", SKIP),
          Map.entry("outgoing", SKIP),
          Map.entry("correlationSubscription", SKIP),
          Map.entry("resourceRole", SKIP),
          Map.entry("performer", SKIP),
          Map.entry("humanPerformer", SKIP),
          Map.entry("potentialOwner", SKIP),
          Map.entry("standardLoopCharacteristics", SKIP),
          Map.entry("multiInstanceLoopCharacteristics", SKIP),
          Map.entry("callChoreography", UNSUPPORTED),
          Map.entry("choreographyTask", UNSUPPORTED),
          Map.entry("subChoreography", UNSUPPORTED));

  /** The kind of a BPMN element by its local name; empty for a name BPMN 2.0 does not have. */
  static Optional<ElementKind> of(String localName) {
    return Optional.ofNullable(BY_NAME.get(localName));
  }

  static ActivityType activityType(String localName) {
    return switch (localName) {
      case "userTask" -> ActivityType.USER;
      case "manualTask" -> ActivityType.MANUAL;
      case "serviceTask" -> ActivityType.SERVICE;
      case "sendTask" -> ActivityType.SEND;
      case "receiveTask" -> ActivityType.RECEIVE;
      case "scriptTask" -> ActivityType.SCRIPT;
      case "businessRuleTask" -> ActivityType.BUSINESS_RULE;
      case "subProcess", "transaction", "adHocSubProcess" -> ActivityType.SUB_PROCESS;
      default -> ActivityType.TASK;
    };
  }

  static DecisionKind decisionKind(String localName) {
    return switch (localName) {
      case "inclusiveGateway", "complexGateway" -> DecisionKind.INCLUSIVE;
      case "eventBasedGateway" -> DecisionKind.EVENT_BASED;
      default -> DecisionKind.EXCLUSIVE;
    };
  }
}
