package org.flowbook.mining.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.testkit.SharedData;

/** The canonical records of {@code logs/pm4py-reference.jsonl}: PM4Py's answers per shared log. */
final class Pm4pyReference {
  private Pm4pyReference() {}

  /** One canonical record per log, in file order. */
  static List<JsonNode> canonical() {
    Path file = SharedData.require("logs/pm4py-reference.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> records = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode r = json.readTree(line);
        if (r.path("canonical").asBoolean(false)) {
          records.add(r);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }
}
