package org.flowbook.server.mail;

import java.text.MessageFormat;
import java.time.LocalDate;
import org.flowbook.model.Language;
import org.flowbook.output.Escape;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.server.view.Messages;
import org.flowbook.server.work.Inbox;

/**
 * The words of one person's daily digest, in their language, as plain text and as HTML. Everything
 * people wrote (comments, titles, names) is escaped in the HTML: a comment is text, never markup.
 */
public final class DigestWriter {
  private final Messages messages;

  public DigestWriter(Messages messages) {
    this.messages = messages;
  }

  /** A digest ready to send. */
  public record Mail(String to, String subject, String text, String html) {}

  public Mail write(
      String to, String name, Language lang, Inbox.Items items, LocalDate day, String baseUrl) {
    String subject = format(lang, "mail.subject", day.toString());
    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder();
    html.append("<!doctype html><html lang=\"")
        .append(lang.code())
        .append("\"><head><meta charset=\"utf-8\"><title>")
        .append(Escape.text(subject))
        .append("</title></head><body style=\"font-family:sans-serif\">\n");
    String greeting = format(lang, "mail.greeting", name);
    text.append(greeting).append('\n').append(t(lang, "mail.intro")).append("\n\n");
    html.append("<p>")
        .append(Escape.text(greeting))
        .append("<br>")
        .append(Escape.text(t(lang, "mail.intro")))
        .append("</p>\n");
    if (!items.acknowledgements().isEmpty()) {
      section(text, html, t(lang, "mail.acknowledge"));
      for (Inbox.AckItem a : items.acknowledgements()) {
        String line =
            a.title()
                + " (v"
                + a.task().version()
                + ")"
                + (a.task().due() == null ? "" : ", " + t(lang, "mail.due") + " " + a.task().due())
                + (a.overdue() ? " — " + t(lang, "mail.overdueMark") : "");
        item(
            text,
            html,
            line,
            link(baseUrl, "/acknowledgements/" + a.task().processId() + "/" + a.task().version()));
      }
      end(html);
    }
    if (!items.comments().isEmpty()) {
      section(text, html, t(lang, "mail.comments"));
      for (Inbox.CommentItem c : items.comments()) {
        String line =
            c.title()
                + ", "
                + c.comment().stepId()
                + ". "
                + c.comment().stepTitle()
                + " — "
                + c.comment().author()
                + ": "
                + shorten(c.comment().body());
        item(text, html, line, link(baseUrl, "/processes/" + c.comment().processId()));
      }
      end(html);
    }
    if (!items.overdue().isEmpty()) {
      section(text, html, t(lang, "mail.overdue"));
      for (ProcessSummary s : items.overdue()) {
        item(
            text, html, s.title() + " (" + s.review() + ")", link(baseUrl, "/processes/" + s.id()));
      }
      end(html);
    }
    if (!baseUrl.isEmpty()) {
      text.append(t(lang, "mail.open")).append(": ").append(link(baseUrl, "/my-work")).append('\n');
      html.append("<p><a href=\"")
          .append(Escape.attribute(link(baseUrl, "/my-work")))
          .append("\">")
          .append(Escape.text(t(lang, "mail.open")))
          .append("</a></p>\n");
    }
    text.append('\n').append(t(lang, "mail.footer")).append('\n');
    html.append("<p style=\"color:#57606a;font-size:small\">")
        .append(Escape.text(t(lang, "mail.footer")))
        .append("</p>\n</body></html>\n");
    return new Mail(to, subject, text.toString(), html.toString());
  }

  private static void section(StringBuilder text, StringBuilder html, String heading) {
    text.append(heading).append('\n');
    html.append("<h3>").append(Escape.text(heading)).append("</h3>\n<ul>\n");
  }

  private static void item(StringBuilder text, StringBuilder html, String line, String href) {
    text.append("  - ").append(line).append(href.isEmpty() ? "" : "\n    " + href).append('\n');
    html.append("<li>");
    if (href.isEmpty()) {
      html.append(Escape.text(line));
    } else {
      html.append("<a href=\"")
          .append(Escape.attribute(href))
          .append("\">")
          .append(Escape.text(line))
          .append("</a>");
    }
    html.append("</li>\n");
  }

  private static void end(StringBuilder html) {
    html.append("</ul>\n");
  }

  private static String link(String baseUrl, String path) {
    return baseUrl.isEmpty() ? "" : baseUrl.replaceAll("/+$", "") + path;
  }

  private static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() > 200 ? one.substring(0, 199) + "…" : one;
  }

  private String t(Language lang, String key) {
    return messages.get(lang, key);
  }

  private String format(Language lang, String key, Object... args) {
    return new MessageFormat(t(lang, key).replace("'", "''"), lang.locale()).format(args);
  }
}
