package org.flowbook.handbook.content;

import java.util.List;
import java.util.Objects;
import org.flowbook.handbook.figure.Picture;

/** A piece of a chapter's body; each output format knows how to set every kind. */
public sealed interface Block
    permits Block.Paragraph,
        Block.ItemList,
        Block.Facts,
        Block.Table,
        Block.Figure,
        Block.Callout,
        Block.Question {

  /** Running text; {@code lead} paragraphs open a chapter and are set a little larger. */
  record Paragraph(Rich text, boolean lead) implements Block {
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }

    public static Paragraph of(String text) {
      return new Paragraph(Rich.of(text), false);
    }
  }

  /** A bulleted or numbered list. */
  record ItemList(List<Rich> items, boolean ordered) implements Block {
    public ItemList {
      items = List.copyOf(items);
    }
  }

  /** Label–value pairs, such as a step's who/time/systems or a cover's id/version/owner. */
  record Facts(List<Fact> facts) implements Block {
    public Facts {
      facts = List.copyOf(facts);
    }
  }

  /** One label and its value. */
  record Fact(String label, Rich value) {
    public Fact {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }

    public static Fact of(String label, String value) {
      return new Fact(label, Rich.of(value));
    }
  }

  /**
   * A table with a header row; a {@code matrix} has short centred cells after the first column (the
   * RACI matrix).
   */
  record Table(String caption, List<String> header, List<List<Rich>> rows, boolean matrix)
      implements Block {
    public Table {
      caption = caption == null ? "" : caption;
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<Rich> row : rows) {
        if (row.size() != header.size()) {
          throw new IllegalArgumentException(
              "table row has " + row.size() + " cells, header " + header.size());
        }
      }
    }
  }

  /** A drawing with a caption and a text alternative (the narrative of the flow for flowcharts). */
  record Figure(Picture picture, String caption, String description) implements Block {
    public Figure {
      Objects.requireNonNull(picture, "picture");
      caption = caption == null ? "" : caption;
      description = description == null ? "" : description;
    }
  }

  /** A boxed remark: notes and tips for the reader. */
  record Callout(String title, List<Rich> items) implements Block {
    public Callout {
      Objects.requireNonNull(title, "title");
      items = List.copyOf(items);
    }
  }

  /**
   * A question on a printed form (the interview guide), with ruled lines to write the answer on.
   *
   * @param number shown before the question ("3"), or empty
   * @param context what prompted the question or what is already known, set smaller; may be empty
   * @param answerLines how many lines are left for the answer (0: none)
   */
  record Question(String number, Rich text, Rich context, int answerLines) implements Block {
    public Question {
      number = number == null ? "" : number;
      Objects.requireNonNull(text, "text");
      context = context == null ? Rich.of("") : context;
      if (answerLines < 0 || answerLines > 40) {
        throw new IllegalArgumentException("answer lines out of range: " + answerLines);
      }
    }
  }
}
