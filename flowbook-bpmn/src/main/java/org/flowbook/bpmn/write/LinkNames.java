package org.flowbook.bpmn.write;

import org.flowbook.model.Event;
import org.flowbook.model.Flow;
import org.flowbook.model.Process;
import org.flowbook.model.Step;

/**
 * The name that pairs a throwing link event with its catching partner: the catching event's title
 * (or id), so that both ends of a jump carry the same name however the model titled them.
 */
final class LinkNames {
  private LinkNames() {}

  static String of(Process p, Event e) {
    Event target = e;
    if (e.throwing()) {
      for (Flow f : p.outgoing(e.id())) {
        Step s = p.step(f.to()).orElse(null);
        if (s instanceof Event c && !c.throwing()) {
          target = c;
          break;
        }
      }
    }
    return target.title().isEmpty() ? "link-" + target.id() : target.title();
  }
}
