package org.flowbook.analysis.diff;

/**
 * One field that differs between two versions.
 *
 * @param field a stable name: "number", "title", "performer", "work", "wait", "accountable",
 *     "consulted", "informed", "instructions", "systems", "inputs", "outputs", "controls",
 *     "question", "branches", "call", "kind"; for the header "owner", "purpose", "trigger",
 *     "scope", "outcomes", "volume"
 * @param before the old value as text ("" when none)
 * @param after the new value as text ("" when none)
 */
public record FieldChange(String field, String before, String after) {}
