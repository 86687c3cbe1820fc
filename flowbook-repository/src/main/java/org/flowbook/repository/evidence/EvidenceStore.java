package org.flowbook.repository.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.repository.audit.AuditLog;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.Processes;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.training.TrainingSignOffs.DocumentSource;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;

/**
 * Evidence that controls were performed, and the one rule for who may add it: every account but an
 * auditor (who reads and changes nothing). A file is uploaded first and then linked by the record
 * made with it, by the same account, once; a record names a control on a step of the process's
 * published version. Each upload and each record is one row and one audit entry in one transaction,
 * so a 2xx answer means it is stored. Nothing is ever changed or deleted, except uploads no record
 * linked within a day (someone chose a file and left the form).
 */
public final class EvidenceStore {
  /** The longest period text ("2026-11", a case reference). */
  public static final int MAX_PERIOD = 100;

  /** The longest note (column {@code evidence.note}). */
  public static final int MAX_NOTE = 2000;

  /** The longest file name kept (column {@code evidence_files.file_name}). */
  public static final int MAX_NAME = 200;

  private static final Duration UNLINKED_KEPT = Duration.ofDays(1);
  private static final String RECORD_COLUMNS =
      "e.id, e.control_name, e.process_id, e.period, e.note, e.file_id, e.recorded_by,"
          + " e.recorded_name, e.recorded_at, f.file_name, f.media_type, f.byte_size, f.sha256,"
          + " f.uploaded_by, f.uploaded_at";
  private static final String RECORDS =
      "SELECT "
          + RECORD_COLUMNS
          + " FROM evidence e LEFT JOIN evidence_files f ON f.id = e.file_id";

  private final Database db;
  private final AuditLog audit;
  private final Clock clock;
  private final Processes processes;
  private final DocumentSource documents;

