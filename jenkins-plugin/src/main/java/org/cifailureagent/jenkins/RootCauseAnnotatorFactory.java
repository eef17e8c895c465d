package org.cifailureagent.jenkins;

import hudson.Extension;
import hudson.MarkupText;
import hudson.console.ConsoleAnnotator;
import hudson.console.ConsoleAnnotatorFactory;
import hudson.model.Run;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cifailureagent.read.LineOffsets;
import org.kohsuke.stapler.Stapler;

/**
 * Highlights the root-cause lines in the console and gives each an anchor ({@code #cfa-line-N}) that the build page
 * links to. The console may start in the middle of the log (its tail), so lines are found by their byte offsets,
 * not by counting from the first line shown.
 */
@Extension
public class RootCauseAnnotatorFactory extends ConsoleAnnotatorFactory<Object> {
    private static final Logger LOGGER = Logger.getLogger(RootCauseAnnotatorFactory.class.getName());

    @Override
    public ConsoleAnnotator<Object> newInstance(Object context) {
        if (!(context instanceof Run<?, ?> run)) {
            return null;
        }
        FailureAnalysisAction action = run.getAction(FailureAnalysisAction.class);
        if (action == null || action.lineOffsets().length == 0) {
            return null;
        }
        long start = ConsoleView.startOf(run, Stapler.getCurrentRequest2());
        long[] numbers = action.lineNumbers();
        long[] offsets = action.lineOffsets();
        long[] indices = new long[numbers.length];
        if (start == 0) {
            for (int i = 0; i < numbers.length; i++) {
                indices[i] = numbers[i] - 1;
            }
            return new RootCauseAnnotator(indices, numbers);
        }
        // LineOffsets wants ascending offsets: sort the lines by offset, numbers alongside.
        Integer[] order = new Integer[offsets.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong(i -> offsets[i]));
        long[] sortedOffsets = new long[order.length];
        long[] sortedNumbers = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            sortedOffsets[i] = offsets[order[i]];
            sortedNumbers[i] = numbers[order[i]];
        }
        try (InputStream in = run.getLogInputStream()) {
            indices = LineOffsets.indicesFrom(in, start, sortedOffsets);
        } catch (IOException | RuntimeException e) {
            // The console must show even when the highlighting cannot be worked out.
            LOGGER.log(Level.FINE, "cannot map the root-cause lines of " + run, e);
            return null;
        }
        return new RootCauseAnnotator(indices, sortedNumbers);
    }

    /** Counts the lines shown and marks those at the wanted indices; serializable, as the console resumes it. */
    static final class RootCauseAnnotator extends ConsoleAnnotator<Object> {
        private static final long serialVersionUID = 1L;
        private final long[] indices;
        private final long[] numbers;
        private long shown;

        RootCauseAnnotator(long[] indices, long[] numbers) {
            this.indices = indices;
            this.numbers = numbers;
        }

        @Override
        public ConsoleAnnotator<Object> annotate(Object context, MarkupText text) {
            boolean more = false;
            for (int i = 0; i < indices.length; i++) {
                if (indices[i] == shown) {
                    text.wrapBy("<span class=\"cfa-root-cause\" id=\"cfa-line-" + numbers[i] + "\">", "</span>");
                }
                more |= indices[i] > shown;
            }
            shown++;
            return more ? this : null;
        }
    }
}
