package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.server.config.Setting;
import org.flowbook.server.config.SettingsTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowbook serve} reads its settings through the settings table (sso4, #20). */
class ServeSettingsTest {
  @TempDir Path dir;

  @Test
  void helpListsEverySettingWithItsVariable() {
    Cli r = Cli.run("serve", "--help");
    assertThat(r.exit()).isZero();
    for (Setting s : SettingsTable.all()) {
      assertThat(r.out()).contains("  " + s.key()).contains(s.envName());
    }
    assertThat(r.out()).contains("--config=FILE").contains("FLOWBOOK_DB_URL");
  }

  @Test
  void aBadSettingsFileStopsTheStartWithLocatedProblemsAndExitTwo() throws Exception {
    Path conf = dir.resolve("flowbook.conf");
    Files.writeString(conf, "sever.port = 9000\nlogin.local = kanske\n");
    Cli en = Cli.run("serve", "--config", conf.toString(), "--lang", "en");
    assertThat(en.exit()).isEqualTo(2);
    assertThat(en.err())
        .contains(conf + ":1:1: error[config-unknown-key]: unknown setting 'sever.port'")
        .contains(" 1 | sever.port = 9000")
        .contains("did you mean server.port?")
        .contains(conf + ":2: error[config-bad-value]: login.local cannot be 'kanske'");
    Cli sv = Cli.run("serve", "--config", conf.toString(), "--lang", "sv", "--port", "70000");
    assertThat(sv.exit()).isEqualTo(2);
    assertThat(sv.err())
        .contains("okänd inställning 'sever.port'")
        .contains("--port: error[config-bad-value]: server.port kan inte vara '70000'")
        .contains("tips: ett heltal från 0 till 65535");
  }
}
