package org.cifailureagent.normalize;

import java.util.List;

/**
 * The level marker that Maven (and tools logging in its style) put before a message: {@code [ERROR] },
 * {@code [INFO] }.
 * The lines keep it, as the log printed it; a report's sentence or a judgment of what a line says reads past it.
 */
public final class LevelMarker {
    private static final List<String> MARKERS = List.of("[ERROR]", "[FATAL]", "[WARNING]", "[INFO]");

    private LevelMarker() {
    }

    /** The text after a leading marker that a space or the text's end follows, stripped; else the text, stripped. */
    public static String strip(String text) {
        String t = text.strip();
        for (String marker : MARKERS) {
            if (t.startsWith(marker) && (t.length() == marker.length() || t.charAt(marker.length()) == ' ')) {
                return t.substring(marker.length()).strip();
            }
        }
        return t;
    }
}
