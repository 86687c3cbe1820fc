package org.flowbook.capture.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.handbook.content.Block;
import org.flowbook.handbook.content.Chapter;
import org.flowbook.handbook.content.Cover;
import org.flowbook.handbook.content.Manual;
import org.flowbook.handbook.content.Rich;
import org.flowbook.handbook.figure.Picture;
import org.flowbook.output.TextBundle;

/**
 * Sets an interview guide as a printable form: the handbook module's content, so that its PDF,
 * Word, HTML and Markdown writers print it. Questions are numbered through the whole guide, so an
 * answer can be referred to ("see 14"), and each has ruled lines to write on.
 */
public final class GuideManual {
  private GuideManual() {}

  /**
   * @param flowchart the process's flowchart as documented, printed before the questions
   */
  public static Manual of(InterviewGuide guide, Optional<Picture> flowchart) {
    TextBundle t = Interviewer.texts(guide.language());
    List<Block.Fact> facts = new ArrayList<>();
    if (!guide.isNew()) {
      facts.add(Block.Fact.of(t.get("guide.fact.process"), guide.processId()));
    }
    guide.role().ifPresent(r -> facts.add(Block.Fact.of(t.get("guide.fact.role"), r)));
    guide.log().ifPresent(l -> facts.add(Block.Fact.of(t.get("guide.fact.log"), l)));
    facts.add(
        Block.Fact.of(t.get("guide.fact.questions"), String.valueOf(guide.questions().size())));
    // left empty to be filled in by hand on the printed form
    for (String blank :
        List.of("guide.fact.date", "guide.fact.interviewee", "guide.fact.interviewer")) {
      facts.add(Block.Fact.of(t.get(blank), " "));
    }
    String subtitle =
        guide.role().map(r -> t.format("guide.subtitleRole", r)).orElse(t.get("guide.subtitle"));
    Cover cover =
        new Cover(
            t.get(guide.isNew() ? "guide.kickerNew" : "guide.kicker"),
            guide.title(),
            subtitle,
            facts);
    List<Chapter> chapters = new ArrayList<>();
    chapters.add(before(guide, t, flowchart));
    int number = 0;
    int index = 0;
    for (Topic topic : guide.topics()) {
      List<Block> blocks = new ArrayList<>();
      if (!topic.known().isEmpty()) {
        blocks.add(
            new Block.Paragraph(Rich.builder().emphasis(t.get("guide.known")).build(), false));
        blocks.add(
            new Block.Facts(
                topic.known().stream().map(f -> Block.Fact.of(f.label(), f.value())).toList()));
      }
      if (topic.questions().isEmpty()) {
        blocks.add(Block.Paragraph.of(t.get("guide.nothingToAsk")));
      }
      for (Question q : topic.questions()) {
        blocks.add(
            new Block.Question(
                String.valueOf(++number), Rich.of(q.text()), Rich.of(q.context()), q.lines()));
      }
      // a blank step of a new process gets a page of its own, to be copied when more are needed
      boolean ownPage = guide.isNew() && !topic.stepId().isEmpty();
      chapters.add(
          new Chapter("interview-" + (++index), "", topic.title(), "", ownPage, blocks, List.of()));
    }
    return new Manual(guide.language(), guide.title(), guide.title(), cover, 1, chapters);
  }

  private static Chapter before(InterviewGuide guide, TextBundle t, Optional<Picture> flowchart) {
    List<Block> blocks = new ArrayList<>();
    if (guide.isNew()) {
      blocks.add(Block.Paragraph.of(t.get("guide.howNew")));
    }
    List<Rich> how = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      if (i == 4 && guide.isNew()) {
        break;
      }
      how.add(Rich.of(t.get("guide.how." + i)));
    }
    blocks.add(new Block.ItemList(how, false));
    flowchart.ifPresent(
        picture ->
            // the whole chart scaled onto one page as an overview, not cut into parts as a
            // manual prints it: the interview talks about the flow, the manual is read step by step
            blocks.add(
                new Block.Figure(
                    new Picture(picture.svg(), picture.width(), picture.height()),
                    t.get("guide.flowchart"),
                    "")));
    return Chapter.of("interview-before", t.get("guide.howTitle"), blocks);
  }
}
