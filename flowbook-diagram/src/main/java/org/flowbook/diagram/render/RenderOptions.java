package org.flowbook.diagram.render;

import java.util.Objects;
import java.util.Optional;
import org.flowbook.diagram.overlay.Overlay;
import org.flowbook.model.Language;

/**
 * How to draw a flowchart.
 *
 * @param language the language of generated words (lane "Other", legend); empty = the process's
 * @param overlay heat, badges and diff states drawn over the chart ({@link Overlay#NONE} for none)
 * @param title whether to write the process title above the chart
 */
public record RenderOptions(Optional<Language> language, Overlay overlay, boolean title) {
  public RenderOptions {
    language = language == null ? Optional.empty() : language;
    overlay = Objects.requireNonNullElse(overlay, Overlay.NONE);
  }

  public static RenderOptions defaults() {
    return new RenderOptions(Optional.empty(), Overlay.NONE, true);
  }

  public RenderOptions withLanguage(Language l) {
    return new RenderOptions(Optional.of(l), overlay, title);
  }

  public RenderOptions withOverlay(Overlay o) {
    return new RenderOptions(language, o, title);
  }

  public RenderOptions withTitle(boolean show) {
    return new RenderOptions(language, overlay, show);
  }
}
