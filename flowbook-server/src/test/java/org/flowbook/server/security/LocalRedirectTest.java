package org.flowbook.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only paths on this server survive; every trick that browsers read as another host does not. */
class LocalRedirectTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/processes/supplier-invoices?version=2",
        "/search?q=fakturor+och+kvitton",
        "/roles/S%C3%A4ljare",
        "/roles/Säljare",
        "/processes/a#step-3",
        "/a/b/../c"
      })
  void keepsPathsOfThisServer(String path) {
    assertThat(LocalRedirect.target(path)).isEqualTo(path);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "//evil.example/path",
        "///evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "/\t/evil.example/path",
        "/\n/evil.example",
        "/\r\n/evil.example",
        "/ /evil.example",
        "/\u0000/evil.example",
        "/\u00a0/evil.example",
        "/\u200b/evil.example",
        "/\u2028/evil.example",
        "/%09/evil.example/path",
        "/%0a/evil.example",
        "/%0D%0A/evil.example",
        "/%2F/evil.example",
        "/%2f%2fevil.example",
        "%2F%2Fevil.example",
        "/%5Cevil.example",
        "/%5cevil.example",
        "/%252F/evil.example",
        "/%25252F/evil.example",
        "/%2525252F/evil.example",
        "/%E2%80%8B/evil.example",
        "/%zz",
        "https://evil.example/",
        "HTTPS://evil.example/",
        "javascript:alert(1)",
        "data:text/html,hi",
        " /processes",
        "processes/a",
        "evil.example",
        "/a\\b",
        "/a|b"
      })
  void sendsEverythingElseHome(String hostile) {
    assertThat(LocalRedirect.target(hostile)).isEqualTo("/");
  }

  @org.junit.jupiter.api.Test
  void nothingAndOverlongGoHome() {
    assertThat(LocalRedirect.target(null)).isEqualTo("/");
    assertThat(LocalRedirect.target("/" + "a".repeat(3000))).isEqualTo("/");
  }
}
