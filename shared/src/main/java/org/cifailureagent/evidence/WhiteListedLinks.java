package org.cifailureagent.evidence;

/**
 * The links that awesome_bot was told to let pass ({@code --white-list}): it checks them all the same and lists them,
 * dead or not, under {@code > White listed:} before its verdict, in runs that pass as in runs that fail
 * ({@code   3. [L09]  http://… Failed to open TCP connection …}). Such a listing never explains a failure, so its
 * lines are neither rules' hits nor candidates. One instance reads one log, every line in order.
 */
public final class WhiteListedLinks {
    private static final String HEADING = "> White listed:";

    private boolean inListing;

    /** Whether this line, read after every line before it, is the listing's heading or one of its links. */
    public boolean holds(String text) {
        if (text.startsWith(HEADING) && text.strip().length() == HEADING.length()) {
            inListing = true;
            return true;
        }
        inListing = inListing && isListedLink(text);
        return inListing;
    }

    /** {@code   2. [L08] 500 URL}: the number, padded to the listing's width, then the list's line number. */
    private static boolean isListedLink(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int digits = i;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digits || digits == 0 || !text.startsWith(". [L", i)) {
            return false;
        }
        i += ". [L".length();
        int lineDigits = i;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > lineDigits && text.startsWith("] ", i);
    }
}
