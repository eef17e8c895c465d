package org.cifailureagent.corpus;

import org.cifailureagent.read.StreamedLog;
import org.cifailureagent.taxonomy.Category;

/**
 * Where users' corrections of an analysis go, to be labeled and used for retraining. Hosts (the Jenkins plugin's
 * correction form) write through this interface, so they do not depend on how the corrections corpus is kept.
 */
@FunctionalInterface
public interface CorrectionStore {
    /**
     * What a user says about one analyzed build.
     *
     * @param log              opens the build's log as the host keeps it
     * @param category         the category the user says is right
     * @param reportedCategory what the analysis answered
     * @param fingerprint      the report's fingerprint, or null
     * @param project          the CI project (a Jenkins job), which keeps cross-validation from splitting its logs
     * @param build            the build within the project
     */
    record Correction(StreamedLog.Opener log, Category category, String reportedCategory, String fingerprint, String project,
                      String build) {
    }

    /** Records the correction and returns an id for it. Bad input throws {@link InvalidCorpusException}. */
    String add(Correction correction);
}
