package org.flowbook.handbook.content;

import java.time.LocalDate;
import java.util.Map;
import org.flowbook.handbook.figure.Flowcharts;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;

/** Puts together the format-neutral content of the three kinds of manual. */
public final class Composer {
  private final Workspace workspace;
  private final Language language;
  private final Flowcharts flowcharts;
  private final Map<String, Approval> approvals;
  private final LocalDate date;

  public Composer(
      Workspace workspace,
      Language language,
      Flowcharts flowcharts,
      Map<String, Approval> approvals,
      LocalDate date) {
    this.workspace = workspace;
    this.language = language;
    this.flowcharts = flowcharts;
    this.approvals = Map.copyOf(approvals);
    this.date = date;
  }

  /** Declared roles in declaration order, then roles only the processes name. */
  public static java.util.List<String> roleNames(Workspace workspace) {
    return Indexes.roleNames(workspace);
  }

  public Manual process(Process process) {
    return ProcessManual.build(context(ProcessManual.stepAnchors(process)), process);
  }

  /** The role manual; the role may be declared or only named by processes. */
  public Manual role(String role) {
    Context probe = context(java.util.Set.of());
    return RoleManual.build(context(RoleManual.anchors(probe, role)), role);
  }

  /** The position description (befattningsbeskrivning) of a role. */
  public Manual position(String role) {
    Context probe = context(java.util.Set.of());
    return PositionDescription.build(context(RoleManual.anchors(probe, role)), role);
  }

  /** The handover pack of a person who will be away. */
  public Manual handover(Handover handover) {
    return HandoverPack.build(context(HandoverPack.anchors(handover)), handover);
  }

  /** The organization handbook; {@code processDone} hears each process title as it is done. */
  public Manual organization(java.util.function.Consumer<String> processDone) {
    return OrganizationHandbook.build(
        context(OrganizationHandbook.anchors(workspace)), processDone);
  }

  private Context context(java.util.Set<String> anchors) {
    return Context.of(workspace, language, flowcharts, approvals, date, anchors);
  }
}
