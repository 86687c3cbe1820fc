package org.flowbook.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.model.Problem;
import org.flowbook.model.Workspace;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.WorkspaceLoader;

/** A small held workspace in the notation, small enough to check every report by hand. */
final class Fixtures {
  private Fixtures() {}

  static final String ORG =
      """
      organisation: Test kommun
      språk: sv
      riskgräns: 8

      roll: Handläggare
      roll: Enhetschef
      roll: Ekonom
      roll: Ekonomichef

      system: Raindance
      system: Ärendesystem
        personuppgifter: kontaktuppgifter
        rättslig grund: myndighetsutövning
        gallring: 2 år efter avslutat ärende
        ändamål: Handlägga ärenden
      dokument: Faktura
        personuppgifter: kontaktuppgifter, bankkonto
        rättslig grund: avtal
        gallring: 7 år
        ändamål: Betala leverantörer
      dokument: Ansökan
        personuppgifter: kontaktuppgifter, personnummer
        rättslig grund: myndighetsutövning
        gallring: 2 år
      dokument: Beslut

      regelverk: Bokföringslagen
        förkortning: BFL
        - 5:6: Det ska finnas en verifikation för varje affärshändelse.
        - 7:2: Räkenskapsinformation ska bevaras i sju år.
      regelverk: Dataskyddsförordningen
        förkortning: GDPR
        - Art. 30: Register över behandling.
        - Art. 32: Säkerhet i samband med behandlingen.

      kontroll: Attest
        beskrivning: Behörig chef attesterar fakturan.
        ägare: Ekonomichef
        typ: förebyggande, manuell
        frekvens: per ärende
        bevis: Attestlogg
        krav: BFL 5:6
      kontroll: Avstämning av reskontran
        ägare: Ekonom
        typ: upptäckande, manuell
        frekvens: varje månad
        bevis: Avstämningsunderlag
      kontroll: Registerförteckningen ses över
        ägare: Enhetschef
        typ: upptäckande, automatisk
        frekvens: årligen
        krav: GDPR Art. 30
      """;

  /**
   * Pays invoices: two controls cover BFL 5:6; a process risk above the threshold (12) with two
   * declared controls; two step risks at or below it.
   */
  static final String INVOICES =
      """
      process: Leverantörsfakturor
      id: fakturor
      ägare: Ekonomichef
      språk: sv
      risk: Felaktig utbetalning
        sannolikhet: 3, konsekvens: 4
        efter kontroller: sannolikhet 2, konsekvens 3
        ägare: Ekonomichef
        kontroller: Attest, Avstämning av reskontran

      1. Registrera fakturan   [Ekonom]
         - Skanna in fakturan.
         system: Raindance
         indata: Faktura
         kontroll: Kontering granskas (BFL 5:6)
         risk: Fakturan registreras två gånger
           sannolikhet: 2, konsekvens: 2
           kontroller: Kontering granskas

      2. Attestera   [Ekonomichef]
         - Attestera enligt attestordningen.
         system: Raindance
         kontroll: Attest
         risk: Jäv vid attest
           sannolikhet: 2, konsekvens: 4

      3. Betala   [Ekonom]
         - Skicka betalfilen.
         system: Raindance
      """;

  /**
   * Decides applications: access control covers GDPR Art. 32; nothing covers BFL 7:2; GDPR Art. 30
   * has a declared control no step performs. Two step risks above the threshold, one without a
   * control.
   */
  static final String APPLICATIONS =
      """
      process: Ansökningar
      id: ansokan
      ägare: Enhetschef
      språk: sv

      1. Ta emot ansökan   [Handläggare]
         - Diarieför ansökan.
         indata: Ansökan
         kontroll: Behörighetskontroll (GDPR Art. 32)
         risk: Obehörig åtkomst till personuppgifter
           sannolikhet: 3, konsekvens: 3
           kontroller: Behörighetskontroll

      2. Besluta   [Enhetschef]
         - Fatta beslut.
         utdata: Beslut
         kontroll: Attest
         risk: Beslut utan stöd i lag
           sannolikhet: 4, konsekvens: 4
           ägare: Enhetschef
      """;

  /** Holds no personal data and no risk: in no register but coverage. */
  static final String MEETING =
      """
      process: Ledningsmöte
      id: mote
      språk: sv

      1. Håll mötet   [Enhetschef]
         - Gå igenom dagordningen.
         utdata: Beslut
      """;

  static Workspace workspace(Path dir) {
    return workspace(dir, ORG, INVOICES, APPLICATIONS, MEETING);
  }

  static Workspace workspace(Path dir, String org, String... processes) {
    LoadedWorkspace ws = load(dir, org, processes);
    if (ws.hasErrors()) {
      throw new AssertionError(ws.problems().stream().filter(Problem::isError).toList());
    }
    return ws.workspace();
  }

  /** The workspace with whatever problems it has (a report is still written for it). */
  static LoadedWorkspace load(Path dir, String org, String... processes) {
    try {
      Files.writeString(dir.resolve("organization.flow"), org, StandardCharsets.UTF_8);
      for (int i = 0; i < processes.length; i++) {
        Files.writeString(dir.resolve("p" + i + ".flow"), processes[i], StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return WorkspaceLoader.loadFolder(dir);
  }
}
