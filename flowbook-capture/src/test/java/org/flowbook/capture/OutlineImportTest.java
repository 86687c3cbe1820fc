package org.flowbook.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.model.Decision;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.notation.ProcessFormatter;
import org.junit.jupiter.api.Test;

/** Interview notes typed as a numbered list become a draft. */
class OutlineImportTest {
  private static BpmnImport notes(String text) {
    return Capture.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "intervju.txt",
        Capture.Format.NOTES,
        "Intervju");
  }

  @Test
  void numberedNotesWithRolesTimesAndBranches() {
    BpmnImport r =
        notes(
            """
            Reklamation – intervju med Kim, kundtjänst

            1. Kunden ringer (kundtjänst) 5 min
            2. Registrera ärendet i CRM (kundtjänst)
               - om det gäller faktura -> 4
               - annars -> 3
            3. Svara kunden (kundtjänst) 10 min
               -> slut
            4. Skicka till ekonomi (ekonomi) 1,5 h
               ta med fakturanumret
            """);
    assertThat(r.hasErrors()).as("%s", r.problems()).isFalse();
    Process p = r.processes().get(0);
    assertThat(p.language()).isEqualTo(Language.SV);
    // the unnumbered first line is a step of its own, numbered before the list; the steps are
    // ordered by the flow (the first branch first), as every import orders them
    assertThat(p.steps().stream().filter(s -> s.isWork()).map(s -> s.title()))
        .containsExactlyInAnyOrder(
            "Reklamation – intervju med Kim, kundtjänst",
            "Kunden ringer",
            "Registrera ärendet i CRM",
            "Svara kunden",
            "Skicka till ekonomi");
    Decision register =
        (Decision)
            p.steps().stream()
                .filter(s -> s.title().equals("Registrera ärendet i CRM"))
                .findFirst()
                .orElseThrow();
    assertThat(register.performer()).isEqualTo("Kundtjänst");
    assertThat(p.outgoing(register.id()))
        .extracting(f -> f.label())
        .containsExactly("det gäller faktura", "annars");
    var economy =
        p.steps().stream()
            .filter(s -> s.title().equals("Skicka till ekonomi"))
            .findFirst()
            .orElseThrow();
    assertThat(economy.task().workTime()).isEqualTo(Duration.ofMinutes(90));
    assertThat(economy.task().instructions()).containsExactly("ta med fakturanumret");
    assertThat(ProcessFormatter.format(p)).contains("[Ekonomi]").contains("arbete 90 min");
  }

  @Test
  void emptyNotesSaySo() {
    assertThat(notes("\n\n").problems()).anyMatch(p -> p.code().equals("notes-empty"));
  }
}
