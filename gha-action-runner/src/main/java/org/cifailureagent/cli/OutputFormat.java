package org.cifailureagent.cli;

/** How {@code analyze} prints its reports. */
enum OutputFormat {
    text, json, jsonl, markdown
}
