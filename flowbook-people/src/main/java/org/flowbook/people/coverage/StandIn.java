package org.flowbook.people.coverage;

import java.time.LocalDate;

/**
 * Someone who takes a step over on working days when no holder of its role is present: the first
 * present person in the order of cover (personal cover, then the deputies).
 *
 * @param person the person's name as listed
 * @param firstDay the first working day they step in
 * @param lastDay the last working day they step in
 * @param days how many working days they step in
 */
public record StandIn(String person, LocalDate firstDay, LocalDate lastDay, int days) {}
