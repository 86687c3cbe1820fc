package org.flowbook.notation;

import java.util.HashMap;
import java.util.Map;
import org.flowbook.model.Locator;
import org.flowbook.model.SourceLocation;

/** Where the parser saw each part of each step, so problems point at the exact word. */
final class Positions implements Locator {
  private final Map<String, SourceLocation> byKey = new HashMap<>();
  private final SourceLocation fallback;

  Positions(SourceLocation fallback) {
    this.fallback = fallback;
  }

  void put(String stepId, Part part, int index, SourceLocation at) {
    byKey.putIfAbsent(key(stepId, part, index), at);
  }

  @Override
  public SourceLocation locate(String stepId, Part part, int index) {
    SourceLocation at = byKey.get(key(stepId, part, index));
    if (at == null && part != Part.STEP) {
      at = byKey.get(key(stepId, Part.STEP, 0));
    }
    return at == null ? fallback : at;
  }

  private static String key(String stepId, Part part, int index) {
    return stepId + '\u0000' + part + '\u0000' + index;
  }
}
