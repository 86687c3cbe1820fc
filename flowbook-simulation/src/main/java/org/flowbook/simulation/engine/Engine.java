package org.flowbook.simulation.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.flowbook.simulation.calendar.ArrivalClock;
import org.flowbook.simulation.calendar.OpenTime;
import org.flowbook.simulation.calendar.WorkCalendar;
import org.flowbook.simulation.engine.ReplicationResult.ProcessFigures;
import org.flowbook.simulation.engine.ReplicationResult.RoleFigures;
import org.flowbook.simulation.engine.SimModel.ProcessSpec;
import org.flowbook.simulation.engine.SimModel.RoleSpec;
import org.flowbook.simulation.engine.SimModel.SimStep;
import org.flowbook.simulation.engine.SimModel.Timer;
import org.flowbook.simulation.stats.Histogram;
import org.flowbook.simulation.stats.Weekly;

/**
 * One replication of the discrete-event simulation. Cases arrive per process; a token walks the
 * steps (calendar wait, then a person of the step's role from that role's FIFO queue, then a call
 * or the way out); parallel splits create tokens that joins collect. Memory holds only open cases
 * and fixed-size statistics, so it does not grow with finished cases.
 */
public final class Engine {
  private static final int ARRIVAL = 0;
  private static final int WAIT_DONE = 1;
  private static final int WORK_DONE = 2;
  private static final int TIMER = 3;
  private static final int CAPACITY = 4;
  private static final double DAY = 86400;

  /** How far ahead a head-count change is looked for (ten years of days). */
  private static final int LOOKAHEAD_DAYS = 3660;

  private final SimModel model;
  private final RunSettings settings;

  /** Work times and branch choices. */
  private final SplittableRandom random;

  /**
   * Arrivals, one stream per process split off before anything else is drawn: two runs with the
   * same seed (before and after a change, two scenarios) get the same arrivals wherever the volume
   * is the same, whatever else differs (common random numbers), so their difference has less noise.
   */
  private final SplittableRandom[] arrivalRandom;

  private final EventQueue queue = new EventQueue();
  private final RoleRun[] roles;
  private final ProcRun[] procs;
  private final ArrayList<Token> ready = new ArrayList<>();
  private double now;
  private long openCases;

  /** Open cases integrated over each day of the run (seconds × cases), for warm-up detection. */
  private double[] dailyOpen = new double[64];

  private long events;

  public Engine(SimModel model, RunSettings settings, SplittableRandom random) {
    this.model = model;
    this.settings = settings;
    arrivalRandom = new SplittableRandom[model.processes().size()];
    for (int i = 0; i < arrivalRandom.length; i++) {
      arrivalRandom[i] = random.split();
    }
    this.random = random;
    roles = new RoleRun[model.roles().size()];
    for (int i = 0; i < roles.length; i++) {
      RoleSpec spec = model.roles().get(i);
      roles[i] =
          new RoleRun(spec, new WorkCalendar(settings.epoch(), spec.hours(), model.holidays()));
    }
    procs = new ProcRun[model.processes().size()];
    for (int i = 0; i < procs.length; i++) {
      ProcessSpec spec = model.processes().get(i);
      OpenTime cal = arrivalClock(spec.arrivals(), settings, model);
      procs[i] = new ProcRun(spec, i, cal);
    }
  }

  private static OpenTime arrivalClock(SimModel.Arrivals a, RunSettings settings, SimModel model) {
    if (a == null) {
      return null;
    }
    if (a.profile() != null) {
      return new ArrivalClock(settings.epoch(), a.profile(), model.holidays());
    }
    return new WorkCalendar(settings.epoch(), a.calendar(), model.holidays());
  }

