package org.flowbook.mining.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowbook.mining.TestLogs;
import org.flowbook.mining.conformance.Alignments;
import org.flowbook.mining.discovery.InductiveMiner;
import org.flowbook.mining.discovery.ProcessTree;
import org.flowbook.mining.discovery.TreeToProcess;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.model.Language;
import org.flowbook.model.Locator;
import org.flowbook.model.ModelValidator;
import org.flowbook.model.Organization;
import org.flowbook.model.Process;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.notation.ProcessParser;
import org.flowbook.output.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A draft discovered from a log, written as {@code .flow} and read back, parses without problems
 * and — translated to a Petri net — still replays every trace of the log (IM, noise 0).
 */
class DraftRoundTripTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "running-example.csv",
        "roadtraffic100traces.csv",
        "03_repairExample.csv",
        "helpdesk.csv",
        "02_teleclaims.csv"
      })
  void draftParsesAndReplaysTheLog(String file) {
    TraceVariants log = TestLogs.sharedCsv(file);
    ProcessTree tree = InductiveMiner.discover(log, 0);
    Process draft = TreeToProcess.convert(tree, "discovered", "Discovered", Language.EN);
    String text = ProcessFormatter.format(draft);
    ProcessDocument doc = ProcessParser.parse("discovered.flow", text);
    assertThat(doc.problems()).as(text).isEmpty();
    Process reread = doc.process();
    assertThat(
            new ModelValidator(
                    new Organization(
                        "Test",
                        Language.EN,
                        "",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null),
                    List.of())
                .validate(reread, Locator.of(reread)))
        .as(text)
        .filteredOn(p -> p.isError())
        .isEmpty();
    StepNet net = ProcessToPetriNet.convert(reread);
    var report = Alignments.of(net.net()).check(log, Progress.NONE);
    assertThat(report.percentFittingTraces()).as(text).isEqualTo(100.0);
    assertThat(ProcessFormatter.format(reread)).isEqualTo(text);
  }
}
