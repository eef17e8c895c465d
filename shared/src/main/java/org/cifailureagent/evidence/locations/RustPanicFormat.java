package org.cifailureagent.evidence.locations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cifailureagent.evidence.Location;
import org.cifailureagent.evidence.LogBlock;
import org.cifailureagent.normalize.NormalizedLine;

/** A Rust panic, as a failing {@code cargo test} prints it: {@code thread 'x' panicked at src/lib.rs:11:9:}. */
final class RustPanicFormat implements LineFormat {
    private static final Pattern PANIC = Pattern.compile("panicked at (\\S+\\.rs):(\\d+):(\\d+):?");

    @Override
    public List<Location> find(LogBlock block) {
        List<NormalizedLine> lines = block.lines();
        List<Location> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = PANIC.matcher(lines.get(i).text());
            if (m.find()) {
                // Since Rust 1.73 the panic message follows on the next line.
                String message = i + 1 < lines.size() ? lines.get(i + 1).text().strip() : null;
                found.add(Frames.at(lines.get(i), m.group(1), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), message, "rustc"));
            }
        }
        return found;
    }
}
