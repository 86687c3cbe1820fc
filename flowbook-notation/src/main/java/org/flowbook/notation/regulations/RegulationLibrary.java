package org.flowbook.notation.regulations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flowbook.model.Language;
import org.flowbook.model.Regulation;
import org.flowbook.notation.OrganizationDocument;
import org.flowbook.notation.OrganizationParser;

/**
 * The requirement sets that ship with Flowbook, ready to add to a workspace as {@code regelverk:}
 * entries: the GDPR articles used in practice, the day-to-day chapters of Bokföringslagen, the
 * systematic work environment chapter of AFS 2023:1 and the internal-control sections of
 * Kommunallagen. Each is written once in Swedish and once in English as ordinary notation, with its
 * official source under {@code källa:} / {@code source:}; the citations ({@code "GDPR Art. 30"},
 * {@code "BFL 5:6"}) are the same in both languages, so controls cite them alike.
 */
public final class RegulationLibrary {
  private static final String FOLDER = "/org/flowbook/notation/regulations/";

  /** The sets in the order they are listed. */
  private static final List<String> IDS = List.of("gdpr", "bfl", "afs-2023-1", "kl");

  private RegulationLibrary() {}

  /** One ready set, in one language. */
  public record Entry(String id, Language language, String text, Regulation regulation) {}

  /** The ids of the sets ({@code gdpr}, {@code bfl}, ...). */
  public static List<String> ids() {
    return IDS;
  }

  /** Every set in one language. */
  public static List<Entry> all(Language language) {
    return IDS.stream().map(id -> read(id, language)).toList();
  }

  /**
   * The set with this id, or whose citation short name is this (case and spaces ignored, so {@code
   * "afs 2023:1"} finds {@code afs-2023-1}).
   */
  public static Optional<Entry> find(String idOrShort, Language language) {
    String wanted = key(idOrShort);
    for (String id : IDS) {
      Entry e = read(id, language);
      if (key(id).equals(wanted) || key(e.regulation().shortName()).equals(wanted)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static Entry read(String id, Language language) {
    String name = id + "." + language.code() + ".flow";
    try (InputStream in = RegulationLibrary.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the regulation library lacks " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      OrganizationDocument doc = OrganizationParser.parse(name, text);
      if (doc.hasErrors() || doc.organization().regulations().size() != 1) {
        // The files are part of the product and tested; a broken one is a build fault.
        throw new IllegalStateException("the regulation library's " + name + " does not parse");
      }
      return new Entry(id, language, text, doc.organization().regulations().get(0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
