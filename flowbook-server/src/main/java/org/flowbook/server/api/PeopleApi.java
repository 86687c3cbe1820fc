package org.flowbook.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import org.flowbook.people.report.CoverageJson;
import org.flowbook.repository.Library;
import org.flowbook.repository.people.StoredAbsence;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.http.MediaTypes;
import org.flowbook.server.people.PeopleJson;
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
    library.organization().people().forEach(p -> a.add(PeopleJson.person(p)));
    ctx.json(a);
  }

  private void absences(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    ArrayNode a = MAPPER.createArrayNode();
    library.people().absencesVisibleTo(u).forEach(x -> a.add(PeopleJson.absence(x)));
    ctx.json(a);
  }

  private void add(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    JsonNode body = ApiRoutes.Body.parse(ctx.bodyAsBytes());
    StoredAbsence a =
        library
            .people()
            .addAbsence(
                u,
                PeopleJson.text(PeopleJson.field(body, "person")),
                PeopleJson.day(PeopleJson.field(body, "from")),
                PeopleJson.day(PeopleJson.field(body, "to")));
    ctx.status(HttpStatus.CREATED).json(PeopleJson.absence(a));
  }

  private void remove(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    library.people().removeAbsence(u, PeopleJson.id(ctx.pathParam("n")));
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
        .result(PeopleJson.exportJson(library.exportPerson(admin, ctx.pathParam("person"))));
  }

  private void erase(Context ctx) {
    User admin = Auth.require(ctx, AccessRole.ADMIN);
    library.people().erase(admin, ctx.pathParam("person"));
    ctx.status(HttpStatus.NO_CONTENT);
  }
}
