package org.flowbook.server.http;

/** A version number from a path, query, form or JSON body: a whole number from 1, else a 400. */
public final class VersionNumber {
  private VersionNumber() {}

  public static int parse(String v) {
    try {
      int n = Integer.parseInt(v == null ? "" : v.strip());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw InputError.badRequest("input.version");
    }
  }
}
