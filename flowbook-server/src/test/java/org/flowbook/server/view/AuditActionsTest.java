package org.flowbook.server.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flowbook.model.Language;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;

/**
 * Every action the audit log records has words in Swedish and English (audit.action.*), so the
 * audit page never shows a stored action name to a Swedish administrator. The actions are read from
 * the sources, so an action added anywhere fails here until it has its words.
 */
class AuditActionsTest {
  /** {@code audit.append(c, actor, "save", ...)}, {@code transition(..., "approve", ...)}. */
  private static final Pattern APPEND =
      Pattern.compile("audit(?:\\(\\))?\\s*\\.append\\(\\s*(?:c,\\s*)?[^,\"]+,\\s*\"([a-z-]+)\"");

  private static final Pattern TRANSITION =
      Pattern.compile("Status\\.[A-Z_]+,\\s*Status\\.[A-Z_]+,\\s*\"([a-z-]+)\"");

  /** A move of the review workflow, {@code APPROVE(Status.IN_REVIEW, Status.PUBLISHED, ...)}. */
  private static final Pattern MOVE =
      Pattern.compile("\\b([A-Z]+)\\(Status\\.[A-Z_]+,\\s*Status\\.[A-Z_]+,");

  private static final Pattern TERNARY =
      Pattern.compile("\\?\\s*\"([a-z-]+)\"\\s*:\\s*\"([a-z-]+)\"");

  @Test
  void everyAuditedActionHasWordsInBothLanguages() throws IOException {
    Set<String> actions = new TreeSet<>();
    for (String module : new String[] {"flowbook-repository", "flowbook-server"}) {
      try (Stream<Path> files =
          Files.walk(ProjectPaths.root().resolve(module + "/src/main/java"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String src = Files.readString(f);
          add(actions, APPEND.matcher(src), 1);
          add(actions, TRANSITION.matcher(src), 1);
          Matcher move = MOVE.matcher(src);
          while (move.find()) {
            actions.add(move.group(1).toLowerCase(java.util.Locale.ROOT));
          }
          if (src.contains("audit.append")) {
            Matcher m = TERNARY.matcher(src);
            while (m.find()) {
              if (m.group(1).startsWith("user-")) {
                actions.add(m.group(1));
                actions.add(m.group(2));
              }
            }
          }
        }
      }
    }
    assertThat(actions)
        .contains("save", "approve", "login", "user-create", "user-deactivate", "acknowledge");
    Messages m = new Messages();
    Page page = new Page(Optional.empty(), "", Language.SV, m, "/", "");
    for (String a : actions) {
      assertThat(m.has("audit.action." + a)).as("audit.action." + a).isTrue();
      assertThat(page.auditAction(a)).as(a).isNotEqualTo(a);
    }
  }

  private static void add(Set<String> actions, Matcher m, int group) {
    while (m.find()) {
      actions.add(m.group(group));
    }
  }
}
