package org.flowbook.mining.analysis;

/** An activity and how often something happened to it (started a case, ended one, occurred). */
public record ActivityCount(String activity, long count) {}
