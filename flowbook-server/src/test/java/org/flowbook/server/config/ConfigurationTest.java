package org.flowbook.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Language;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.server.ServerSettings;
import org.flowbook.server.sso.OidcSettings;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** flowbook.conf, FLOWBOOK_ variables and options through the one settings table. */
class ConfigurationTest {
  @TempDir Path dir;

  private Path conf(String text) throws IOException {
    Path f = dir.resolve("flowbook.conf");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static List<String> problems(Runnable r) {
    try {
      r.run();
    } catch (ConfigurationException e) {
      return e.problems();
    }
    throw new AssertionError("no problem found");
  }

  @Test
  void aFileTheEnvironmentAndOptionsMakeTheServerSettingsStrongestLast() throws IOException {
    Path f =
        conf(
            "# Flowbook at Testbolaget\n"
                + "server.port = 9000\n"
                + "database.url = jdbc:postgresql://db/flowbook\n"
                + "server.base-url = https://flowbook.example.se\n"
                + "oidc.issuer = https://login.example.se/realms/staff\n"
                + "oidc.client-id = flowbook\n"
                + "oidc.role.approver = quality, Process Owners\n"
                + "oidc.scopes = openid email groups\n"
                + "demo.load = nej\n");
    Configuration c =
        Configuration.read(
            Optional.of(f),
            Map.of("FLOWBOOK_SERVER_PORT", "9100", "FLOWBOOK_OIDC_CLIENT_SECRET", "s3cr3t"),
            Map.of(SettingsTable.DATA_DIR, new Configuration.Value("/srv/fb", "--data")),
            Language.EN);
    assertThat(c.origin(SettingsTable.PORT)).isEqualTo("FLOWBOOK_SERVER_PORT");
    assertThat(c.origin(SettingsTable.DATABASE_URL)).isEqualTo(f + ":3");
    assertThat(c.origin(SettingsTable.OIDC_CLOCK_SKEW)).isEqualTo("default");
    ServerSettings s = ServerConfiguration.settings(c, Optional.of(dir));
    assertThat(s.port()).isEqualTo(9100);
    assertThat(s.dataDir()).isEqualTo(Path.of("/srv/fb"));
    assertThat(s.dbUrl()).contains("jdbc:postgresql://db/flowbook");
    assertThat(s.demo()).isEmpty();
    assertThat(s.mail()).isEmpty();
    assertThat(s.signIn().local()).isTrue();
    OidcSettings o = s.signIn().oidc().orElseThrow();
    assertThat(o.clientSecret()).isEqualTo("s3cr3t");
    assertThat(o.toString()).doesNotContain("s3cr3t");
    assertThat(o.scopes()).containsExactly("openid", "email", "groups");
    assertThat(o.providerName()).isEqualTo("login.example.se");
    assertThat(o.redirectUri()).hasToString("https://flowbook.example.se/login/oidc/callback");
    assertThat(o.clockSkew()).hasSeconds(60);
    assertThat(o.roles().roleFor(List.of("Process Owners"))).contains(AccessRole.APPROVER);
    assertThat(o.roles().roleFor(List.of("someone else"))).contains(AccessRole.READER);
  }

  @Test
  void theOlderVariablesStillWorkBelowTheNewNames() {
    Configuration old =
        Configuration.read(
            Optional.empty(),
            Map.of("FLOWBOOK_DB_URL", "jdbc:postgresql://old/fb", "FLOWBOOK_SMTP", "smtp://m:25"),
            Map.of(),
            Language.EN);
    assertThat(old.text(SettingsTable.DATABASE_URL)).isEqualTo("jdbc:postgresql://old/fb");
    assertThat(old.origin(SettingsTable.SMTP)).isEqualTo("FLOWBOOK_SMTP");
    Configuration both =
        Configuration.read(
            Optional.empty(),
            Map.of(
                "FLOWBOOK_DB_URL", "jdbc:postgresql://old/fb",
                "FLOWBOOK_DATABASE_URL", "jdbc:postgresql://new/fb"),
            Map.of(),
            Language.EN);
    assertThat(both.text(SettingsTable.DATABASE_URL)).isEqualTo("jdbc:postgresql://new/fb");
    // Without anything: the table's defaults, local sign-in only.
    ServerSettings d = ServerConfiguration.settings(Configuration.defaults(), Optional.empty());
    assertThat(d.port()).isEqualTo(8080);
    assertThat(d.dataDir()).isEqualTo(Path.of("flowbook-data"));
    assertThat(d.signIn().oidc()).isEmpty();
  }

  @Test
  void anUnknownKeyIsLocatedAndTheNearestKnownKeyNamedInTheUsersLanguage() throws IOException {
    Path f = conf("server.port = 8080\n  databse.url = jdbc:postgresql://db/fb\n");
    List<String> en =
        problems(() -> Configuration.read(Optional.of(f), Map.of(), Map.of(), Language.EN));
    assertThat(en)
        .containsExactly(
            f
                + ":2:3: error[config-unknown-key]: unknown setting 'databse.url'\n"
                + " 2 |   databse.url = jdbc:postgresql://db/fb\n"
                + "   |   ^^^^^^^^^^^\n"
                + "  = hint: did you mean database.url? flowbook serve --help lists every"
                + " setting.");
    List<String> sv =
        problems(() -> Configuration.read(Optional.of(f), Map.of(), Map.of(), Language.SV));
    assertThat(sv.get(0))
        .contains("okänd inställning 'databse.url'")
        .contains("tips: menade du database.url?");
  }

  @Test
  void aBadValueSaysWhichKeyAndWhatIsAllowedAndEveryProblemIsTold() throws IOException {
    Path f =
        conf(
            "server.port = 99999\n"
                + "login.local = maybe\n"
                + "oidc.default-role = boss\n"
                + "server.port = 8080\n"
                + "oidc.issuer = login.example.se\n");
    List<String> p =
        problems(
            () ->
                Configuration.read(
                    Optional.of(f), Map.of("FLOWBOOK_OIDC_ISUER", "x"), Map.of(), Language.EN));
    assertThat(p)
        .containsExactlyInAnyOrder(
            f
                + ":4:1: error[config-twice]: server.port is set twice; the first is on line 1\n"
                + " 4 | server.port = 8080\n"
                + "   | ^^^^^^^^^^^",
            "FLOWBOOK_OIDC_ISUER: error[config-unknown-key]: unknown setting variable"
                + " FLOWBOOK_OIDC_ISUER\n"
                + "  = hint: did you mean FLOWBOOK_OIDC_ISSUER? flowbook serve --help lists every"
                + " setting.",
            f
                + ":1: error[config-bad-value]: server.port cannot be '99999'\n"
                + "  = hint: a whole number from 0 to 65535",
            f
                + ":2: error[config-bad-value]: login.local cannot be 'maybe'\n"
                + "  = hint: true or false",
            f
                + ":3: error[config-bad-value]: oidc.default-role cannot be 'boss'\n"
                + "  = hint: reader, auditor, author, approver, admin or none",
            f
                + ":5: error[config-bad-value]: oidc.issuer cannot be 'login.example.se'\n"
                + "  = hint: an address starting with https:// or http://");
  }

  @Test
  void aBadValueNeverShowsAPassword() {
    List<String> p =
        problems(
            () ->
                Configuration.read(
                    Optional.empty(),
                    Map.of(
                        "FLOWBOOK_MAIL_SMTP", "smtq://fb:hemligt@mail.example.se",
                        "FLOWBOOK_DATABASE_URL", "postgresql://db/fb?user=fb&password=hemligt"),
                    Map.of(),
                    Language.EN));
    assertThat(p).hasSize(2).noneMatch(line -> line.contains("hemligt"));
    assertThat(p)
        .anyMatch(line -> line.contains("'smtq://fb:***@mail.example.se'"))
        .anyMatch(line -> line.contains("password=***'"));
  }

  @Test
  void settingsThatOnlyWorkTogetherAreCheckedTogether() {
    List<String> p =
        problems(
            () ->
                Configuration.read(
                    Optional.empty(),
                    Map.of("FLOWBOOK_OIDC_ISSUER", "https://login.example.se"),
                    Map.of(),
                    Language.EN));
    assertThat(p)
        .containsExactly(
            "FLOWBOOK_OIDC_ISSUER: error[config-missing]: oidc.client-id is needed when oidc.issuer"
                + " is set\n  = hint: add oidc.client-id = flowbook",
            "FLOWBOOK_OIDC_ISSUER: error[config-missing]: server.base-url is needed when"
                + " oidc.issuer is set\n  = hint: add server.base-url = https://flowbook.example.se");
    List<String> nobody =
        problems(
            () ->
                Configuration.read(
                    Optional.empty(),
                    Map.of("FLOWBOOK_LOGIN_LOCAL", "false"),
                    Map.of(),
                    Language.SV));
    assertThat(nobody.get(0))
        .startsWith("FLOWBOOK_LOGIN_LOCAL: error[config-no-sign-in]: ")
        .contains("ingen skulle kunna logga in");
  }

  @Test
  void aFileThatCannotBeReadIsOneLocatedProblem() throws IOException {
    Path missing = dir.resolve("nowhere.conf");
    assertThat(
            problems(
                () -> Configuration.read(Optional.of(missing), Map.of(), Map.of(), Language.EN)))
        .containsExactly(missing + ": error[config-unreadable]: there is no such settings file");
    Path latin1 = dir.resolve("latin1.conf");
    Files.write(
        latin1, "oidc.provider-name = Bolaget \u00c5\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(
            problems(
                () -> Configuration.read(Optional.of(latin1), Map.of(), Map.of(), Language.SV)))
        .containsExactly(
            latin1 + ": error[config-unreadable]: inställningsfilen är inte UTF-8-text");
    Path big = dir.resolve("big.conf");
    Files.write(big, new byte[Configuration.MAX_FILE_BYTES + 1]);
    assertThat(
            problems(() -> Configuration.read(Optional.of(big), Map.of(), Map.of(), Language.EN)))
        .singleElement()
        .asString()
        .contains("larger than");
  }

  @Test
  void propertiesEscapesContinuationsCommentsAndAByteOrderMarkAreRead() throws IOException {
    Path f =
        conf(
            "\uFEFF# comment\n! also a comment\n\n"
                + "oidc.provider-name = Bolaget \\u00c5\\\n    Identity\n"
                + "mail.from: flowbook@example.se\n");
    Configuration c = Configuration.read(Optional.of(f), Map.of(), Map.of(), Language.EN);
    assertThat(c.text(SettingsTable.OIDC_PROVIDER_NAME)).isEqualTo("Bolaget ÅIdentity");
    assertThat(c.origin(SettingsTable.OIDC_PROVIDER_NAME)).isEqualTo(f + ":4");
    assertThat(c.text(SettingsTable.MAIL_FROM)).isEqualTo("flowbook@example.se");
  }

  @Test
  void theDocumentationHasEverySettingAsTheTableSaysIt() throws IOException {
    Path doc = ProjectPaths.root().resolve("docs/configuration.md");
    String text = Files.readString(doc);
    String table = SettingsDocs.markdownTable();
    if (Boolean.getBoolean("flowbook.golden.update")) {
      int a = text.indexOf("<!-- settings:begin -->");
      int b = text.indexOf("<!-- settings:end -->");
      text = text.substring(0, a) + "<!-- settings:begin -->\n" + table + text.substring(b);
      Files.writeString(doc, text);
    }
    assertThat(text)
        .as(
            "docs/configuration.md is generated from SettingsTable: run with -Dflowbook.golden.update=true")
        .contains("<!-- settings:begin -->\n" + table + "<!-- settings:end -->");
    for (Setting s : SettingsTable.all()) {
      assertThat(SettingsDocs.helpLines()).anyMatch(l -> l.contains(s.key()));
    }
  }
}