  public EvidenceStore(
      Database db, AuditLog audit, Clock clock, Processes processes, DocumentSource documents) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
    this.processes = processes;
    this.documents = documents;
  }

  /** What a performer fills in; {@code fileId} is an upload of theirs, or null. */
  public record Request(String control, String processId, String period, String note, Long fileId) {
    public Request {
      control = control == null ? "" : control.strip();
      processId = processId == null ? "" : processId.strip();
      period = period == null ? "" : period.strip();
      note = note == null ? "" : note.strip();
    }
  }

  /** Whether the account may add evidence: everyone but an auditor. */
  public static boolean mayRecord(User actor) {
    return actor.access() != AccessRole.AUDITOR;
  }

  /**
   * Stores an uploaded file. The caller has checked its type by content and cleaned its name.
   *
   * @throws LibraryException forbidden for an auditor, invalid for an empty file or a bad name
   */
  public EvidenceFile upload(User actor, String name, String mediaType, byte[] content) {
    refuseAuditor(actor);
    if (content == null || content.length == 0) {
      throw LibraryException.invalid("the file is empty");
    }
    if (name == null || name.isBlank() || name.length() > MAX_NAME || hasFolders(name)) {
      throw LibraryException.invalid("a file name of 1 to " + MAX_NAME + " characters, no folders");
    }
    Instant now = clock.instant();
    return db.inTransaction(
        c -> {
          Rows.update(
              c,
              "DELETE FROM evidence_files WHERE uploaded_at < ? AND NOT EXISTS"
                  + " (SELECT 1 FROM evidence e WHERE e.file_id = evidence_files.id)",
              now.minus(UNLINKED_KEPT));
          long id;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO evidence_files (file_name, media_type, byte_size, sha256, content,"
                      + " uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"id"})) {
            ps.setString(1, name);
            ps.setString(2, mediaType);
            ps.setLong(3, content.length);
            ps.setString(4, sha256(content));
            ps.setBytes(5, content);
            ps.setString(6, actor.username());
            ps.setObject(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              keys.next();
              id = keys.getLong(1);
            }
          }
          audit.append(
              c,
              actor.username(),
              "evidence-upload",
              "evidence-file:" + id,
              name + ", " + mediaType + ", " + content.length + " bytes");
          return file(c, id).orElseThrow();
        });
  }

  /**
   * Records that a control was performed for a period.
   *
   * @throws LibraryException forbidden for an auditor or a file someone else uploaded; not found
   *     for a process never published or a file that does not exist; invalid for a control that no
   *     step of the published version names, an empty or over-long period, an over-long note, or a
   *     record with neither note nor file; conflict for a file another record holds
   */
  public EvidenceRecord record(User actor, Request r) {
    refuseAuditor(actor);
    ProcessSummary s =
        processes
            .summary(r.processId())
            .filter(x -> x.publishedVersion() != null)
            .orElseThrow(() -> LibraryException.notFound("no published process " + r.processId()));
    if (!controls(s).contains(r.control())) {
      throw LibraryException.invalid(
          "no step of " + s.id() + " has the control '" + r.control() + "'");
    }
    if (r.period().isEmpty() || r.period().length() > MAX_PERIOD || hasControlChars(r.period())) {
      throw LibraryException.invalid("the period is 1 to " + MAX_PERIOD + " characters on a line");
    }
    if (r.note().length() > MAX_NOTE) {
      throw LibraryException.invalid("a note is at most " + MAX_NOTE + " characters");
    }
    if (r.note().isEmpty() && r.fileId() == null) {
      throw LibraryException.invalid("evidence needs a note, a file or both");
    }
    return db.inTransaction(
        c -> {
          if (r.fileId() != null) {
            EvidenceFile f =
                file(c, r.fileId())
                    .orElseThrow(() -> LibraryException.notFound("no file " + r.fileId()));
            if (!f.uploadedBy().equals(actor.username())) {
              throw LibraryException.forbidden("only who uploaded a file may attach it");
            }
            if (Rows.one(c, "SELECT id FROM evidence WHERE file_id = ?", rs -> 1, f.id())
                .isPresent()) {
              throw LibraryException.conflict("the file is attached to another record already");
            }
          }
          long id;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO evidence (control_name, process_id, period, note, file_id,"
                      + " recorded_by, recorded_name, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"id"})) {
            ps.setString(1, r.control());
            ps.setString(2, s.id());
            ps.setString(3, r.period());
            ps.setString(4, r.note());
            ps.setObject(5, r.fileId());
            ps.setString(6, actor.username());
            ps.setString(7, actor.displayName());
            ps.setObject(8, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              keys.next();
              id = keys.getLong(1);
            }
          }
          audit.append(
              c,
              actor.username(),
              "evidence-record",
              "process:" + s.id(),
              "record "
                  + id
                  + ", control "
                  + r.control()
                  + ", period "
                  + r.period()
                  + (r.fileId() == null ? "" : ", file " + r.fileId()));
          return Rows.one(c, RECORDS + " WHERE e.id = ?", EvidenceStore::record, id).orElseThrow();
        });
  }

  /**
   * The controls of the process's published version: those named on its steps, then those its risks
   * name as mitigating them (a monthly reconciliation is often on no step).
   */
  public List<String> controls(ProcessSummary s) {
    if (s.publishedVersion() == null) {
      return List.of();
    }
    return documents
        .document(s.id(), s.publishedVersion())
        .filter(ProcessDocument::hasProcess)
        .map(d -> controls(d.process()))
        .orElse(List.of());
  }

  /** The control names of a process, steps first, then risks, each once. */
  public static List<String> controls(org.flowbook.model.Process p) {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    p.workSteps().forEach(step -> step.task().controls().forEach(c -> names.add(c.name())));
    p.allRisks().forEach(r -> names.addAll(r.controls()));
    return List.copyOf(names);
  }

  /** Every record, newest first. */
  public List<EvidenceRecord> all() {
    return db.read(
        c ->
            Rows.list(
                c, RECORDS + " ORDER BY e.recorded_at DESC, e.id DESC", EvidenceStore::record));
  }

  /** One record. */
  public Optional<EvidenceRecord> find(long id) {
    return db.read(c -> Rows.one(c, RECORDS + " WHERE e.id = ?", EvidenceStore::record, id));
  }

  /** A file's description, linked or not. */
  public Optional<EvidenceFile> file(long id) {
    return db.read(c -> file(c, id));
  }

  /** A file's bytes. */
  public Optional<byte[]> content(long id) {
    return db.read(
        c ->
            Rows.one(
                c, "SELECT content FROM evidence_files WHERE id = ?", rs -> rs.getBytes(1), id));
  }

  private static Optional<EvidenceFile> file(java.sql.Connection c, long id) throws SQLException {
    return Rows.one(
        c,
        "SELECT id AS file_id, file_name, media_type, byte_size, sha256, uploaded_by, uploaded_at"
            + " FROM evidence_files WHERE id = ?",
        EvidenceStore::fileRow,
        id);
  }

  private static EvidenceRecord record(ResultSet rs) throws SQLException {
    long fileId = rs.getLong("file_id");
    Optional<EvidenceFile> file = rs.wasNull() ? Optional.empty() : Optional.of(fileRow(rs));
    return new EvidenceRecord(
        rs.getLong("id"),
        rs.getString("control_name"),
        rs.getString("process_id"),
        rs.getString("period"),
        rs.getString("note"),
        file,
        rs.getString("recorded_by"),
        rs.getString("recorded_name"),
        Rows.instant(rs, "recorded_at"));
  }

  private static EvidenceFile fileRow(ResultSet rs) throws SQLException {
    return new EvidenceFile(
        rs.getLong("file_id"),
        rs.getString("file_name"),
        rs.getString("media_type"),
        rs.getLong("byte_size"),
        rs.getString("sha256"),
        rs.getString("uploaded_by"),
        Rows.instant(rs, "uploaded_at"));
  }

  private static void refuseAuditor(User actor) {
    if (!mayRecord(actor)) {
      throw LibraryException.forbidden("auditors read evidence; they do not add it");
    }
  }

  private static boolean hasFolders(String name) {
    return name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..");
  }

  private static boolean hasControlChars(String s) {
    return s.chars().anyMatch(ch -> Character.isISOControl(ch));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
