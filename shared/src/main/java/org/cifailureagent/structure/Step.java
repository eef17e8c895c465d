package org.cifailureagent.structure;

/** A step or section of the build: a GitHub group or step log, a Jenkins stage, a Maven plugin execution. */
public record Step(String name, String source, long firstLine, long lastLine) {
}
