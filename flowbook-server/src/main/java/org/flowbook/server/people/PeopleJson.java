package org.flowbook.server.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.flowbook.model.Person;
import org.flowbook.model.RoleShare;
import org.flowbook.repository.acknowledge.Acknowledgement;
import org.flowbook.repository.people.PersonExport;
import org.flowbook.repository.people.StoredAbsence;
import org.flowbook.repository.training.SignOff;
import org.flowbook.repository.users.User;
import org.flowbook.server.http.InputError;

/** People and absences as JSON, and the checked inputs of the people pages and API. */
public final class PeopleJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The longest name or other text field accepted. */
  private static final int MAX_TEXT = 200;

  private PeopleJson() {}

  /** Everything stored about a person, as the JSON an export answers (docs/json.md). */
  public static String exportJson(PersonExport e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("kind", "flowbook-person-export");
    o.set("person", person(e.person()));
    o.put("declaredIn", e.declaredIn());
    ArrayNode abs = o.putArray("absences");
    e.absences().forEach(a -> abs.add(absence(a)));
    if (e.account().isPresent()) {
      User u = e.account().get();
      ObjectNode acc = o.putObject("account");
      acc.put("username", u.username());
      acc.put("displayName", u.displayName());
      acc.put("access", u.access().code());
      acc.put("createdAt", u.createdAt().toString());
      acc.put("active", u.active());
    } else {
      o.putNull("account");
    }
    ArrayNode signOffs = o.putArray("trainingSignOffs");
    for (SignOff t : e.trainingSignOffs()) {
      ObjectNode n = signOffs.addObject();
      n.put("process", t.processId());
      n.put("step", t.stepId());
      n.put("version", t.version());
      n.put("trainedOn", t.trainedOn().toString());
      n.put("validMonths", t.validMonths());
      n.put("trainer", t.trainer());
      n.put("recordedAt", t.recordedAt().toString());
    }
    ArrayNode tasks = o.putArray("acknowledgements");
    for (Acknowledgement a : e.acknowledgements()) {
      ObjectNode n = tasks.addObject();
      n.put("process", a.processId());
      n.put("version", a.version());
      n.put("email", a.email());
      ArrayNode roles = n.putArray("roles");
      a.roles().forEach(roles::add);
      ArrayNode steps = n.putArray("steps");
      a.steps().forEach(steps::add);
      n.put("due", a.due() == null ? null : a.due().toString());
      n.put("acknowledgedAt", a.acknowledgedAt() == null ? null : a.acknowledgedAt().toString());
      n.put("acknowledgedBy", a.acknowledgedBy());
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  public static ObjectNode person(Person p) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("name", p.name());
    o.put("email", p.email());
    ArrayNode roles = o.putArray("roles");
    for (RoleShare r : p.roles()) {
      roles.addObject().put("role", r.role()).put("share", r.share());
    }
    o.put("workingTime", p.workingTime());
    ArrayNode by = o.putArray("coveredBy");
    p.coveredBy().forEach(by::add);
    return o;
  }

  public static ObjectNode absence(StoredAbsence a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("person", a.person());
    o.put("from", a.from().toString());
    o.put("to", a.to().toString());
    o.put("createdAt", a.createdAt().toString());
    o.put("createdBy", a.createdBy());
    return o;
  }

  public static String field(JsonNode body, String name) {
    JsonNode n = body.get(name);
    if (n == null || !n.isTextual()) {
      throw InputError.badRequest("input.absence");
    }
    return n.textValue();
  }

  /** A name from a form or body: present and at most 200 characters. */
  public static String text(String s) {
    if (s == null || s.isBlank() || s.length() > MAX_TEXT) {
      throw InputError.badRequest("input.absence");
    }
    return s.strip();
  }

  /** A date {@code YYYY-MM-DD}, else a 400. */
  public static LocalDate day(String s) {
    try {
      return LocalDate.parse(s == null ? "" : s.strip());
    } catch (RuntimeException e) {
      throw InputError.badRequest("input.date");
    }
  }

  /** An absence number from a path, else a 400. */
  public static long id(String s) {
    try {
      long n = Long.parseLong(s == null ? "" : s.strip());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw InputError.badRequest("input.absence-id");
    }
  }
}
