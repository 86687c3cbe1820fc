package org.flowbook.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flowbook.model.Status;
import org.flowbook.repository.acknowledge.Acknowledgement;
import org.flowbook.repository.acknowledge.Acknowledgements;
import org.flowbook.repository.acknowledge.AffectedPerson;
import org.flowbook.repository.acknowledge.Publication;
import org.flowbook.repository.comments.StepAnchor;
import org.flowbook.repository.comments.StepComment;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.transfer.WorkspaceImporter;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.Test;

/**
 * Comments and read-and-acknowledge on every database the library runs on (H2 and PostgreSQL): what
 * is stored comes back, a publication and its tasks are one transaction, and many people confirming
 * at once lose no confirmation.
 */
interface AcknowledgementContract {
  Library freshLibrary();

  private Library loadedForAck() {
    Library lib = freshLibrary();
    WorkspaceImporter.importPath(lib, Library.SYSTEM, LibraryContract.workspace());
    return lib;
  }

  private static User user(Library lib, String name, AccessRole role) {
    return lib.users()
        .create(Library.SYSTEM.username(), name, name, role, "secret-password-" + name);
  }

  /** Saves a changed text of purchase-approval and sends it to review; returns the version. */
  private static int inReview(Library lib, User author, String from, String to) {
    String source = lib.current("purchase-approval").orElseThrow().source();
    assertThat(source).contains(from);
    int base = lib.processes().summary("purchase-approval").orElseThrow().latestVersion();
    SaveResult r =
        lib.processes().save(author, "purchase-approval", base, source.replace(from, to), "ändrat");
    int v = ((SaveResult.Saved) r).version().version();
    lib.processes().submit(author, "purchase-approval", v);
    return v;
  }

  @Test
  default void aPublicationAndItsTasksAreStoredTogether() {
    try (Library lib = loadedForAck()) {
      User eva = user(lib, "eva", AccessRole.AUTHOR);
      User karl = user(lib, "karl", AccessRole.APPROVER);
      int v = inReview(lib, eva, "Lägg beställning", "Lägg beställningen");
      List<AffectedPerson> people =
          List.of(
              new AffectedPerson("ines", "Ines", "ines@x.se", List.of("Inköpare"), List.of("4")),
              new AffectedPerson("olle", "Olle", "", List.of("Inköpare"), List.of("4")));
      LocalDate due = LocalDate.of(2025, 6, 30);
      lib.acknowledgements()
          .publish(karl, "purchase-approval", v, new Acknowledgements.Request(true, due), people);

      assertThat(lib.processes().summary("purchase-approval").orElseThrow().publishedVersion())
          .isEqualTo(v);
      Publication p = lib.acknowledgements().publication("purchase-approval", v).orElseThrow();
      assertThat(p.ackRequired()).isTrue();
      assertThat(p.due()).isEqualTo(due);
      assertThat(p.previousVersion()).isEqualTo(1);
      assertThat(p.publishedBy()).isEqualTo("karl");
      List<Acknowledgement> tasks = lib.acknowledgements().of("purchase-approval", v);
      assertThat(tasks).extracting(Acknowledgement::personName).containsExactly("Ines", "Olle");
      assertThat(tasks.get(0).steps()).containsExactly("4");
      assertThat(tasks.get(0).due()).isEqualTo(due);
      assertThat(tasks).noneMatch(Acknowledgement::isDone);

      Acknowledgement done =
          lib.acknowledgements().acknowledge(eva, "purchase-approval", v, "ines");
      assertThat(done.isDone()).isTrue();
      assertThat(done.acknowledgedBy()).isEqualTo("eva");
      // Twice is once.
      lib.acknowledgements().acknowledge(eva, "purchase-approval", v, "ines");
      assertThat(lib.audit().latest(50, 0))
          .filteredOn(e -> e.action().equals("acknowledge"))
          .hasSize(1);
      assertThat(lib.audit().latest(50, 0)).anyMatch(e -> e.action().equals("ack-required"));
      assertThat(lib.acknowledgements().ofPerson("ines")).hasSize(1);
      assertThatThrownBy(
              () -> lib.acknowledgements().acknowledge(eva, "purchase-approval", v, "nobody"))
          .isInstanceOf(LibraryException.class);
    }
  }

  @Test
  default void aRefusedPublicationStoresNoTasks() {
    try (Library lib = loadedForAck()) {
      User eva = user(lib, "eva", AccessRole.AUTHOR);
      User karl = user(lib, "karl", AccessRole.APPROVER);
      int v = inReview(lib, eva, "Lägg beställning", "Lägg beställningen");
      List<AffectedPerson> one =
          List.of(new AffectedPerson("ines", "Ines", "", List.of("Inköpare"), List.of("4")));
      // Four eyes: the author cannot publish; nothing of the publication may stay behind.
      User evaApprover = lib.users().byName("eva").orElseThrow();
      assertThatThrownBy(
              () ->
                  lib.acknowledgements()
                      .publish(
                          new User(
                              evaApprover.id(),
                              "eva",
                              "eva",
                              AccessRole.APPROVER,
                              evaApprover.createdAt()),
                          "purchase-approval",
                          v,
                          new Acknowledgements.Request(true, null),
                          one))
          .isInstanceOf(LibraryException.class);
      assertThat(lib.acknowledgements().publication("purchase-approval", v)).isEmpty();
      assertThat(lib.acknowledgements().ofPerson("ines")).isEmpty();
      // A due date in the past is refused before anything is stored.
      assertThatThrownBy(
              () ->
                  lib.acknowledgements()
                      .publish(
                          karl,
                          "purchase-approval",
                          v,
                          new Acknowledgements.Request(true, LocalDate.of(2025, 5, 31)),
                          one))
          .hasMessageContaining("has passed");
      assertThat(lib.processes().version("purchase-approval", v).orElseThrow().info().status())
          .isEqualTo(Status.IN_REVIEW);
    }
  }

