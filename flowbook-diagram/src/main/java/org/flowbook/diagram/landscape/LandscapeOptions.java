package org.flowbook.diagram.landscape;

import java.util.Objects;
import java.util.Optional;
import org.flowbook.model.Language;

/**
 * How to draw a landscape map.
 *
 * @param linkPattern where a process box links to; {@code {id}} is replaced by the process id
 *     (default {@code {id}.svg}, the file {@code flowbook render} writes for it); empty for no
 *     links
 * @param language the language of generated words; empty = the organization's
 */
public record LandscapeOptions(String linkPattern, Optional<Language> language) {
  public LandscapeOptions {
    linkPattern = Objects.requireNonNullElse(linkPattern, "");
    language = language == null ? Optional.empty() : language;
  }

  public static LandscapeOptions defaults() {
    return new LandscapeOptions("{id}.svg", Optional.empty());
  }

  public LandscapeOptions withLinkPattern(String pattern) {
    return new LandscapeOptions(pattern, language);
  }

  public LandscapeOptions withLanguage(Language l) {
    return new LandscapeOptions(linkPattern, Optional.of(l));
  }

  /** The link of one process, or empty. */
  public String link(String processId) {
    return linkPattern.replace("{id}", processId);
  }
}
