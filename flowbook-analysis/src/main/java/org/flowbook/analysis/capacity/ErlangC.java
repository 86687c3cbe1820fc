package org.flowbook.analysis.capacity;

/**
 * The Erlang C queue (M/M/c): Poisson arrivals, exponential service, {@code c} interchangeable
 * servers. It answers "how long does a task wait for one of the role's people to be free?".
 */
public final class ErlangC {
  private ErlangC() {}

  /**
   * The probability that an arriving task has to wait.
   *
   * @param servers people sharing the work (c, at least 1)
   * @param offeredLoad arrival rate times mean service time, in Erlangs (a = λ/μ); must be below
   *     {@code servers}
   */
  public static double probabilityOfWaiting(int servers, double offeredLoad) {
    if (servers < 1) {
      throw new IllegalArgumentException("servers must be at least 1: " + servers);
    }
    if (offeredLoad <= 0) {
      return 0;
    }
    if (offeredLoad >= servers) {
      return 1;
    }
    // Terms a^k/k! built up iteratively so that large c does not overflow a factorial.
    double term = 1;
    double sum = 0;
    for (int k = 0; k < servers; k++) {
      sum += term;
      term *= offeredLoad / (k + 1);
    }
    double last = term * servers / (servers - offeredLoad);
    return last / (sum + last);
  }

  /**
   * The mean time a task waits in the queue, in the unit of {@code serviceTime}.
   *
   * @param arrivalRate tasks per time unit (λ)
   * @param serviceTime mean time of one task (1/μ)
   */
  public static double meanWait(int servers, double arrivalRate, double serviceTime) {
    double load = arrivalRate * serviceTime;
    if (load >= servers) {
      throw new IllegalArgumentException("the queue is unstable: load " + load + " >= " + servers);
    }
    if (arrivalRate <= 0 || serviceTime <= 0) {
      return 0;
    }
    double mu = 1 / serviceTime;
    return probabilityOfWaiting(servers, load) / (servers * mu - arrivalRate);
  }
}
