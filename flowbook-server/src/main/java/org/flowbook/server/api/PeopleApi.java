package org.flowbook.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import org.flowbook.model.Person;
import org.flowbook.model.RoleShare;
import org.flowbook.people.report.CoverageJson;
import org.flowbook.repository.Library;
import org.flowbook.repository.people.PersonExport;
import org.flowbook.repository.people.StoredAbsence;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.http.InputError;
import org.flowbook.server.http.MediaTypes;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Coverage;

/**
 * The people part of the API: people, absences (each person their own, managers everyone's),
 * coverage for a period (managers), and an administrator's export and erasure of a person.
 */
public final class PeopleApi {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The longest name or other text field accepted. */
  private static final int MAX_TEXT = 200;

  private final Library library;
  private final Coverage coverage;

  public PeopleApi(Library library, Coverage coverage) {
    this.library = library;
    this.coverage = coverage;
  }

  public void register(Javalin app) {
    app.get("/api/v1/people", this::people);
    app.get("/api/v1/absences", this::absences);
    app.post("/api/v1/absences", this::add);
    app.delete("/api/v1/absences/{n}", this::remove);
    app.get("/api/v1/coverage", this::coverage);
    app.get("/api/v1/people/{person}", this::export);
    app.delete("/api/v1/people/{person}", this::erase);
  }

  private void people(Context ctx) {
    Auth.require(ctx, AccessRole.READER);
    ArrayNode a = MAPPER.createArrayNode();
    library.organization().people().forEach(p -> a.add(person(p)));
    ctx.json(a);
  }

  private void absences(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    ArrayNode a = MAPPER.createArrayNode();
    library.people().absencesVisibleTo(u).forEach(x -> a.add(absence(x)));
    ctx.json(a);
  }

  private void add(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    JsonNode body = ApiRoutes.Body.parse(ctx.bodyAsBytes());
    StoredAbsence a =
        library
            .people()
            .addAbsence(
                u, text(field(body, "person")), day(field(body, "from")), day(field(body, "to")));
    ctx.status(HttpStatus.CREATED).json(absence(a));
  }

  private void remove(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    library.people().removeAbsence(u, id(ctx.pathParam("n")));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private void coverage(Context ctx) {
    User u = Auth.require(ctx, AccessRole.APPROVER);
    Coverage.Period p =
        Coverage.period(
            ctx.queryParam("from"),
            ctx.queryParam("to"),
            LocalDate.ofInstant(library.clock().instant(), java.time.ZoneId.systemDefault()));
    ctx.contentType(MediaTypes.JSON)
        .result(CoverageJson.write(coverage.report(library.viewFor(u), p), true));
  }

  private void export(Context ctx) {
    User admin = Auth.require(ctx, AccessRole.ADMIN);
    ctx.contentType(MediaTypes.JSON)
        .result(exportJson(library.people().export(admin, ctx.pathParam("person"))));
  }

  private void erase(Context ctx) {
    User admin = Auth.require(ctx, AccessRole.ADMIN);
    library.people().erase(admin, ctx.pathParam("person"));
    ctx.status(HttpStatus.NO_CONTENT);
  }

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
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static ObjectNode person(Person p) {
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

  private static ObjectNode absence(StoredAbsence a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("person", a.person());
    o.put("from", a.from().toString());
    o.put("to", a.to().toString());
    o.put("createdAt", a.createdAt().toString());
    o.put("createdBy", a.createdBy());
    return o;
  }

  private static String field(JsonNode body, String name) {
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
