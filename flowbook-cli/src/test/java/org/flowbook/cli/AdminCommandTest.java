package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.repository.Library;
import org.flowbook.repository.audit.AuditEntry;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowbook admin reset-password} on the data folder of a (stopped) server. */
class AdminCommandTest {
  private static final Pattern PRINTED = Pattern.compile("password for 'karin':\\s+(\\S+)");

  @Test
  void aResetPrintsAOneTimePasswordThatMustBeChanged(@TempDir Path data) {
    try (Library lib = Library.open(Database.h2Url(data), Clock.systemUTC())) {
      lib.users().create("test", "admin", "Admin", AccessRole.ADMIN, "tre gröna tallrikar");
      lib.users().create("test", "karin", "Karin", AccessRole.READER, "fyra blå koppar");
      lib.users().setActive("admin", "karin", false);
    }
    Cli r = Cli.run("admin", "reset-password", "Karin", "--admin", "--data", data.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Matcher m = PRINTED.matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    assertThat(r.out()).contains("must choose their own password");
    try (Library lib = Library.open(Database.h2Url(data), Clock.systemUTC())) {
      assertThat(lib.users().authenticate("karin", "fyra blå koppar")).isEmpty();
      User karin = lib.users().authenticate("karin", m.group(1)).orElseThrow();
      assertThat(karin.mustChangePassword()).isTrue();
      assertThat(karin.access()).isEqualTo(AccessRole.ADMIN);
      AuditEntry entry = lib.audit().latest(1, 0).get(0);
      assertThat(entry.action()).isEqualTo("password-reset");
      assertThat(entry.actor()).startsWith("command line (");
      assertThat(entry.detail()).isEqualTo("reactivated, access admin");
    }
  }

  @Test
  void anUnknownUserOrAFolderWithoutADatabaseIsAClearError(@TempDir Path data) {
    Cli none = Cli.run("admin", "reset-password", "admin", "--data", data.toString());
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err()).contains("no Flowbook database in").contains("--data DIR");
    try (Library lib = Library.open(Database.h2Url(data), Clock.systemUTC())) {
      lib.users().create("test", "admin", "Admin", AccessRole.ADMIN, "tre gröna tallrikar");
    }
    Cli unknown = Cli.run("admin", "reset-password", "nobody", "--data", data.toString());
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("no user 'nobody'");
    Cli both =
        Cli.run(
            "admin", "reset-password", "admin", "--data", data.toString(), "--db", "jdbc:h2:mem:x");
    assertThat(both.exit()).isEqualTo(2);
  }
}
