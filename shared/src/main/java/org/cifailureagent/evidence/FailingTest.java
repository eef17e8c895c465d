package org.cifailureagent.evidence;

/**
 * A test that failed. {@code name} is canonical (docs/report.md): {@code classname.method} for JUnit-style results,
 * the node id for pytest, {@code suite › test} for jest, the test function for go, the test path for cargo.
 * {@code source}/{@code number} locate it in the log (null/0 when it came from a test report).
 */
public record FailingTest(String name, String message, String source, long number) {
}
