package org.flowbook.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowbook.handbook.narrative.Narrator;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.junit.jupiter.api.Test;

class NarratorTest {
  private final Workspace ws = Fixtures.workspace();
  private final Process purchase = ws.process("purchase-approval").orElseThrow();

  @Test
  void swedishTellsWhoDoesWhatWithThePresentTenseAndTheDefiniteRole() {
    List<String> text = new Narrator(Language.SV).tell(ws, purchase);
    assertThat(text.get(0))
        .isEqualTo("Processen startar när en medarbetare behöver köpa varor eller tjänster.");
    assertThat(text.get(1)).isEqualTo("Först fyller beställaren i inköpsanmodan.");
    assertThat(text.get(2))
        .startsWith("Sedan granskar chefen anmodan. Frågan är: Belopp?")
        .contains("Om ”över 50 000 kr” (20\u00a0% av ärendena) går ärendet vidare till steg 3.")
        .contains("Om ”avslag” (5\u00a0% av ärendena) avslutas ärendet med ”Anmodan avslagen”.")
        .endsWith("I övriga fall går ärendet vidare till steg 4.");
    assertThat(text.get(3)).isEqualTo("Därefter godkänner ekonomidirektören stort inköp.");
    assertThat(text.get(4))
        .isEqualTo(
            "Till sist lägger inköparen beställning. Ärendet avslutas med ”Beställning lagd”.");
  }

  @Test
  void englishLabelsWithSwedishContentStillReadAsSentences() {
    List<String> text = new Narrator(Language.EN).tell(ws, purchase);
    assertThat(text.get(1)).isEqualTo("First Beställare takes care of “Fyll i inköpsanmodan”.");
  }

  @Test
  void parallelWorkAndJoinsAreToldAsSuch() {
    Process onboarding = ws.process("onboarding").orElseThrow();
    String all = String.join("\n", new Narrator(Language.SV).tell(ws, onboarding));
    assertThat(all)
        .contains("Först meddelar chefen IT och ekonomi.")
        .contains("sker flera saker samtidigt: 3 och 4.")
        .contains(
            "beställer IT-supporten dator. Ärendet går vidare till steg 6 när alla parallella spår är klara.")
        .contains("Ärendet avslutas med ”Medarbetaren är på plats”.");
  }
}
