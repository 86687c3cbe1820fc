package org.flowbook.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowbook.repository.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library on the embedded H2 database, as {@code flowbook serve} runs it by default. */
class H2LibraryTest
    implements LibraryContract,
        AcknowledgementContract,
        PeopleTransferContract,
        TrainingContract,
        EvidenceContract,
        ExternalAccountContract {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC);
  private static final AtomicInteger COUNTER = new AtomicInteger();

  @TempDir Path dir;

  @Override
  public Library freshLibrary() {
    return Library.open(Database.h2Url(dir.resolve("db" + COUNTER.incrementAndGet())), CLOCK);
  }

  @Test
  void reopeningTheDataFolderKeepsEverything() {
    String url = Database.h2Url(dir.resolve("kept"));
    try (Library lib = Library.open(url, CLOCK)) {
      org.flowbook.repository.transfer.WorkspaceImporter.importPath(
          lib, Library.SYSTEM, LibraryContract.workspace());
    }
    try (Library again = Library.open(url, CLOCK)) {
      assertThat(again.processes().list()).hasSize(2);
      assertThat(again.search().search("fakturan", 5, false)).isNotEmpty();
      assertThat(again.organization().name()).isEqualTo("Testbolaget AB");
    }
  }
}
