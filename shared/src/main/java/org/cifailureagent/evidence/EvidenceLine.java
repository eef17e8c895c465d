package org.cifailureagent.evidence;

/** A line of the log shown as evidence: where it is (source and 1-based LF-counted number) and its clean text. */
public record EvidenceLine(String source, long number, String text) {
}
