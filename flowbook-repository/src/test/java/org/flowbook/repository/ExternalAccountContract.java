package org.flowbook.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import org.flowbook.repository.audit.AuditEntry;
import org.flowbook.repository.db.Rows;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.ExternalAccounts;
import org.flowbook.repository.users.ExternalAccounts.SignIn;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.Test;

/**
 * Accounts made by single sign-on (migration V14) on H2 and PostgreSQL: found again by issuer and
 * subject, never by name; the role follows the provider's groups at every sign-in; the pair is
 * unique in the database itself.
 */
interface ExternalAccountContract {
  Library freshLibrary();

  String ISSUER = "https://login.example.se/realms/staff";

  @Test
  default void theFirstSignInCreatesTheAccountAndTheNextFindsItBySubject() {
    try (Library lib = freshLibrary()) {
      ExternalAccounts.Outcome first =
          lib.externalAccounts()
              .signIn(
                  new SignIn(
                      ISSUER, "sub-1", "Åsa.Öberg@example.se", "Åsa Öberg", AccessRole.AUTHOR));
      assertThat(first.created()).isTrue();
      assertThat(first.user().username()).isEqualTo("asa.oberg");
      assertThat(first.user().displayName()).isEqualTo("Åsa Öberg");
      assertThat(first.user().access()).isEqualTo(AccessRole.AUTHOR);
      assertThat(first.user().mustChangePassword()).isFalse();

      // The provider renamed her: same subject, same account.
      ExternalAccounts.Outcome again =
          lib.externalAccounts()
              .signIn(new SignIn(ISSUER, "sub-1", "asa.lind", "Åsa Lind", AccessRole.AUTHOR));
      assertThat(again.created()).isFalse();
      assertThat(again.user().id()).isEqualTo(first.user().id());
      assertThat(again.user().username()).isEqualTo("asa.oberg");
      assertThat(again.user().displayName()).isEqualTo("Åsa Lind");
      assertThat(lib.users().all()).extracting(User::username).containsExactly("asa.oberg");
      // An account of the provider has no password that could match anything.
      assertThat(lib.users().authenticate("asa.oberg", "!external")).isEmpty();
      assertThat(lib.users().authenticate("asa.oberg", "")).isEmpty();
    }
  }

  @Test
  default void aLocalAccountIsNeverTakenOverByAProviderNameAndSubjectsAreUnique() {
    try (Library lib = freshLibrary()) {
      User local =
          lib.users()
              .create(
                  Library.SYSTEM.username(), "karl", "Karl", AccessRole.ADMIN, "a-long-password-1");
      User sso =
          lib.externalAccounts()
              .signIn(
                  new SignIn(ISSUER, "sub-k", "karl", "Karl at the provider", AccessRole.READER))
              .user();
      assertThat(sso.id()).isNotEqualTo(local.id());
      assertThat(sso.username()).isEqualTo("karl-2");
      assertThat(lib.users().byName("karl").orElseThrow().access()).isEqualTo(AccessRole.ADMIN);
      // The same subject at another provider is another person.
      User other =
          lib.externalAccounts()
              .signIn(new SignIn("https://other.example", "sub-k", "karl", "", AccessRole.READER))
              .user();
      assertThat(other.username()).isEqualTo("karl-3");
      // The database itself refuses a second row with the same issuer and subject.
      assertThatThrownBy(
              () ->
                  lib.database()
                      .inTransaction(
                          c ->
                              Rows.update(
                                  c,
                                  "UPDATE users SET external_issuer = ?, external_subject = ?"
                                      + " WHERE username = 'karl'",
                                  ISSUER,
                                  "sub-k")))
          .hasRootCauseInstanceOf(SQLException.class);
    }
  }

  @Test
  default void theRoleFollowsTheGroupsAtEverySignInAndIsAudited() {
    try (Library lib = freshLibrary()) {
      lib.externalAccounts().signIn(new SignIn(ISSUER, "s", "eva", "Eva", AccessRole.APPROVER));
      ExternalAccounts.Outcome lost =
          lib.externalAccounts().signIn(new SignIn(ISSUER, "s", "eva", "Eva", AccessRole.READER));
      assertThat(lost.accessChanged()).isTrue();
      assertThat(lost.previousAccess()).contains(AccessRole.APPROVER);
      assertThat(lib.users().byName("eva").orElseThrow().access()).isEqualTo(AccessRole.READER);
      ExternalAccounts.Outcome same =
          lib.externalAccounts().signIn(new SignIn(ISSUER, "s", "eva", "Eva", AccessRole.READER));
      assertThat(same.accessChanged()).isFalse();
      List<AuditEntry> entries = lib.audit().latest(100, 0);
      assertThat(
              entries.stream()
                  .sorted(java.util.Comparator.comparingLong(AuditEntry::id))
                  .filter(e -> e.target().equals("user:eva"))
                  .toList())
          .extracting(e -> e.action() + " " + e.detail())
          .containsExactly(
              "user-create access approver, single sign-on",
              "user-access access reader (single sign-on groups)");
    }
  }

  @Test
  default void aDeactivatedAccountCannotSignInThroughTheProvider() {
    try (Library lib = freshLibrary()) {
      lib.users()
          .create(Library.SYSTEM.username(), "root", "Root", AccessRole.ADMIN, "a-long-password-1");
      lib.externalAccounts().signIn(new SignIn(ISSUER, "s", "olle", "", AccessRole.AUTHOR));
      lib.users().setActive("root", "olle", false);
      assertThatThrownBy(
              () ->
                  lib.externalAccounts()
                      .signIn(new SignIn(ISSUER, "s", "olle", "", AccessRole.ADMIN)))
          .isInstanceOf(LibraryException.class)
          .hasMessageContaining("deactivated");
      assertThat(lib.users().byName("olle").orElseThrow().access()).isEqualTo(AccessRole.AUTHOR);
    }
  }
}