  /** Runs to the end of the period (or until every case has ended, in case-count mode). */
  public ReplicationResult run() {
    double start = settings.startSeconds();
    now = start;
    for (int r = 0; r < roles.length; r++) {
      int day = (int) Math.floor(start / DAY);
      roles[r].cap = heads(r, day);
      scheduleCapacity(r, day);
    }
    for (ProcRun p : procs) {
      if (p.arrivalCal != null) {
        scheduleArrival(p, start);
      }
    }
    double end = settings.endSeconds();
    boolean stoppedEarly = false;
    while (queue.size() > 0) {
      double t = queue.peekTime();
      if (t > end) {
        break;
      }
      if (settings.caseMode() && openCases == 0 && arrivalsDone()) {
        break;
      }
      queue.poll();
      advanceTo(queue.nowTime);
      events++;
      handle(queue.nowKind, queue.nowSubject, queue.nowArg, queue.nowVisit);
      drainReady();
      if (openCases > settings.openCaseLimit()) {
        stoppedEarly = true;
        break;
      }
    }
    double stop = settings.caseMode() && !stoppedEarly ? now : Math.min(end, Math.max(now, start));
    if (!settings.caseMode() && !stoppedEarly) {
      stop = end;
    }
    advanceTo(stop);
    return result(stop, stoppedEarly);
  }

  private boolean arrivalsDone() {
    for (ProcRun p : procs) {
      if (p.arrivalCal != null && !p.arrivalsOver) {
        return false;
      }
    }
    return true;
  }

  private void advanceTo(double t) {
    if (t <= now) {
      return;
    }
    integrateOpen(now, t);
    double from = Math.max(now, settings.measureFrom());
    if (t > from) {
      for (ProcRun p : procs) {
        p.wipArea += p.openMeasured * (t - from);
      }
    }
    for (RoleRun r : roles) {
      r.queueWeekly.integrate(now, t, r.waiting);
      if (t > from) {
        r.queueArea += r.waiting * (t - from);
      }
    }
    now = t;
  }

  private void integrateOpen(double from, double to) {
    if (openCases == 0 || settings.caseMode()) {
      return;
    }
    double start = settings.startSeconds();
    double a = Math.max(from, start);
    while (a < to) {
      int day = (int) ((a - start) / DAY);
      double dayEnd = start + (day + 1) * DAY;
      double b = Math.min(to, dayEnd);
      if (day >= dailyOpen.length) {
        dailyOpen = Arrays.copyOf(dailyOpen, Math.max(day + 1, dailyOpen.length * 2));
      }
      dailyOpen[day] += openCases * (b - a);
      a = b;
    }
  }

  private void handle(int kind, Object subject, int arg, int visit) {
    switch (kind) {
      case ARRIVAL -> arrive(procs[arg]);
      case WAIT_DONE -> {
        Token t = (Token) subject;
        if (t.visit == visit && !t.kase.done) {
          afterWait(t);
        }
      }
      case WORK_DONE -> {
        Token t = (Token) subject;
        if (t.visit == visit && !t.kase.done) {
          t.inService = false;
          release(arg);
          afterWork(t);
        } else if (t.inService && t.serviceVisit == visit) {
          // the case ended (terminate) while the person worked: free the person now
          t.inService = false;
          release(arg);
        }
      }
      case TIMER -> {
        Token t = (Token) subject;
        if (t.visit == visit && !t.kase.done) {
          fire(t, model.processes().get(t.kase.proc.index).steps().get(t.step).timers().get(arg));
        }
      }
      case CAPACITY -> {
        int day = (int) Math.round(now / DAY);
        roles[arg].cap = heads(arg, day);
        scheduleCapacity(arg, day);
        dispatch(arg);
      }
      default -> throw new IllegalStateException("event " + kind);
    }
  }

  private int heads(int role, int day) {
    return Math.max(0, model.roles().get(role).staffing().heads(settings.epoch().plusDays(day)));
  }

  private void scheduleCapacity(int role, int day) {
    int current = heads(role, day);
    for (int d = day + 1; d <= day + LOOKAHEAD_DAYS; d++) {
      if (heads(role, d) != current) {
        queue.add(d * DAY, CAPACITY, null, role, 0);
        return;
      }
    }
  }

  private void scheduleArrival(ProcRun p, double from) {
    SimModel.Arrivals a = p.spec.arrivals();
    if (a.maxCases() > 0 && p.started >= a.maxCases()) {
      p.arrivalsOver = true;
      return;
    }
    double gap = a.gap().sample(arrivalRandom[p.index]);
    double t =
        a.gapsInRealTime() ? p.arrivalCal.nextOpen(from + gap) : p.arrivalCal.advance(from, gap);
    if (t > settings.arrivalsUntil()) {
      p.arrivalsOver = true;
      return;
    }
    queue.add(t, ARRIVAL, null, p.index, 0);
  }

