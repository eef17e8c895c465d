package org.cifailureagent.corpus;

import java.nio.file.Path;
import java.util.List;
import org.cifailureagent.taxonomy.Category;

/**
 * One labeled log of a corpus (format: ../shared/corpus/README.md). {@code group} is what cross-validation keeps
 * together: the {@code ci_project}, or the fixture project of our own examples.
 *
 * @param passingLog null when the entry has no log of a passing run
 * @param split "train", "heldout" or null when the corpus does not split
 */
public record CorpusEntry(String corpus, String id, Path log, Category category, List<LineRange> rootCauseLines,
                          String group, Path passingLog, String split) {
    public CorpusEntry {
        rootCauseLines = List.copyOf(rootCauseLines);
    }

    /** A 1-based inclusive range of LF-counted lines. */
    public record LineRange(long first, long last) {
        public boolean contains(long number) {
            return number >= first && number <= last;
        }
    }

    public boolean isRootCauseLine(long number) {
        for (LineRange range : rootCauseLines) {
            if (range.contains(number)) {
                return true;
            }
        }
        return false;
    }
}