  @Test
  default void fiftyPeopleConfirmingAtOnceLoseNothing() throws Exception {
    try (Library lib = loadedForAck()) {
      User eva = user(lib, "eva", AccessRole.AUTHOR);
      User karl = user(lib, "karl", AccessRole.APPROVER);
      int v = inReview(lib, eva, "Lägg beställning", "Lägg beställningen");
      List<AffectedPerson> people = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        people.add(
            new AffectedPerson("p" + i, "Person " + i, "", List.of("Inköpare"), List.of("4")));
      }
      lib.acknowledgements()
          .publish(karl, "purchase-approval", v, new Acknowledgements.Request(true, null), people);
      ExecutorService pool = Executors.newFixedThreadPool(50);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Acknowledgement>> results = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        String key = "p" + i;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return lib.acknowledgements().acknowledge(eva, "purchase-approval", v, key);
                }));
      }
      start.countDown();
      for (Future<Acknowledgement> f : results) {
        assertThat(f.get().isDone()).isTrue();
      }
      pool.shutdown();
      assertThat(lib.acknowledgements().of("purchase-approval", v))
          .hasSize(50)
          .allMatch(Acknowledgement::isDone);
      assertThat(lib.audit().latest(200, 0))
          .filteredOn(e -> e.action().equals("acknowledge"))
          .hasSize(50);
    }
  }

  @Test
  default void commentsAreKeptResolvedAndFollowTheirStep() {
    try (Library lib = loadedForAck()) {
      User eva = user(lib, "eva", AccessRole.AUTHOR);
      User karl = user(lib, "karl", AccessRole.APPROVER);
      User rut = user(lib, "rut", AccessRole.READER);
      String script = "<script>alert('x')</script> stämmer inte längre";
      StepComment onStep4 =
          lib.comments().add(rut, "purchase-approval", 1, "4", "Lägg beställning", script);
      StepComment onStep3 =
          lib.comments()
              .add(rut, "purchase-approval", 1, "3", "Godkänn stort inköp", "för högt belopp");
      assertThat(onStep4.body()).isEqualTo(script);
      assertThat(onStep4.isOpen()).isTrue();
      assertThatThrownBy(
              () -> lib.comments().add(rut, "purchase-approval", 1, "4", "x", "a".repeat(10_001)))
          .hasMessageContaining("10000");
      assertThatThrownBy(() -> lib.comments().add(rut, "purchase-approval", 1, "4", "x", "  "))
          .hasMessageContaining("empty");

      StepComment onGone =
          lib.comments().add(rut, "purchase-approval", 1, "9", "Ett steg som inte finns", "x");
      // Step 3 is renamed; a new step 4 pushes "Lägg beställning" to number 5.
      String source = lib.current("purchase-approval").orElseThrow().source();
      String changed =
          source
              .replace("3. Godkänn stort inköp", "3. Godkänn stort inköp av vd")
              .replace(
                  "4. Lägg beställning",
                  "4. Kontrollera leverantören   [Inköpare]   arbete 5 min\n\n5. Lägg beställning");
      assertThat(changed).contains("5. Lägg beställning", "av vd");
      SaveResult saved = lib.processes().save(eva, "purchase-approval", 1, changed, "ny kontroll");
      assertThat(saved).isInstanceOf(SaveResult.Saved.class);
      int v2 = ((SaveResult.Saved) saved).version().version();
      var p2 = lib.document("purchase-approval", v2).orElseThrow().process();
      assertThat(StepAnchor.find(onStep4, p2)).contains("5");
      assertThat(StepAnchor.find(onStep3, p2)).contains("3");
      assertThat(StepAnchor.find(onGone, p2)).isEmpty();

      // A reader does not see comments written on a draft (they can quote it).
      StepComment onDraft =
          lib.comments().add(eva, "purchase-approval", v2, "4", "Kontrollera leverantören", "x");
      assertThat(lib.viewFor(rut).comments("purchase-approval"))
          .extracting(StepComment::id)
          .containsExactly(onStep4.id(), onStep3.id(), onGone.id());
      assertThat(lib.viewFor(eva).comments("purchase-approval")).hasSize(4);
      assertThatThrownBy(() -> lib.viewFor(rut).comment(onDraft.id()))
          .isInstanceOf(LibraryException.class);

      StepComment resolved = lib.comments().resolve(karl, onStep3.id());
      assertThat(resolved.isOpen()).isFalse();
      assertThat(resolved.resolvedBy()).isEqualTo("karl");
      assertThat(lib.comments().open()).extracting(StepComment::id).doesNotContain(onStep3.id());
      assertThat(lib.audit().latest(50, 0))
          .extracting(e -> e.action())
          .contains("comment", "comment-resolved");
    }
  }
}
