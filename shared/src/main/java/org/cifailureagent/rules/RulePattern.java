package org.cifailureagent.rules;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A rule's regular expression (RE2/J, linear time), equal to another by its text. The shipped rules' patterns compile
 * when a line first needs them: the prefilter lets few of several hundred run on a given log, and compiling them all
 * cost every cold start about 0.2 s. A pattern from a user's file compiles as the file is read, so that an invalid one
 * is reported there. Safe to share between threads.
 */
public final class RulePattern {
    private final String regex;
    private volatile Pattern compiled;

    private RulePattern(String regex, Pattern compiled) {
        this.regex = regex;
        this.compiled = compiled;
    }

    /** Compiles {@code regex} now: throws RE2/J's exception when it is not a valid pattern. */
    public static RulePattern compile(String regex) {
        return new RulePattern(regex, Pattern.compile(regex));
    }

    /** A pattern that compiles when first matched: only for text that compiled when it was written (the index). */
    static RulePattern deferred(String regex) {
        return new RulePattern(regex, null);
    }

    public String regex() {
        return regex;
    }

    public Matcher matcher(CharSequence text) {
        Pattern pattern = compiled;
        if (pattern == null) {
            // Two threads may both compile it; either result serves, as patterns are immutable.
            pattern = Pattern.compile(regex);
            compiled = pattern;
        }
        return pattern.matcher(text);
    }

    /** Whether it has compiled yet. */
    boolean isCompiled() {
        return compiled != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RulePattern that && regex.equals(that.regex);
    }

    @Override
    public int hashCode() {
        return regex.hashCode();
    }

    @Override
    public String toString() {
        return regex;
    }
}
