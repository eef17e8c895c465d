package org.cifailureagent.cli.action;

import org.cifailureagent.report.Report;

/** One analyzed job: its name (for markers and headings), the run it belongs to, and the report. */
record Analysis(String jobName, long runId, Report report) {
}