  private void arrive(ProcRun p) {
    p.started++;
    CaseRun c = startCase(p, null, 0, null);
    c.counted = true;
    scheduleArrival(p, now);
  }

  private CaseRun startCase(ProcRun p, Token parent, int depth, CaseRun root) {
    CaseRun c = new CaseRun(p, now, parent, parent == null ? 0 : parent.visit, depth);
    c.root = root == null ? c : root;
    if (parent == null) {
      openCases++;
      c.measured = now >= settings.measureFrom();
      if (c.measured) {
        p.openMeasured++;
      }
    }
    Token t = new Token(c, p.spec.start());
    c.tokens = 1;
    enter(t);
    return c;
  }

  private void drainReady() {
    // Tokens that moved in zero time are entered here rather than recursively, so that a long
    // chain of gateways cannot overflow the stack.
    while (!ready.isEmpty()) {
      Token t = ready.remove(ready.size() - 1);
      if (!t.kase.done) {
        enter(t);
      }
    }
  }

  private SimStep step(Token t) {
    return t.kase.proc.spec.steps().get(t.step);
  }

  private void enter(Token t) {
    t.visit++;
    SimStep s = step(t);
    List<Timer> timers = s.timers();
    for (int i = 0; i < timers.size(); i++) {
      queue.add(now + timers.get(i).seconds(), TIMER, t, i, t.visit);
    }
    if (s.waitSeconds() > 0) {
      queue.add(now + s.waitSeconds(), WAIT_DONE, t, 0, t.visit);
    } else {
      afterWait(t);
    }
  }

  private void afterWait(Token t) {
    SimStep s = step(t);
    if (s.role() < 0) {
      afterWork(t);
      return;
    }
    RoleRun r = roles[s.role()];
    t.queuedAt = now;
    if (r.busy < r.cap && r.waiting == 0) {
      startWork(t, s.role());
    } else {
      r.queue.add(t, t.visit);
      t.queued = true;
      r.waiting++;
      r.maxQueue = Math.max(r.maxQueue, r.waiting);
    }
  }

  private void startWork(Token t, int role) {
    RoleRun r = roles[role];
    SimStep s = step(t);
    r.busy++;
    double work = s.work().sample(random);
    double elapsedWork = work * r.spec.speed();
    double finish = r.cal.advance(now, elapsedWork);
    r.workWeekly.add(now, elapsedWork);
    if (now >= settings.measureFrom()) {
      r.workMeasured += elapsedWork;
    }
    CaseRun c = t.kase;
    c.root.cost += work / 3600 * r.spec.costPerHour();
    ProcRun p = c.proc;
    if (c.root.measured) {
      p.stepQueue[t.step] += now - t.queuedAt;
      p.stepVisits[t.step]++;
    }
    t.inService = true;
    t.serviceVisit = t.visit;
    t.serviceRole = role;
    queue.add(finish, WORK_DONE, t, role, t.visit);
  }

  private void release(int role) {
    roles[role].busy--;
    dispatch(role);
  }

  private void dispatch(int role) {
    RoleRun r = roles[role];
    while (r.busy < r.cap && !r.queue.isEmpty()) {
      int visit = r.queue.headVisit();
      Token t = r.queue.poll();
      if (t.queued && t.visit == visit && !t.kase.done) {
        t.queued = false;
        r.waiting--;
        startWork(t, role);
      }
    }
  }

  private void afterWork(Token t) {
    SimStep s = step(t);
    if (s.callee() >= 0) {
      if (t.kase.depth >= settings.maxCallDepth()) {
        leave(t);
        return;
      }
      startCase(procs[s.callee()], t, t.kase.depth + 1, t.kase.root);
      return;
    }
    leave(t);
  }

  private void leave(Token t) {
    SimStep s = step(t);
    if (s.terminate()) {
      finishCase(t.kase);
      return;
    }
    int[] next = s.next();
    if (next.length == 0) {
      endToken(t);
      return;
    }
    if (s.split()) {
      for (int i = 1; i < next.length; i++) {
        Token other = new Token(t.kase, next[i]);
        t.kase.tokens++;
        moveTo(other, next[i]);
      }
      moveTo(t, next[0]);
      return;
    }
    int target = next[0];
    if (next.length > 1) {
      double u = random.nextDouble();
      double[] shares = s.shares();
      int i = 0;
      while (i < next.length - 1 && u >= shares[i]) {
        i++;
      }
      target = next[i];
    }
    moveTo(t, target);
  }

