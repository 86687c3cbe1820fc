package org.flowbook.repository.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.flowbook.model.ControlRef;
import org.flowbook.model.Decision;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
import org.flowbook.model.Task;

/**
 * Turns a process into Lucene documents: one for the process (title, purpose, scope, trigger,
 * outcomes, owner) and one per work step (title, instructions, roles, systems, controls and the
 * regulations they cite, inputs, outputs, notes). Every text goes into a Swedish and an English
 * field, so a query matches by either language's stemming.
 */
final class SearchDocuments {
  static final String PROCESS = "process";
  static final String STEP = "step";
  static final String PROCESS_TITLE = "processTitle";
  static final String STEP_TITLE = "stepTitle";
  static final String BODY = "body";
  static final String PUBLISHED = "published";
  static final String TITLE_SV = "title_sv";
  static final String TITLE_EN = "title_en";
  static final String BODY_SV = "body_sv";
  static final String BODY_EN = "body_en";

  private SearchDocuments() {}

  static List<Document> of(Process p, boolean published) {
    List<Document> docs = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add(p.purpose());
    header.add(p.scope());
    header.add(p.trigger());
    header.addAll(p.outcomes());
    header.add(p.owner());
    docs.add(doc(p, "", "", p.title(), join(header), published));
    for (Step s : p.workSteps()) {
      docs.add(doc(p, s.id(), s.title(), s.title(), join(stepTexts(s)), published));
    }
    return docs;
  }

  private static List<String> stepTexts(Step s) {
    Task t = s.task();
    List<String> texts = new ArrayList<>();
    if (s instanceof Decision d) {
      texts.add(d.question());
    }
    texts.addAll(t.instructions());
    texts.addAll(t.roles());
    texts.addAll(t.systems());
    for (ControlRef c : t.controls()) {
      texts.add(
          c.name()
              + (c.requirements().isEmpty()
                  ? ""
                  : " (" + String.join(", ", c.requirements()) + ")"));
    }
    texts.addAll(t.inputs());
    texts.addAll(t.outputs());
    texts.addAll(t.notes());
    return texts;
  }

  private static Document doc(
      Process p, String stepId, String stepTitle, String title, String body, boolean published) {
    Document d = new Document();
    d.add(new StringField(PROCESS, p.id(), Field.Store.YES));
    d.add(new StringField(STEP, stepId, Field.Store.YES));
    d.add(new StoredField(PROCESS_TITLE, p.title()));
    d.add(new StoredField(STEP_TITLE, stepTitle));
    d.add(new StoredField(BODY, body));
    d.add(new StringField(PUBLISHED, Boolean.toString(published), Field.Store.YES));
    d.add(new TextField(TITLE_SV, title, Field.Store.NO));
    d.add(new TextField(TITLE_EN, title, Field.Store.NO));
    d.add(new TextField(BODY_SV, body, Field.Store.NO));
    d.add(new TextField(BODY_EN, body, Field.Store.NO));
    return d;
  }

  private static String join(List<String> texts) {
    return String.join("\n", texts.stream().filter(t -> t != null && !t.isBlank()).toList());
  }
}
