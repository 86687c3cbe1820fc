package org.flowbook.mining;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.testkit.SharedData;

/** Test-only: the canonical PM4Py reference records of {@code logs/pm4py-reference.jsonl}. */
public final class Reference {
  private Reference() {}

  public static List<JsonNode> canonical() {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(SharedData.require("logs/pm4py-reference.jsonl"))) {
        JsonNode n = json.readTree(line);
        if (n.path("canonical").asBoolean(false)) {
          out.add(n);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
