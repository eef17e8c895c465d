package org.cifailureagent.read;

/**
 * One line of a log as read: the source it came from (a file, or an entry of a zip or directory), its 1-based
 * number counting LF line breaks only, and its text (decoded as UTF-8, invalid bytes replaced, a trailing CR of a
 * CRLF removed, bare CRs kept for the normalizer, truncated to a bounded length).
 */
public record LogLine(String source, long number, String text, boolean truncated) {
}
