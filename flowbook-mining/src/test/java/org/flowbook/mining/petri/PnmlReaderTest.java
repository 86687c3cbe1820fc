package org.flowbook.mining.petri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.mining.Reference;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PnmlReaderTest {
  static List<Arguments> nets() {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode r : Reference.canonical()) {
      for (String m : List.of("im", "imf02")) {
        if (r.has("model_" + m)) {
          out.add(Arguments.of(r.get("name").asText() + "_" + m, r.get("model_" + m)));
        }
      }
    }
    return out;
  }

  /** Sizes as PM4Py reported them for the nets it wrote. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("nets")
  void readsTheSharedNets(String name, JsonNode expected) throws Exception {
    PetriNet net = PnmlReader.read(SharedData.require("models/" + name + ".pnml"));
    assertThat(net.places()).hasSize(expected.get("places").asInt());
    assertThat(net.transitions()).hasSize(expected.get("transitions").asInt());
    assertThat(net.invisibleCount()).isEqualTo(expected.get("silent_transitions").asInt());
    assertThat(net.arcs()).hasSize(expected.get("arcs").asInt());
    assertThat(net.initial().total()).isEqualTo(1);
    assertThat(net.fin().total()).isEqualTo(1);
  }

  @Test
  void refusesDoctypeAndEntities() {
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE pnml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<pnml><net id=\"n\"><page id=\"p\"><place id=\"a\"><name><text>&x;</text></name>"
            + "</place></page></net></pnml>";
    assertThatThrownBy(() -> read(xxe))
        .isInstanceOf(PnmlException.class)
        .hasMessageContaining("DTD");
  }

  @Test
  void arcToAnUnknownNodeIsLocated() {
    String text =
        "<pnml><net id=\"n\"><page id=\"p\">\n<place id=\"a\"/>\n<transition id=\"t\"/>\n"
            + "<arc id=\"x\" source=\"a\" target=\"nope\"/>\n</page></net></pnml>";
    assertThatThrownBy(() -> read(text))
        .isInstanceOfSatisfying(
            PnmlException.class,
            e -> {
              assertThat(e.getMessage()).contains("does not exist");
              assertThat(e.line()).isEqualTo(4);
            });
  }

  @Test
  void notXmlIsAnErrorNotACrash() {
    assertThatThrownBy(() -> read("\u0000\u0001garbage<<"))
        .isInstanceOf(PnmlException.class)
        .hasMessageContaining("not well-formed");
    assertThatThrownBy(() -> read("<other/>")).isInstanceOf(PnmlException.class);
  }

  @Test
  void withoutFinalMarkingTheSinkPlacesAreFinal() throws Exception {
    PetriNet net =
        read(
            "<pnml><net id=\"n\"><page id=\"p\"><place id=\"i\"><initialMarking><text>1</text>"
                + "</initialMarking></place><place id=\"o\"/><transition id=\"t\"><name><text>A"
                + "</text></name></transition><arc id=\"1\" source=\"i\" target=\"t\"/>"
                + "<arc id=\"2\" source=\"t\" target=\"o\"><inscription><text>2</text></inscription>"
                + "</arc></page></net></pnml>");
    assertThat(net.fin().tokens(net.placeIndex("o"))).isEqualTo(1);
    assertThat(net.fin().tokens(net.placeIndex("i"))).isZero();
    assertThat(net.arcs().get(1).weight()).isEqualTo(2);
    assertThat(net.labels()).containsExactly("A");
  }

  private static PetriNet read(String text) throws PnmlException {
    return PnmlReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
