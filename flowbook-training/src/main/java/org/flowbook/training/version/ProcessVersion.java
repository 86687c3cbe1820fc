package org.flowbook.training.version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.flowbook.model.Process;
import org.flowbook.notation.ProcessFormatter;

/**
 * One version of a process that people can be trained on.
 *
 * @param id the version's name: the repository's version number, or the file's {@code version:}
 *     label, or the content hash
 * @param hash SHA-256 (hex) of the process's canonical text, so the same content has the same hash
 *     however it was written
 */
public record ProcessVersion(String id, String hash, Process process) {
  /** The shortest hash prefix a record may use to name a version. */
  public static final int MIN_HASH_PREFIX = 7;

  /** A version named {@code id} (its hash computed from the canonical text). */
  public static ProcessVersion of(String id, Process process) {
    return new ProcessVersion(id, hashOf(process), process);
  }

  /** A version named by its {@code version:} label, or by the first 12 characters of its hash. */
  public static ProcessVersion labelled(Process process) {
    String hash = hashOf(process);
    return new ProcessVersion(
        process.version().isBlank() ? hash.substring(0, 12) : process.version(), hash, process);
  }

  /** Whether a record's version text names this version: its id, or a prefix of its hash. */
  public boolean isNamedBy(String version) {
    String v = version.strip();
    if (v.equalsIgnoreCase(id)) {
      return true;
    }
    String h = v.toLowerCase(Locale.ROOT);
    if (h.startsWith("sha:") || h.startsWith("sha256:")) {
      h = h.substring(h.indexOf(':') + 1);
    }
    return h.length() >= MIN_HASH_PREFIX && hash.startsWith(h);
  }

  static String hashOf(Process process) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(ProcessFormatter.format(process).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
