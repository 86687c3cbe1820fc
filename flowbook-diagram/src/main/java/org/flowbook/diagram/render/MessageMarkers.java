package org.flowbook.diagram.render;

import java.util.List;
import org.flowbook.diagram.layout.Box;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Language;
import org.flowbook.model.Message;
import org.flowbook.model.Process;
import org.flowbook.model.Step;

/**
 * A small envelope in the lower right corner of a work box whose step sends or receives messages to
 * other processes (BPMN's message flows): filled when the step sends one, white when it only
 * receives, with the messages as its tooltip. The flowchart shows one process, so the partner is
 * named, not drawn.
 */
final class MessageMarkers {
  private MessageMarkers() {}

  static void draw(SvgWriter svg, Process p, Step step, Box box, Language lang) {
    if (!(step instanceof Activity || step instanceof Call)) {
      return;
    }
    List<Message> messages = p.messages().stream().filter(m -> m.step().equals(step.id())).toList();
    if (messages.isEmpty()) {
      return;
    }
    boolean sends = messages.stream().anyMatch(m -> m.direction() == Message.Direction.SENDS);
    svg.open("g", "class", "message-marker");
    svg.element("title", String.join("\n", messages.stream().map(m -> text(m, lang)).toList()));
    TriggerIcons.draw(
        svg,
        EventTrigger.MESSAGE,
        Box.centered(box.right() - 13, box.bottom() - 10, 27, 27),
        Palette.MUTED,
        sends);
    svg.close("g");
  }

  /** "Sends Invoice to customer-payment, step 2" / "Tar emot Betalning från "Kund"". */
  static String text(Message m, Language lang) {
    boolean sv = lang == Language.SV;
    boolean sends = m.direction() == Message.Direction.SENDS;
    String verb = sends ? (sv ? "Skickar" : "Sends") : (sv ? "Tar emot" : "Receives");
    String what = m.name().isBlank() ? (sv ? "ett meddelande" : "a message") : m.name();
    String direction = sends ? (sv ? "till" : "to") : (sv ? "från" : "from");
    Message.Partner partner = m.partner();
    String who =
        partner.isParty()
            ? partner.party()
            : partner.process()
                + (partner.step().isEmpty() ? "" : (sv ? ", steg " : ", step ") + partner.step());
    return verb + " " + what + " " + direction + " " + who;
  }
}
