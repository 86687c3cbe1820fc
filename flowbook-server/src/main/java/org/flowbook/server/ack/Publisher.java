package org.flowbook.server.ack;

import java.util.List;
import java.util.Optional;
import org.flowbook.model.Process;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.repository.Library;
import org.flowbook.repository.acknowledge.Acknowledgements;
import org.flowbook.repository.acknowledge.AffectedPerson;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.VersionInfo;
import org.flowbook.repository.users.User;

/**
 * Publishing a version in review, for the web page and the API alike: works out who is affected
 * (when the approver asks for acknowledgement) and stores the publication with their tasks.
 */
public final class Publisher {
  private final Library library;

  public Publisher(Library library) {
    this.library = library;
  }

  public VersionInfo publish(User actor, String id, int version, Acknowledgements.Request request) {
    ProcessSummary s = library.viewFor(actor).process(id);
    List<AffectedPerson> people = List.of();
    if (request.required()) {
      Optional<Process> after = process(s.id(), version);
      if (after.isPresent()) {
        Optional<Process> before = s.published().flatMap(v -> process(s.id(), v));
        people = AffectedPeople.of(library.workspace(), before, after.get());
      }
    }
    return library.acknowledgements().publish(actor, s.id(), version, request, people);
  }

  private Optional<Process> process(String id, int version) {
    return library
        .document(id, version)
        .filter(ProcessDocument::hasProcess)
        .map(ProcessDocument::process);
  }
}
