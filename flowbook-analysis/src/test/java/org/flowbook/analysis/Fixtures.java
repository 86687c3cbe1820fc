package org.flowbook.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.notation.OrganizationParser;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessParser;

/** Small processes written in the notation, parsed for tests (syntax errors fail the test). */
public final class Fixtures {
  /** Four roles with round costs; A has 2 people. */
  public static final String ORG =
      """
      organization: Test Ltd
      language: en
      currency: kr

      role: A
        capacity: 2
        cost: 600 kr/h
        hours: 40 per week

      role: B
        capacity: 1
        cost: 900 kr/h
        hours: 40 per week

      role: IT
        capacity: 1
        cost: 600 kr/h

      role: R
        cost: 300 kr/h

      role: Requester
        cost: 500 kr/h

      role: Manager
        cost: 800 kr/h

      role: CFO
        cost: 1200 kr/h

      role: Buyer
        capacity: 2
        cost: 600 kr/h
      """;

  private Fixtures() {}

  public static Organization organization() {
    var doc = OrganizationParser.parse("organization.flow", ORG);
    assertThat(doc.problems()).as("organization problems").isEmpty();
    return doc.organization();
  }

  public static Process process(String text) {
    ProcessDocument doc = ProcessParser.parse("test.flow", text);
    List<Problem> errors =
        new ArrayList<>(doc.problems().stream().filter(Problem::isError).toList());
    assertThat(errors).as("syntax errors in test process").isEmpty();
    return doc.process();
  }

  public static ProcessDocument document(String text) {
    return ProcessParser.parse("test.flow", text);
  }

  public static Workspace workspace(Process... processes) {
    return new Workspace(organization(), List.of(processes));
  }

  /** The purchase approval of docs/notation.md with English keywords. */
  public static final String PURCHASE =
      """
      process: Purchase approval
      id: purchase-approval
      owner: Manager
      purpose: Make sure purchases are needed.
      trigger: An employee needs to buy something.
      outcome: Order placed
      review: 2099-01-01
      language: en
      volume: 120 per month

      1. Fill in the purchase request   [Requester]   work 10 min
         - Open the purchase form.

      2. Review the request   [Manager]   work 15 min, wait 1 d
         accountable: Manager
         decision: Amount?
           - over 50,000 (20 %) -> 3
           - otherwise -> 4
           - rejected (5 %) -> end "Request rejected"

      3. Approve large purchase   [CFO]   work 10 min, wait 2 d

      4. Place the order   [Buyer]   work 20 min
         -> end "Order placed"
      """;
}
