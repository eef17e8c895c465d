package org.cifailureagent.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The rules shipped in the jar, read once per JVM: from the index that the build writes ({@link RuleIndex}), or from
 * the YAML on a class path that was built without it (an IDE's). The index also holds each shipped pattern's
 * prefilter, which {@link RuleMatcher.Compiled} takes from here instead of analyzing the pattern again.
 */
final class ShippedRules {
    static final String INDEX_RESOURCE = "/org/cifailureagent/rules/default-rules.index";
    private static volatile RuleIndex.Contents contents;

    private ShippedRules() {
    }

    static RuleSet ruleSet(Supplier<RuleSet> fromYaml) {
        RuleIndex.Contents loaded = contents;
        if (loaded == null) {
            synchronized (ShippedRules.class) {
                if (contents == null) {
                    contents = read(fromYaml);
                }
                loaded = contents;
            }
        }
        return loaded.ruleSet();
    }

    /** The pattern's prefilter: from the index when it is a shipped pattern and the index is loaded, else analyzed. */
    static PatternPrefilter prefilter(String regex) {
        RuleIndex.Contents loaded = contents;
        PatternPrefilter indexed = loaded == null ? null : loaded.prefilters().get(regex);
        return indexed != null ? indexed : PatternPrefilter.of(regex);
    }

    private static RuleIndex.Contents read(Supplier<RuleSet> fromYaml) {
        try (InputStream in = ShippedRules.class.getResourceAsStream(INDEX_RESOURCE)) {
            if (in == null) {
                return new RuleIndex.Contents(fromYaml.get(), Map.of());
            }
            return RuleIndex.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("the shipped rules' index in the jar cannot be read", e);
        }
    }
}
