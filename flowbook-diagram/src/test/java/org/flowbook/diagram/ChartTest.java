package org.flowbook.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowbook.diagram.chart.Bar;
import org.flowbook.diagram.chart.BarChart;
import org.flowbook.diagram.chart.Histogram;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartTest {
  @Test
  void barLengthsAreProportionalToValues() {
    var doc =
        Xml.parse(
            BarChart.svg(
                "Väntetid per steg",
                List.of(new Bar("Granska anmodan", 4, "4 d"), new Bar("Godkänn", 1, "1 d"))));
    NodeList rects = doc.getElementsByTagName("rect");
    double first = Double.parseDouble(((Element) rects.item(1)).getAttribute("width"));
    double second = Double.parseDouble(((Element) rects.item(2)).getAttribute("width"));
    assertThat(first / second).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(doc.getDocumentElement().getTextContent()).contains("Granska anmodan", "4 d");
  }

  @Test
  void histogramCountsEveryValueOnce() {
    List<Double> values = List.of(1.0, 1.5, 2.0, 2.5, 9.0, 10.0);
    var doc = Xml.parse(Histogram.svg("Genomloppstid", values, 3, "d"));
    NodeList bins = doc.getElementsByTagName("g");
    int total = 0;
    List<Integer> counts = new java.util.ArrayList<>();
    for (int i = 0; i < bins.getLength(); i++) {
      int c = Integer.parseInt(((Element) bins.item(i)).getAttribute("data-count"));
      counts.add(c);
      total += c;
    }
    assertThat(total).isEqualTo(values.size());
    assertThat(counts).containsExactly(4, 0, 2);
  }
}
