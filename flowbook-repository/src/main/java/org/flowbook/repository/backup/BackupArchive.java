package org.flowbook.repository.backup;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A backup archive opened for reading, with limits enforced while reading: no more than {@link
 * #MAX_ENTRIES} entries, no entry name that could point outside its folder (absolute, {@code ..},
 * backslashes, control characters), no duplicate names, and every entry's bytes counted as they are
 * inflated against its size in the manifest, a per-entry cap and a total cap, so a zip bomb stops
 * at the first byte too many rather than filling the disk. The manifest is read first and every
 * entry's SHA-256 is checked against it.
 */
final class BackupArchive implements AutoCloseable {
  static final int MAX_ENTRIES = 100_000;
  static final long MAX_MANIFEST = 8L * 1024 * 1024;
  static final long MAX_ENTRY = 4L * 1024 * 1024 * 1024;
  static final long MAX_TOTAL = 64L * 1024 * 1024 * 1024;
  private static final Pattern SAFE_NAME =
      Pattern.compile(
          "(manifest\\.json|tables/[a-z0-9_]{1,100}\\.jsonl|files/[^\\\\:\\x00-\\x1f]+)");

  static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .configure(
              com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
              false);

  static {
    // The archive's streams are closed by their owners; a parser reading to the end must not.
    JSON.getFactory().disable(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE);
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength(64 * 1024 * 1024)
                .maxNestingDepth(8)
                .maxNumberLength(40)
                .build());
  }

  private final ZipFile zip;
  private final Map<String, ZipEntry> entries = new HashMap<>();
  private final Manifest manifest;
  private long inflated;

  BackupArchive(Path file) {
    try {
      this.zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new BackupException(file + " is not a zip archive: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new BackupException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry e = all.nextElement();
        if (entries.size() >= MAX_ENTRIES) {
          throw new BackupException("the archive has more than " + MAX_ENTRIES + " entries");
        }
        String name = e.getName();
        if (e.isDirectory()) {
          continue;
        }
        if (!safe(name)) {
          throw new BackupException("the archive entry '" + printable(name) + "' is not allowed");
        }
        if (entries.put(name, e) != null) {
          throw new BackupException("the archive holds '" + printable(name) + "' twice");
        }
      }
      if (!entries.containsKey(Manifest.ENTRY)) {
        throw new BackupException("the archive has no manifest.json: it is not a Flowbook backup");
      }
      byte[] bytes;
      try (InputStream in = limited(entries.get(Manifest.ENTRY), MAX_MANIFEST)) {
        bytes = in.readAllBytes();
      }
      Manifest m;
      try {
        m = JSON.readValue(bytes, Manifest.class);
      } catch (IOException e) {
        throw new BackupException("the manifest cannot be read: " + e.getMessage(), e);
      }
      if (m.format() != Manifest.FORMAT) {
        throw new BackupException(
            "the archive is in format "
                + m.format()
                + "; this Flowbook reads format "
                + Manifest.FORMAT);
      }
      for (Manifest.Table t : m.tables()) {
        require(t.entry(), t.bytes());
      }
      for (Manifest.StoredFile f : m.files()) {
        require(f.entry(), f.bytes());
      }
      this.manifest = m;
    } catch (IOException e) {
      close();
      throw new BackupException("cannot read the archive: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private void require(String entry, long bytes) {
    if (!safe(entry) || !entries.containsKey(entry)) {
      throw new BackupException(
          "the archive lacks '" + printable(entry) + "' that its manifest lists");
    }
    if (bytes < 0 || bytes > MAX_ENTRY) {
      throw new BackupException("'" + printable(entry) + "' is larger than a backup entry may be");
    }
  }

  static boolean safe(String name) {
    if (!SAFE_NAME.matcher(name).matches() || name.length() > 1000) {
      return false;
    }
    for (String part : name.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private static String printable(String s) {
    String p = s.replaceAll("[\\x00-\\x1f]", "?");
    return p.length() > 200 ? p.substring(0, 200) + "…" : p;
  }

  Manifest manifest() {
    return manifest;
  }

  /**
   * The bytes of {@code entry}, refused past {@code expected} bytes, and checked against {@code
   * sha256} when the stream is read to its end: a short, long or altered entry throws.
   */
  InputStream open(String entry, long expected, String sha256) throws IOException {
    InputStream limited = limited(entries.get(entry), expected);
    DigestInputStream digest = new DigestInputStream(limited, LibraryBackup.sha256());
    return new FilterInputStream(digest) {
      private long read;
      private boolean checked;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
          check();
        } else {
          read++;
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n < 0) {
          check();
        } else {
          read += n;
        }
        return n;
      }

      private void check() {
        if (checked) {
          return;
        }
        checked = true;
        if (read != expected) {
          throw new BackupException(
              "'" + entry + "' has " + read + " bytes; the manifest says " + expected);
        }
        String actual = HexFormat.of().formatHex(digest.getMessageDigest().digest());
        if (!actual.equals(sha256)) {
          throw new BackupException(
              "'"
                  + entry
                  + "' does not match its checksum in the manifest: the archive is damaged"
                  + " or was changed");
        }
      }
    };
  }

  /** Inflates at most {@code max} bytes of the entry, and at most MAX_TOTAL over the archive. */
  private InputStream limited(ZipEntry e, long max) throws IOException {
    InputStream in = zip.getInputStream(e);
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          counted(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, (int) Math.min(len, max - count + 1));
        if (n > 0) {
          counted(n);
        }
        return n;
      }

      private void counted(int n) {
        count += n;
        inflated += n;
        if (count > max) {
          throw new BackupException(
              "'" + e.getName() + "' unpacks to more than its " + max + " bytes: refused");
        }
        if (inflated > MAX_TOTAL) {
          throw new BackupException("the archive unpacks to more than " + MAX_TOTAL + " bytes");
        }
      }
    };
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      // Nothing was written through it; nothing to lose.
    }
  }
}
