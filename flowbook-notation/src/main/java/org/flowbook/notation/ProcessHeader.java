package org.flowbook.notation;

import java.time.LocalDate;
import java.util.List;
import org.flowbook.model.ChartDirection;
import org.flowbook.model.Language;
import org.flowbook.model.Message;
import org.flowbook.model.Risk;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Status;

/**
 * The header of a process file as read and checked: every value the model needs, with the problems
 * of unreadable values already reported (an unreadable value falls back to its default).
 *
 * @param title the {@code process:} line, or the id when it is missing
 * @param trigger what starts the process, or empty
 * @param processAt where the {@code process:} line stands, or the start of the file
 * @param messages the messages of the process as a whole, in file order
 * @param direction the {@code direction:} header's value, or null when absent or unknown
 * @param risks the risks of the process as a whole ({@code risk:} in the header)
 */
record ProcessHeader(
    String id,
    String title,
    String owner,
    String purpose,
    String scope,
    String trigger,
    List<String> outcomes,
    String partOf,
    LocalDate review,
    Language language,
    Status status,
    String version,
    Double volume,
    SourceLocation processAt,
    List<Message> messages,
    ChartDirection direction,
    List<Risk> risks) {}