  private void moveTo(Token t, int target) {
    SimStep s = t.kase.proc.spec.steps().get(target);
    t.step = target;
    if (s.joinCount() > 1) {
      CaseRun c = t.kase;
      if (c.joins == null) {
        c.joins = new int[c.proc.spec.steps().size()];
      }
      if (++c.joins[target] < s.joinCount()) {
        t.visit++;
        c.tokens--;
        return;
      }
      c.joins[target] = 0;
    }
    ready.add(t);
  }

  private void endToken(Token t) {
    t.visit++;
    CaseRun c = t.kase;
    if (--c.tokens <= 0) {
      finishCase(c);
    }
  }

  private void finishCase(CaseRun c) {
    if (c.done) {
      return;
    }
    c.done = true;
    ProcRun p = c.proc;
    if (c.parent != null) {
      Token parent = c.parent;
      if (parent.visit == c.parentVisit && !parent.kase.done) {
        leave(parent);
      }
      return;
    }
    openCases--;
    p.completed++;
    if (c.measured) {
      p.openMeasured--;
      double cycle = now - c.start;
      p.cycles.add(cycle);
      p.costSum += c.cost;
    }
  }

  private void fire(Token t, Timer timer) {
    CaseRun c = t.kase;
    if (timer.interrupting()) {
      if (t.queued) {
        t.queued = false;
        roles[step(t).role()].waiting--;
      }
      if (t.inService) {
        t.inService = false;
        release(t.serviceRole);
      }
      t.visit++;
      if (timer.next().length == 0) {
        endToken(t);
      } else {
        moveTo(t, timer.next()[0]);
      }
    } else if (timer.next().length > 0) {
      Token extra = new Token(c, timer.next()[0]);
      c.tokens++;
      moveTo(extra, timer.next()[0]);
    }
  }

  private ReplicationResult result(double stop, boolean stoppedEarly) {
    double from = settings.measureFrom();
    double window = Math.max(1, stop - from);
    List<ProcessFigures> pf = new ArrayList<>();
    for (ProcRun p : procs) {
      Histogram h = p.cycles;
      int n = p.spec.steps().size();
      double[] wait = new double[n];
      for (int i = 0; i < n; i++) {
        wait[i] = p.stepVisits[i] == 0 ? Double.NaN : p.stepQueue[i] / p.stepVisits[i];
      }
      pf.add(
          new ProcessFigures(
              p.spec.id(),
              p.started,
              p.completed,
              p.started - p.completed,
              h.count(),
              h.mean(),
              h.quantile(0.5),
              h.quantile(0.9),
              h.count() / window * Weekly.WEEK,
              p.wipArea / window,
              h.count() == 0 ? Double.NaN : p.costSum / h.count(),
              wait,
              p.stepVisits.clone(),
              h));
    }
    List<RoleFigures> rf = new ArrayList<>();
    int weeks = (int) Math.ceil(stop / Weekly.WEEK);
    for (int i = 0; i < roles.length; i++) {
      RoleRun r = roles[i];
      Weekly available = new Weekly();
      double availableMeasured = 0;
      int lastDay = (int) Math.ceil(stop / DAY);
      for (int d = (int) Math.floor(settings.startSeconds() / DAY); d < lastDay; d++) {
        double dayStart = d * DAY;
        double share = Math.min(1, Math.max(0, (Math.min(stop, dayStart + DAY) - dayStart) / DAY));
        double open = r.cal.openSeconds(d) * heads(i, d) * share;
        available.add(dayStart, open);
        if (dayStart + DAY > from) {
          double part = Math.min(1, (dayStart + DAY - Math.max(from, dayStart)) / DAY);
          availableMeasured += open * part;
        }
      }
      double[] wu = new double[weeks];
      double[] wq = new double[weeks];
      for (int w = 0; w < weeks; w++) {
        double a = available.get(w);
        wu[w] = a > 0 ? r.workWeekly.get(w) / a : (r.workWeekly.get(w) > 0 ? 1 : 0);
        double span =
            Math.min(stop, (w + 1) * Weekly.WEEK)
                - Math.max(settings.startSeconds(), w * Weekly.WEEK);
        wq[w] = span > 0 ? r.queueWeekly.get(w) / span : 0;
      }
      rf.add(
          new RoleFigures(
              r.spec.name(),
              availableMeasured > 0 ? r.workMeasured / availableMeasured : 0,
              r.queueArea / window,
              r.maxQueue,
              wu,
              wq));
    }
    int days = settings.caseMode() ? 0 : (int) Math.ceil((stop - settings.startSeconds()) / DAY);
    double[] wipPerDay = new double[Math.max(0, days)];
    for (int d = 0; d < wipPerDay.length; d++) {
      wipPerDay[d] = d < dailyOpen.length ? dailyOpen[d] / DAY : 0;
    }
    return new ReplicationResult(pf, rf, stoppedEarly, from, stop, events, wipPerDay);
  }

