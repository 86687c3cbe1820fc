package org.flowbook.mining.analysis;

/**
 * The workload of one resource (a person, team or system).
 *
 * @param resource its name
 * @param events events it performed
 * @param cases cases it worked on
 * @param activities distinct activities it performed
 */
public record ResourceLoad(String resource, long events, long cases, int activities) {}
