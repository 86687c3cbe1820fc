package org.flowbook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Document;
import org.flowbook.model.Language;
import org.flowbook.model.Organization;
import org.flowbook.model.Role;
import org.flowbook.model.SourceLocation;
import org.flowbook.notation.OrganizationParser;

/**
 * The organization fragments of several BPMN imports as one, and what an existing {@code
 * organization.flow} lacks of it (Flowbook never rewrites a file the user maintains).
 */
final class OrganizationMerge {
  private OrganizationMerge() {}

  static Organization of(List<Organization> fragments, Language language) {
    List<Role> roles = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    for (Organization o : fragments) {
      for (Role r : o.roles()) {
        if (roles.stream().noneMatch(x -> x.name().equalsIgnoreCase(r.name()))) {
          roles.add(r);
        }
      }
      for (Document d : o.documents()) {
        if (documents.stream().noneMatch(x -> x.name().equalsIgnoreCase(d.name()))) {
          documents.add(d);
        }
      }
    }
    return new Organization(
        "",
        language,
        null,
        roles,
        List.of(),
        documents,
        List.of(),
        List.of(),
        SourceLocation.UNKNOWN);
  }

  /** "role 'Clerk'", "document 'Invoice'": what {@code organization.flow} does not declare. */
  static List<String> missing(Path orgFile, Organization needed) throws IOException {
    Organization have =
        OrganizationParser.parse(
                orgFile.toString(), Files.readString(orgFile, StandardCharsets.UTF_8))
            .organization();
    List<String> out = new ArrayList<>();
    for (Role r : needed.roles()) {
      if (have == null || have.role(r.name()).isEmpty()) {
        out.add("role '" + r.name() + "'");
      }
    }
    for (Document d : needed.documents()) {
      if (have == null || have.document(d.name()).isEmpty()) {
        out.add("document '" + d.name() + "'");
      }
    }
    return out;
  }
}
