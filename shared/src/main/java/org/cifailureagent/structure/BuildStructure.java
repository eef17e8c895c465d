package org.cifailureagent.structure;

import java.util.List;

/**
 * The shape of the build: its steps, the step that failed, and how its command ended.
 *
 * @param failingStep the step that holds the failure marker, or null when the log does not say
 * @param exitStatus the first non-zero exit reported, or null when the log does not say
 */
public record BuildStructure(List<Step> steps, Step failingStep, ExitStatus exitStatus) {
    public BuildStructure {
        steps = List.copyOf(steps);
    }
}
