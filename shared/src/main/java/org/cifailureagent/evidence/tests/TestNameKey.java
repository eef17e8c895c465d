package org.cifailureagent.evidence.tests;

import java.util.Locale;

/**
 * What two spellings of one test name share: its letters and digits, lower case. Runners and their reports separate
 * the parts differently (jest's log prints {@code cart › loads prices}, its retry log and jest-junit
 * {@code cart loads prices}), so names are compared by this key.
 */
public final class TestNameKey {
    private TestNameKey() {
    }

    public static String of(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
