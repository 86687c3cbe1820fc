package org.flowbook.server.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.flowbook.model.Language;
import org.flowbook.model.Person;
import org.flowbook.repository.Library;
import org.flowbook.repository.acknowledge.PersonLink;
import org.flowbook.repository.users.User;
import org.flowbook.server.view.Messages;
import org.flowbook.server.work.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each person of the organization with an e-mail address one digest a day of what waits for
 * them ({@link Inbox}), in their language: their account's choice in the web app, else the
 * organization's. A digest that cannot be sent is logged and tried again at the next run (the
 * server runs this every few minutes); the items stay in the app whatever happens to the e-mail.
 */
public final class DigestMailer {
  private static final Logger LOG = LoggerFactory.getLogger(DigestMailer.class);
  private static final int TIMEOUT_MS = 20_000;
  private final Library library;
  private final MailSettings settings;
  private final DigestWriter writer;
  private final Inbox inbox;

  public DigestMailer(Library library, MailSettings settings, Messages messages) {
    this.library = library;
    this.settings = settings;
    this.writer = new DigestWriter(messages);
    this.inbox = new Inbox(library);
  }

  /** What one run did. */
  public record Run(int sent, int failed, int skipped) {}

  /** Sends today's digests that are not sent yet. */
  public Run run() {
    return run(LocalDate.ofInstant(library.clock().instant(), ZoneId.systemDefault()));
  }

  public Run run(LocalDate day) {
    int sent = 0;
    int failed = 0;
    int skipped = 0;
    for (Person p : library.organization().people()) {
      String to = p.email();
      if (to.isEmpty() || library.digests().sent(to, day)) {
        skipped++;
        continue;
      }
      Optional<User> account =
          library.users().all().stream()
              .filter(User::active)
              .filter(u -> PersonLink.links(u, p))
              .findFirst();
      Inbox.Items items = inbox.forPerson(p, account, day);
      if (items.isEmpty()) {
        skipped++;
        continue;
      }
      Language lang =
          account
              .flatMap(u -> library.userSettings().language(u.username()))
              .orElse(library.organization().language());
      DigestWriter.Mail mail = writer.write(to, p.name(), lang, items, day, settings.baseUrl());
      try {
        send(mail);
        library.digests().recordSent(to, day);
        sent++;
      } catch (MessagingException | RuntimeException e) {
        library.digests().recordFailure(to, day, e.toString());
        LOG.warn(
            "the daily digest to {} could not be sent through {} (will try again): {}",
            to,
            settings,
            e.toString());
        failed++;
      }
    }
    return new Run(sent, failed, skipped);
  }

  private void send(DigestWriter.Mail mail) throws MessagingException {
    Properties props = new Properties();
    String proto = settings.tls() ? "smtps" : "smtp";
    props.put("mail.transport.protocol", proto);
    props.put("mail." + proto + ".host", settings.host());
    props.put("mail." + proto + ".port", String.valueOf(settings.port()));
    props.put("mail." + proto + ".connectiontimeout", String.valueOf(TIMEOUT_MS));
    props.put("mail." + proto + ".timeout", String.valueOf(TIMEOUT_MS));
    props.put("mail." + proto + ".writetimeout", String.valueOf(TIMEOUT_MS));
    props.put("mail.smtp.starttls.enable", "true");
    boolean auth = !settings.username().isEmpty();
    props.put("mail." + proto + ".auth", String.valueOf(auth));
    Session session = Session.getInstance(props);
    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress(settings.from()));
    m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
    m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    m.setSentDate(Date.from(library.clock().instant()));
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), StandardCharsets.UTF_8.name());
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(mail.html(), "text/html; charset=UTF-8");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    m.setContent(alternative);
    try (Transport t = session.getTransport(proto)) {
      if (auth) {
        t.connect(settings.host(), settings.port(), settings.username(), settings.password());
      } else {
        t.connect();
      }
      t.sendMessage(m, m.getAllRecipients());
    }
  }
}
