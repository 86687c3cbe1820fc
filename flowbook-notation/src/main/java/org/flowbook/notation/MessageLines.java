package org.flowbook.notation;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.flowbook.model.Message;
import org.flowbook.model.Message.Direction;
import org.flowbook.model.Message.Partner;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * The value of a {@code message:} line, read and written: {@code [what] -> partner} (sends) or
 * {@code [what] <- partner} (receives), where the partner is {@code process-id}, {@code
 * process-id/step} or an outside party in quotes ({@code "Customer"}).
 */
final class MessageLines {
  private static final Pattern PROCESS_REF =
      Pattern.compile("[a-z0-9][a-z0-9-]{0,79}(?:/[a-z0-9][a-z0-9-]{0,79})?");
  private static final String EXAMPLE =
      "write 'message: Invoice -> customer-payment/2' (sends) or 'message: Order <- \"Customer\"'"
          + " (receives)";

  private MessageLines() {}

  /**
   * Reads a value; reports a problem and returns null when it cannot.
   *
   * @param step the step the line stands under, or empty in the header
   * @param at where the value starts
   */
  static Message read(String value, String step, SourceLocation at, Consumer<Problem> problems) {
    String v = value.strip();
    int searchEnd = v.length();
    boolean quoted = v.endsWith("\"");
    if (quoted) {
      int open = v.length() > 1 ? v.lastIndexOf('"', v.length() - 2) : -1;
      if (open < 0) {
        problems.accept(
            Problem.error("unclosed-quote", "the party's name has no opening quote", EXAMPLE, at));
        return null;
      }
      searchEnd = open;
    }
    String head = v.substring(0, searchEnd);
    int sends = head.lastIndexOf("->");
    int receives = head.lastIndexOf("<-");
    int arrow = Math.max(sends, receives);
    if (arrow < 0) {
      problems.accept(
          Problem.error(
              "bad-message", "a message needs an arrow to or from its partner", EXAMPLE, at));
      return null;
    }
    Direction direction = arrow == sends ? Direction.SENDS : Direction.RECEIVES;
    String name = v.substring(0, arrow).strip();
    String partnerText = v.substring(arrow + 2).strip();
    SourceLocation partnerAt =
        SourceLocation.of(
            at.file(),
            at.line(),
            at.column()
                + value.indexOf(v)
                + arrow
                + 2
                + Lines.firstNonBlank(v.substring(arrow + 2)));
    Partner partner;
    if (quoted && partnerText.startsWith("\"")) {
      String party = partnerText.substring(1, partnerText.length() - 1).strip();
      if (party.isEmpty()) {
        problems.accept(
            Problem.error("bad-message", "the outside party has no name", EXAMPLE, partnerAt));
        return null;
      }
      partner = Partner.party(party);
    } else if (PROCESS_REF.matcher(partnerText).matches()) {
      int slash = partnerText.indexOf('/');
      partner =
          slash < 0
              ? Partner.process(partnerText, "")
              : Partner.process(partnerText.substring(0, slash), partnerText.substring(slash + 1));
    } else {
      problems.accept(
          Problem.error(
              "bad-message",
              partnerText.isEmpty()
                  ? "the message arrow points nowhere"
                  : "'"
                      + Lines.abbreviate(partnerText)
                      + "' is not a process id, process-id/step or a \"party\"",
              EXAMPLE,
              partnerAt));
      return null;
    }
    return new Message(name, step, direction, partner, partnerAt);
  }

  /** The canonical value, without the keyword. */
  static String write(Message m, String partnerStep) {
    Partner p = m.partner();
    String partner =
        p.isParty()
            // A quote would end the name early: the only character a party name cannot keep.
            ? "\"" + ProcessFormatter.clean(p.party()).replace('"', '\'') + "\""
            : p.process() + (partnerStep.isEmpty() ? "" : "/" + partnerStep);
    String arrow = m.direction() == Direction.SENDS ? "->" : "<-";
    String name = ProcessFormatter.clean(m.name());
    return name.isEmpty() ? arrow + " " + partner : name + " " + arrow + " " + partner;
  }
}
