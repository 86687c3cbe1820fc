package org.flowbook.repository.process;

/** One saved version: its metadata and its canonical {@code .flow} text. */
public record ProcessVersion(VersionInfo info, String source) {
  public String processId() {
    return info.processId();
  }

  public int version() {
    return info.version();
  }
}
