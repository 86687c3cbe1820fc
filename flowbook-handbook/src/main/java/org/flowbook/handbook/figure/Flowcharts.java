package org.flowbook.handbook.figure;

import java.util.Optional;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;

/**
 * Where the manuals get their drawings from: the flowchart of a process and the process landscape
 * map. The diagram module provides the real ones; manuals without pictures still read well, since
 * every flowchart is also told in words.
 */
public interface Flowcharts {
  /** The flowchart of one process, with generated labels in the given language. */
  Optional<Picture> flowchart(Workspace workspace, Process process, Language language);

  /** The landscape map of the whole workspace. */
  Optional<Picture> landscape(Workspace workspace, Language language);

  /** No drawings at all. */
  static Flowcharts none() {
    return new Flowcharts() {
      @Override
      public Optional<Picture> flowchart(Workspace workspace, Process process, Language language) {
        return Optional.empty();
      }

      @Override
      public Optional<Picture> landscape(Workspace workspace, Language language) {
        return Optional.empty();
      }
    };
  }
}
