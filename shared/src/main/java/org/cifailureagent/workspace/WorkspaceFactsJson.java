package org.cifailureagent.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Workspace facts as JSON, for hosts that move them between machines. Jenkins checks every class that comes back from
 * an agent against its class filter, which admits only classes of Jenkins and of plugin jars, not of the libraries a
 * plugin bundles; a String always passes.
 */
public final class WorkspaceFactsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private WorkspaceFactsJson() {
    }

    public static String write(WorkspaceFacts facts) {
        try {
            return MAPPER.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("workspace facts must always serialize", e);
        }
    }

    public static WorkspaceFacts read(String json) {
        try {
            return MAPPER.readValue(json, WorkspaceFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not workspace facts: " + e.getOriginalMessage(), e);
        }
    }
}
