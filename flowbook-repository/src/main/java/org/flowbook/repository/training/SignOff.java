package org.flowbook.repository.training;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored training sign-off.
 *
 * @param stepId the step, when the training covered one step only; else empty
 * @param version the library's version number of the process the person was trained on
 * @param validMonths how long the training holds, 0 = as the role's {@code giltig:} says
 * @param trainer the user name of the account that signed off
 * @param trainerName its display name, as the record shows it
 */
public record SignOff(
    long id,
    String personKey,
    String personName,
    String processId,
    String stepId,
    int version,
    LocalDate trainedOn,
    int validMonths,
    String trainer,
    String trainerName,
    Instant recordedAt) {}
