package org.flowbook.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {
  @Test
  void textEscapesMarkupButLeavesQuotesAndLineBreaks() {
    assertThat(Escape.text("a < b & c > \"d\" 'e'\nf"))
        .isEqualTo("a &lt; b &amp; c &gt; \"d\" 'e'\nf");
  }

  @Test
  void attributeEscapesTheDoubleQuoteItIsWrittenBetweenAndKeepsLineBreaks() {
    assertThat(Escape.attribute("say \"hi\" & <go>\n\tnow"))
        .isEqualTo("say &quot;hi&quot; &amp; &lt;go&gt;&#10;&#9;now");
  }

  @Test
  void charactersXmlCannotCarryAreDroppedSoTheOutputAlwaysParses() {
    assertThat(Escape.text("a\u0000b\u0007c\uFFFEd\uFFFF")).isEqualTo("abcd");
    assertThat(Escape.attribute("a\u001Fb")).isEqualTo("ab");
  }

  @Test
  void textWithNothingToEscapeIsReturnedAsItIs() {
    String s = "Inköpsgodkännande — 20 %";
    assertThat(Escape.text(s)).isSameAs(s);
  }
}
