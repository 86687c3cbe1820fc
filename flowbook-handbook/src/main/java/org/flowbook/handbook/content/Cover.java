package org.flowbook.handbook.content;

import java.util.List;
import java.util.Objects;

/**
 * The first page: what kind of manual it is, its title, and the facts an auditor checks first.
 *
 * @param kicker the kind of document above the title ("Processbeskrivning")
 */
public record Cover(String kicker, String title, String subtitle, List<Block.Fact> facts) {
  public Cover {
    Objects.requireNonNull(kicker, "kicker");
    Objects.requireNonNull(title, "title");
    subtitle = subtitle == null ? "" : subtitle;
    facts = List.copyOf(facts);
  }
}