  /** The first day of the epoch's week the simulation starts in. */
  static LocalDate mondayOnOrBefore(LocalDate d) {
    return d.minusDays(d.getDayOfWeek().getValue() - 1L);
  }

  private static final class RoleRun {
    final RoleSpec spec;
    final WorkCalendar cal;
    final TokenQueue queue = new TokenQueue();
    final Weekly workWeekly = new Weekly();
    final Weekly queueWeekly = new Weekly();
    int cap;
    int busy;
    int waiting;
    int maxQueue;
    double workMeasured;
    double queueArea;

    RoleRun(RoleSpec spec, WorkCalendar cal) {
      this.spec = spec;
      this.cal = cal;
    }
  }

  private static final class ProcRun {
    final ProcessSpec spec;
    final int index;
    final OpenTime arrivalCal;
    final Histogram cycles = new Histogram();
    final double[] stepQueue;
    final long[] stepVisits;
    long started;
    long completed;
    long openMeasured;
    double wipArea;
    double costSum;
    boolean arrivalsOver;

    ProcRun(ProcessSpec spec, int index, OpenTime arrivalCal) {
      this.spec = spec;
      this.index = index;
      this.arrivalCal = arrivalCal;
      stepQueue = new double[spec.steps().size()];
      stepVisits = new long[spec.steps().size()];
    }
  }

  private static final class CaseRun {
    final ProcRun proc;
    final double start;
    final Token parent;
    final int parentVisit;
    final int depth;
    CaseRun root;
    int tokens;
    int[] joins;
    boolean done;
    boolean measured;
    boolean counted;
    double cost;

    CaseRun(ProcRun proc, double start, Token parent, int parentVisit, int depth) {
      this.proc = proc;
      this.start = start;
      this.parent = parent;
      this.parentVisit = parentVisit;
      this.depth = depth;
    }
  }

  static final class Token {
    final CaseRun kase;
    int step;
    int visit;
    boolean queued;
    boolean inService;
    int serviceVisit;
    int serviceRole;
    double queuedAt;

    Token(CaseRun kase, int step) {
      this.kase = kase;
      this.step = step;
    }
  }

  /** A FIFO ring buffer of tokens with the visit each was queued in. */
  static final class TokenQueue {
    private Token[] tokens = new Token[16];
    private int[] visits = new int[16];
    private int head;
    private int size;

    void add(Token t, int visit) {
      if (size == tokens.length) {
        Token[] nt = new Token[size * 2];
        int[] nv = new int[size * 2];
        for (int i = 0; i < size; i++) {
          nt[i] = tokens[(head + i) % tokens.length];
          nv[i] = visits[(head + i) % tokens.length];
        }
        tokens = nt;
        visits = nv;
        head = 0;
      }
      int i = (head + size) % tokens.length;
      tokens[i] = t;
      visits[i] = visit;
      size++;
    }

    boolean isEmpty() {
      return size == 0;
    }

    int headVisit() {
      return visits[head];
    }

    Token poll() {
      Token t = tokens[head];
      tokens[head] = null;
      head = (head + 1) % tokens.length;
      size--;
      return t;
    }
  }

  @Override
  public String toString() {
    return "Engine" + Arrays.toString(new long[] {events, openCases});
  }
}
