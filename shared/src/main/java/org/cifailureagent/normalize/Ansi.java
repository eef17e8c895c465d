package org.cifailureagent.normalize;

/**
 * Removes ANSI/VT100 escape sequences (CSI, OSC, character set designations and two-character escapes) without
 * regular expressions.
 */
final class Ansi {
    private static final char ESC = '\u001b';
    private static final char BEL = '\u0007';

    private Ansi() {
    }

    static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            // The text up to the next escape in one copy: Maven colours every INFO line, so this runs often.
            int escape = text.indexOf(ESC, i);
            if (escape < 0) {
                out.append(text, i, n);
                break;
            }
            out.append(text, i, escape);
            i = escape;
            if (i + 1 >= n) {
                break;
            }
            char kind = text.charAt(i + 1);
            if (kind == '[') {
                i = skipCsi(text, i + 2);
            } else if (kind == ']') {
                i = skipOsc(text, i + 2);
            } else if (kind >= '(' && kind <= '/') {
                // Character set designation such as ESC ( B, which tput sgr0 emits: three characters.
                i = Math.min(n, i + 3);
            } else {
                i += 2;
            }
        }
        return out.toString();
    }

    /** CSI: parameter and intermediate bytes (0x20–0x3f), then one final byte (0x40–0x7e). */
    private static int skipCsi(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i++);
            if (c >= 0x40 && c <= 0x7e) {
                return i;
            }
            if (c < 0x20 || c > 0x3f) {
                return i;
            }
        }
        return n;
    }

    /** OSC: ends with BEL or ESC backslash (hyperlinks, window titles). */
    private static int skipOsc(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == BEL) {
                return i + 1;
            }
            if (c == ESC && i + 1 < n && text.charAt(i + 1) == '\\') {
                return i + 2;
            }
            i++;
        }
        return n;
    }
}
