package org.flowbook.server.ack;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.flowbook.repository.acknowledge.Acknowledgements;
import org.flowbook.server.http.InputError;

/** What the approver chose when publishing, from the form or the API's JSON. */
public final class PublishForm {
  private PublishForm() {}

  /**
   * @param acknowledge "on"/"true" when the affected people must confirm they read it
   * @param due a date (yyyy-mm-dd) or blank
   */
  public static Acknowledgements.Request parse(String acknowledge, String due) {
    boolean required =
        "on".equalsIgnoreCase(strip(acknowledge)) || "true".equalsIgnoreCase(strip(acknowledge));
    String d = strip(due);
    if (!required || d.isEmpty()) {
      return new Acknowledgements.Request(required, null);
    }
    try {
      return new Acknowledgements.Request(true, LocalDate.parse(d));
    } catch (DateTimeParseException e) {
      throw InputError.badRequest("input.due-date");
    }
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
