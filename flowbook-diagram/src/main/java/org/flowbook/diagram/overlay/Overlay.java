package org.flowbook.diagram.overlay;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Data drawn over a flowchart: a heat map (e.g. frequency or waiting time from an event log),
 * badges and diff states. The renderer adds a legend for whatever the overlay uses.
 *
 * @param title the legend's heading ("Väntetid per steg"), or empty
 * @param heatLow the legend text at the light end of the heat ramp ("0 d"), or empty
 * @param heatHigh the legend text at the dark end ("12 d"), or empty
 * @param steps marks by step id
 * @param flows marks by source and target step
 */
public record Overlay(
    String title,
    String heatLow,
    String heatHigh,
    Map<String, Mark> steps,
    Map<FlowRef, Mark> flows) {

  public static final Overlay NONE = new Overlay("", "", "", Map.of(), Map.of());

  public Overlay {
    title = title == null ? "" : title.strip();
    heatLow = heatLow == null ? "" : heatLow.strip();
    heatHigh = heatHigh == null ? "" : heatHigh.strip();
    steps = Map.copyOf(steps);
    flows = Map.copyOf(flows);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Mark step(String stepId) {
    return steps.getOrDefault(stepId, Mark.NONE);
  }

  public Mark flow(String from, String to) {
    return flows.getOrDefault(new FlowRef(from, to), Mark.NONE);
  }

  public boolean isEmpty() {
    return steps.isEmpty() && flows.isEmpty();
  }

  /** Whether any mark has heat (the legend then shows the ramp). */
  public boolean usesHeat() {
    return steps.values().stream().anyMatch(m -> m.heat() > 0)
        || flows.values().stream().anyMatch(m -> m.heat() > 0);
  }

  /** Whether any mark has a diff state (the legend then shows added/removed/changed). */
  public boolean usesStates() {
    return steps.values().stream().anyMatch(m -> m.state() != ChangeState.UNCHANGED)
        || flows.values().stream().anyMatch(m -> m.state() != ChangeState.UNCHANGED);
  }

  /** Collects marks; later marks for the same step or flow replace earlier ones. */
  public static final class Builder {
    private String title = "";
    private String heatLow = "";
    private String heatHigh = "";
    private final Map<String, Mark> steps = new LinkedHashMap<>();
    private final Map<FlowRef, Mark> flows = new LinkedHashMap<>();

    private Builder() {}

    public Builder title(String text) {
      this.title = Objects.requireNonNull(text, "title");
      return this;
    }

    /** The texts at both ends of the heat ramp in the legend. */
    public Builder heatScale(String low, String high) {
      this.heatLow = Objects.requireNonNull(low, "low");
      this.heatHigh = Objects.requireNonNull(high, "high");
      return this;
    }

    public Builder step(String stepId, Mark mark) {
      steps.put(Objects.requireNonNull(stepId, "stepId"), Objects.requireNonNull(mark, "mark"));
      return this;
    }

    public Builder flow(String from, String to, Mark mark) {
      flows.put(new FlowRef(from, to), Objects.requireNonNull(mark, "mark"));
      return this;
    }

    public Overlay build() {
      return new Overlay(title, heatLow, heatHigh, steps, flows);
    }
  }
}
