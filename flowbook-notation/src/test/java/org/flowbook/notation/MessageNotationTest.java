package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowbook.model.Message;
import org.flowbook.model.Message.Direction;
import org.flowbook.model.Message.Partner;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code message:} / {@code meddelande:} lines: what they read as, and what they refuse. */
class MessageNotationTest {

  @Test
  void readsStepAndProcessMessagesInBothLanguages() {
    ProcessDocument doc =
        ProcessParser.parse(
            "a.flow",
            """
            process: A
            id: a
            meddelande: Beställning <- "Kund"

            1. Skicka faktura
               meddelande: Faktura -> b/2
               message: -> b
            """);
    assertThat(doc.problems()).isEmpty();
    List<Message> m = doc.process().messages();
    assertThat(m)
        .extracting(Message::name, Message::step, Message::direction, Message::partner)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Beställning", "", Direction.RECEIVES, Partner.party("Kund")),
            org.assertj.core.groups.Tuple.tuple(
                "Faktura", "1", Direction.SENDS, Partner.process("b", "2")),
            org.assertj.core.groups.Tuple.tuple(
                "", "1", Direction.SENDS, Partner.process("b", "")));
    // located at the partner, where a wrong id would be written
    assertThat(m.get(1).at()).isEqualTo(SourceLocation.of("a.flow", 6, 27));
  }

  @Test
  void aMessageWithoutArrowOrWithABadPartnerIsALocatedError() {
    ProcessDocument doc =
        ProcessParser.parse(
            "a.flow",
            """
            process: A
            id: a

            1. Skicka
               message: Invoice to b
               message: Invoice -> B Company
               message: -> "
            """);
    assertThat(doc.problems())
        .extracting(Problem::code, p -> p.location().line(), p -> p.location().column())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bad-message", 5, 13),
            org.assertj.core.groups.Tuple.tuple("bad-message", 6, 24),
            org.assertj.core.groups.Tuple.tuple("unclosed-quote", 7, 13));
    assertThat(doc.process().messages()).isEmpty();
  }

  @Test
  void theWorkspaceCheckFindsUnknownProcessesAndStepsWithDidYouMean(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("organization.flow"), "organization: X\nlanguage: en\n");
    Files.writeString(
        dir.resolve("billing.flow"),
        """
        process: Billing
        id: billing

        1. Send the invoice
           message: Invoice -> paymnet/1
           message: Reminder -> payment/7
           message: Copy -> payment/2
           message: Notice -> "Tax agency"
        """);
    Files.writeString(
        dir.resolve("payment.flow"),
        """
        process: Payment
        id: payment

        1. Receive the invoice   event message

        2. Pay
        """);
    LoadedWorkspace ws = WorkspaceLoader.loadFolder(dir);
    assertThat(ws.problems())
        .filteredOn(Problem::isError)
        .extracting(Problem::code, p -> p.location().line(), Problem::hint)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("unknown-process", 5, "did you mean 'payment'?"),
            org.assertj.core.groups.Tuple.tuple("unknown-step", 6, "did you mean '1'?"));
  }
}
