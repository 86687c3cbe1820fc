package org.flowbook.mining.analysis;

/**
 * Work passed from one resource to another: {@code to} performed the event directly after one
 * performed by {@code from} in the same case.
 */
public record Handover(String from, String to, long count) {}
