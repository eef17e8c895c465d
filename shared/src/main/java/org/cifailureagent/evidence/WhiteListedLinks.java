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

    /** {@code   2. [L08] 500 URL}: indented, the number padded to the listing's width, then the list's line number. */
    private static boolean isListedLink(String text) {
        int number = 0;
        while (number < text.length() && text.charAt(number) == ' ') {
            number++;
        }
        int afterNumber = afterDigits(text, number);
        if (number == 0 || afterNumber == number || !text.startsWith(". [L", afterNumber)) {
            return false;
        }
        int lineNumber = afterNumber + ". [L".length();
        int afterLineNumber = afterDigits(text, lineNumber);
        return afterLineNumber > lineNumber && text.startsWith("] ", afterLineNumber);
    }

    private static int afterDigits(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
