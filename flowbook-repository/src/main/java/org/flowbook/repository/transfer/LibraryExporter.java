package org.flowbook.repository.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.flowbook.model.Status;
import org.flowbook.notation.Keyword;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.VersionInfo;

/**
 * Writes the library as a workspace: {@code organization.flow}, the people ({@code personer.flow})
 * and absences ({@code frånvaro.csv}), the newest version of each process as {@code ID.flow} (with
 * its status in the header), and every version under {@code history/ID/N.flow}, so {@link
 * WorkspaceImporter} restores the whole history. Into a folder, or a zip when the target name ends
 * with {@code .zip}.
 */
public final class LibraryExporter {
  private LibraryExporter() {}

  /** The files of the export, by relative path, in a stable order. */
  public static Map<String, String> files(Library library) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("organization.flow", library.organizationSource());
    // people3 (#13): the library is the truth about people and absences (decision 0609); the
    // export carries both so that importing it restores them.
    String people = library.people().source();
    if (!people.isEmpty()) {
      files.put("personer.flow", people);
    }
    if (!library.people().all().isEmpty()) {
      files.put("frånvaro.csv", library.people().absencesCsv());
    }
    for (ProcessSummary s : library.processes().list()) {
      for (VersionInfo v : library.processes().history(s.id())) {
        String text = withStatus(library, s.id(), v.version(), v.status());
        files.put("history/" + s.id() + "/" + v.version() + ".flow", text);
        if (v.version() == s.latestVersion()) {
          files.put(s.id() + ".flow", text);
        }
      }
    }
    return files;
  }

  public static void write(Library library, Path target) {
    Map<String, String> files = files(library);
    try {
      if (target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
        if (target.toAbsolutePath().getParent() != null) {
          Files.createDirectories(target.toAbsolutePath().getParent());
        }
        try (OutputStream out = Files.newOutputStream(target)) {
          zip(files, out);
        }
      } else {
        for (Map.Entry<String, String> f : files.entrySet()) {
          Path p = target.resolve(f.getKey());
          Files.createDirectories(p.getParent());
          Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export to " + target, e);
    }
  }

  public static void zip(Map<String, String> files, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> f : files.entrySet()) {
      zip.putNextEntry(new ZipEntry(f.getKey()));
      zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    zip.finish();
  }

  private static String withStatus(Library library, String id, int version, Status status) {
    ProcessDocument doc = library.document(id, version).orElseThrow();
    if (!doc.hasProcess()) {
      return doc.source().lines().stream().reduce("", (a, b) -> a + b + "\n");
    }
    Set<Keyword> declared = EnumSet.noneOf(Keyword.class);
    declared.addAll(doc.declared());
    declared.add(Keyword.STATUS);
    return ProcessFormatter.format(
        new ProcessDocument(
            doc.process().withStatus(status),
            doc.comments(),
            declared,
            doc.locator(),
            doc.problems(),
            doc.source()));
  }
}
