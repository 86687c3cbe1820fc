package org.flowbook.diagram.medium;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.Direction;

/**
 * A chart placed in the direction and on the page that read best: the flow runs right on every
 * page, and may run down on a portrait page when that needs fewer pieces or prints its text clearly
 * larger (a process with many steps and few roles is a tall column of steps, not four landscape
 * pages of one column each). An author's {@code direction:} is kept wherever it can be printed
 * within the legibility rule; otherwise the other direction is used.
 *
 * @param direction which way the chosen chart runs
 * @param layout the chart in that direction
 * @param placement its scale and pieces on the chosen page
 */
public record DirectionChoice(Direction direction, DiagramLayout layout, Placement placement) {
  /** How much larger the text must print before the flow turns down for it (10 %). */
  static final double TURN_FOR_SCALE = 1.10;

  public DirectionChoice {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(placement, "placement");
  }

  /**
   * The best placement of a chart on one of the pages.
   *
   * @param layouts the chart laid out in a direction (called at most once per direction)
   * @param chosen the author's direction, or empty to choose
   * @param pages the pages it may go on, in order of preference
   */
  public static DirectionChoice best(
      Function<Direction, DiagramLayout> layouts, Optional<Direction> chosen, Medium... pages) {
    if (pages.length == 0) {
      throw new IllegalArgumentException("no medium given");
    }
    Map<Direction, DiagramLayout> cache = new EnumMap<>(Direction.class);
    Function<Direction, DiagramLayout> layout = d -> cache.computeIfAbsent(d, layouts);
    List<DirectionChoice> candidates = new ArrayList<>();
    if (chosen.isPresent()) {
      for (Medium m : pages) {
        candidates.add(place(chosen.get(), layout, m));
      }
      if (candidates.stream().anyMatch(DirectionChoice::legible)) {
        return pick(candidates);
      }
      Direction other = chosen.get() == Direction.RIGHT ? Direction.DOWN : Direction.RIGHT;
      for (Medium m : pages) {
        candidates.add(place(other, layout, m));
      }
      return pick(candidates);
    }
    for (Medium m : pages) {
      candidates.add(place(Direction.RIGHT, layout, m));
    }
    DirectionChoice right = pick(candidates);
    if (right.placement().pieces().size() == 1 && right.placement().scale() >= 1 - 1e-9) {
      return right; // already at full size on one page: nothing to gain by turning it
    }
    DirectionChoice best = right;
    for (Medium m : pages) {
      if (!m.portrait()) {
        continue;
      }
      DirectionChoice down = place(Direction.DOWN, layout, m);
      if (down.legible() && down.better(best)) {
        best = down;
      }
    }
    return best;
  }

  private static DirectionChoice place(
      Direction d, Function<Direction, DiagramLayout> layout, Medium m) {
    DiagramLayout l = layout.apply(d);
    return new DirectionChoice(d, l, Placement.of(l, m));
  }

  /** The legible candidate with the fewest pieces, then the larger text, then the first. */
  private static DirectionChoice pick(List<DirectionChoice> candidates) {
    List<DirectionChoice> legible = candidates.stream().filter(DirectionChoice::legible).toList();
    List<DirectionChoice> from = legible.isEmpty() ? candidates : legible;
    DirectionChoice best = null;
    for (DirectionChoice c : from) {
      if (best == null
          || c.placement().pieces().size() < best.placement().pieces().size()
          || (c.placement().pieces().size() == best.placement().pieces().size()
              && c.placement().scale() > best.placement().scale() + 1e-9)) {
        best = c;
      }
    }
    return best;
  }

  /** Whether the placement keeps the legibility rule. */
  public boolean legible() {
    return Legibility.check(placement).isEmpty();
  }

  /** Fewer pieces, or as many with text at least {@link #TURN_FOR_SCALE} times larger. */
  private boolean better(DirectionChoice other) {
    int mine = placement.pieces().size();
    int theirs = other.placement().pieces().size();
    return mine < theirs
        || (mine == theirs && placement.scale() >= other.placement().scale() * TURN_FOR_SCALE);
  }
}
