package org.flowbook.training.curriculum;

/**
 * A requirement the role must know because a control in its steps cites it.
 *
 * @param citation as cited ("BFL 5:6")
 * @param text the requirement's text from organization.flow, or empty when the citation names no
 *     declared requirement
 */
public record RegulationItem(String citation, String regulation, String text) {}
