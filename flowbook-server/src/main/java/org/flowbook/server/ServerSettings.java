package org.flowbook.server;

import java.nio.file.Path;
import java.util.Optional;
import org.flowbook.repository.db.Database;
import org.flowbook.server.mail.MailSettings;
import org.flowbook.server.sso.SignInSettings;

/**
 * How to run the server.
 *
 * @param port the HTTP port; 0 picks a free one (tests)
 * @param dataDir the folder of the embedded database (used when {@code dbUrl} is empty)
 * @param dbUrl a JDBC URL of a PostgreSQL database, or empty for the embedded H2 one
 * @param demo the workspace loaded on first start, or empty to start with an empty library
 * @param mail the SMTP server of the daily e-mail digest, or empty for no e-mail at all
 * @param cluster how this instance keeps in step with others on the same database (multi4, #20)
 * @param ops health, request log, metrics and page reuse (ops4)
 */
public record ServerSettings(
    int port,
    Path dataDir,
    Optional<String> dbUrl,
    Optional<Path> demo,
    Optional<MailSettings> mail,
    SignInSettings signIn,
    ClusterSettings cluster,
    org.flowbook.server.ops.OpsSettings ops) {

  /** Settings with the default health, log and metrics settings (ops4). */
  public ServerSettings(
      int port,
      Path dataDir,
      Optional<String> dbUrl,
      Optional<Path> demo,
      Optional<MailSettings> mail,
      SignInSettings signIn,
      ClusterSettings cluster) {
    this(
        port,
        dataDir,
        dbUrl,
        demo,
        mail,
        signIn,
        cluster,
        org.flowbook.server.ops.OpsSettings.defaults());
  }

  /** Settings with the default cluster timings. */
  public ServerSettings(
      int port,
      Path dataDir,
      Optional<String> dbUrl,
      Optional<Path> demo,
      Optional<MailSettings> mail,
      SignInSettings signIn) {
    this(port, dataDir, dbUrl, demo, mail, signIn, ClusterSettings.DEFAULTS);
  }

  /** Settings with local sign-in only. */
  public ServerSettings(
      int port,
      Path dataDir,
      Optional<String> dbUrl,
      Optional<Path> demo,
      Optional<MailSettings> mail,
      ClusterSettings cluster) {
    this(port, dataDir, dbUrl, demo, mail, SignInSettings.LOCAL, cluster);
  }

  /** Settings without e-mail. */
  public ServerSettings(int port, Path dataDir, Optional<String> dbUrl, Optional<Path> demo) {
    this(port, dataDir, dbUrl, demo, Optional.empty());
  }

  /** Settings with local sign-in only. */
  public ServerSettings(
      int port,
      Path dataDir,
      Optional<String> dbUrl,
      Optional<Path> demo,
      Optional<MailSettings> mail) {
    this(port, dataDir, dbUrl, demo, mail, SignInSettings.LOCAL, ClusterSettings.DEFAULTS);
  }

  /** The same settings with other health, log and metrics settings (ops4). */
  public ServerSettings withOps(org.flowbook.server.ops.OpsSettings ops) {
    return new ServerSettings(port, dataDir, dbUrl, demo, mail, signIn, cluster, ops);
  }

  public ServerSettings {
    ops = ops == null ? org.flowbook.server.ops.OpsSettings.defaults() : ops;
    signIn = signIn == null ? SignInSettings.LOCAL : signIn;
    mail = mail == null ? Optional.empty() : mail;
    cluster = cluster == null ? ClusterSettings.DEFAULTS : cluster;
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    dbUrl = dbUrl == null ? Optional.empty() : dbUrl.filter(u -> !u.isBlank());
    demo = demo == null ? Optional.empty() : demo;
  }

  /** The JDBC URL the library opens. */
  public String jdbcUrl() {
    return dbUrl.orElseGet(() -> Database.h2Url(dataDir));
  }
}
