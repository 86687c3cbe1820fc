package org.flowbook.bpmn.write;

/**
 * The ids Flowbook writes into BPMN files. BPMN ids are XML NCNames (a step number such as "3" is
 * not one), so every id is prefixed by its process id: {@code purchase-approval_3}. The same model
 * always gets the same ids, so a re-export diffs cleanly.
 */
final class ExportIds {
  private ExportIds() {}

  static String of(String processId, String local) {
    return ncname(processId + "_" + local);
  }

  static String process(String processId) {
    return ncname(processId);
  }

  static String pool(String participantId) {
    return ncname(participantId + "_pool");
  }

  /** Replaces what an NCName cannot hold by '_' and makes sure it starts with a letter or '_'. */
  static String ncname(String raw) {
    StringBuilder b = new StringBuilder(raw.length() + 1);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean ok = Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
      b.append(ok ? c : '_');
    }
    if (b.length() == 0 || !(Character.isLetter(b.charAt(0)) || b.charAt(0) == '_')) {
      b.insert(0, '_');
    }
    return b.toString();
  }
}
