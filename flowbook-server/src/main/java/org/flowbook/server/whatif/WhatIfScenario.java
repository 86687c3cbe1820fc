package org.flowbook.server.whatif;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.model.Process;
import org.flowbook.server.http.InputError;

/**
 * What an executive asks on the what-if page, read from its form and held within the bounds that
 * keep one careless run from stalling the server: a period of 1 to {@link #MAX_MONTHS} months, 2 to
 * {@link #MAX_REPLICATIONS} replications, a volume change of −100 % to +{@link #MAX_VOLUME_PERCENT}
 * %, head-count changes of at most ±{@link #MAX_HEADS} per role, and — checked by {@link
 * #expectedCases} — at most {@link #MAX_CASES} simulated cases in all.
 *
 * @param volumePercent the change of volume in percent (of the process, or of every process on the
 *     landscape)
 * @param heads head-count change by role name (only roles that change)
 * @param version the version of the process to simulate in the published one's place (a policy), or
 *     0 for none
 */
public record WhatIfScenario(
    int months, int replications, int volumePercent, Map<String, Integer> heads, int version) {
  public static final int MAX_MONTHS = 12;
  public static final int MAX_REPLICATIONS = 30;
  public static final int MAX_VOLUME_PERCENT = 300;
  public static final int MAX_HEADS = 50;

  /** Cases simulated in all (both sides, every replication): a few seconds of a core each 100k. */
  public static final long MAX_CASES = 3_000_000;

  /** The default of the form. */
  public static final WhatIfScenario DEFAULT = new WhatIfScenario(3, 10, 0, Map.of(), 0);

  public WhatIfScenario {
    heads = Map.copyOf(heads);
  }

  /**
   * The scenario of a submitted form ({@code months}, {@code replications}, {@code volume}, {@code
   * heads.<role>} for each of {@code roles}, {@code version}); a value out of its bounds is a 422
   * naming the field and its bounds.
   */
  public static WhatIfScenario read(Context ctx, List<String> roles) {
    int months = number(ctx, "months", 1, MAX_MONTHS, DEFAULT.months());
    int replications = number(ctx, "replications", 2, MAX_REPLICATIONS, DEFAULT.replications());
    int volume = number(ctx, "volume", -100, MAX_VOLUME_PERCENT, 0);
    Map<String, Integer> heads = new LinkedHashMap<>();
    for (String role : roles) {
      int delta = number(ctx, "heads." + role, -MAX_HEADS, MAX_HEADS, 0);
      if (delta != 0) {
        heads.put(role, delta);
      }
    }
    int version = number(ctx, "version", 0, Integer.MAX_VALUE, 0);
    return new WhatIfScenario(months, replications, volume, heads, version);
  }

  /** Whether anything changes at all. */
  public boolean changesNothing() {
    return volumePercent == 0 && heads.isEmpty() && version == 0;
  }

  /**
   * The cases both sides start in all replications, from the documented volumes ({@code volym:},
   * cases per month) of the simulated processes, the changed ones multiplied by the volume change.
   */
  public long expectedCases(List<Process> processes, java.util.Set<String> changed) {
    double perMonth = 0;
    for (Process p : processes) {
      double v = p.casesPerMonth() == null ? 0 : p.casesPerMonth();
      double after = changed.contains(p.id()) ? v * (100 + volumePercent) / 100.0 : v;
      perMonth += v + after;
    }
    return Math.round(perMonth * months * replications);
  }

  private static int number(Context ctx, String field, int low, int high, int otherwise) {
    String raw = ctx.formParam(field);
    if (raw == null || raw.isBlank()) {
      return otherwise;
    }
    int v;
    try {
      v = Integer.parseInt(raw.strip().replace("+", ""));
    } catch (NumberFormatException e) {
      throw InputError.unprocessable("whatif.bound", field, low, high);
    }
    if (v < low || v > high) {
      throw InputError.unprocessable("whatif.bound", field, low, high);
    }
    return v;
  }
}
