package org.cifailureagent.evidence.locations;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import edu.hm.hafner.analysis.ReaderFactory;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.normalize.NormalizedLine;

/**
 * A block's text as analysis-model reads it, and the way back from an issue to the log line that named it: parsers
 * report the file and line a tool printed, not where in the log the tool printed it.
 */
final class BlockText {
    private final LogBlock block;
    private final String text;

    BlockText(LogBlock block) {
        this.block = block;
        StringBuilder joined = new StringBuilder();
        for (NormalizedLine line : block.lines()) {
            joined.append(line.text()).append('\n');
        }
        this.text = joined.toString();
    }

    String text() {
        return text;
    }

    ReaderFactory readerFactory() {
        return new ReaderFactory(StandardCharsets.UTF_8) {
            @Override
            public String getFileName() {
                return block.source();
            }

            @Override
            public Reader create() {
                return new StringReader(text);
            }
        };
    }

    /**
     * The index of the first line at or after {@code from} (wrapping around) that names the file (or its last segment,
     * since parsers may rewrite paths) followed by the line number, when known; else the first line holding the
     * message; -1 when none does.
     */
    int lineNaming(String file, int line, String message, int from) {
        String baseName = file.substring(file.lastIndexOf('/') + 1);
        Pattern number = Pattern.compile("(?<!\\d)" + line + "(?!\\d)");
        for (String name : new String[] {file, baseName}) {
            int found = search(from, text -> {
                int at = text.indexOf(name);
                return at >= 0 && (line <= 0 || number.matcher(text).region(at + name.length(), text.length()).find());
            });
            if (found >= 0) {
                return found;
            }
        }
        return message.isEmpty() ? -1 : search(from, text -> text.contains(message));
    }

    private int search(int from, java.util.function.Predicate<String> names) {
        List<NormalizedLine> lines = block.lines();
        for (int pass = 0; pass < 2; pass++) {
            int start = pass == 0 ? from : 0;
            int end = pass == 0 ? lines.size() : Math.min(from, lines.size());
            for (int i = start; i < end; i++) {
                if (names.test(lines.get(i).text())) {
                    return i;
                }
            }
        }
        return -1;
    }
}
