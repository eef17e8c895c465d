package org.cifailureagent.taxonomy;

import java.util.Locale;

/** The fixed failure taxonomy (docs: ../shared/docs/taxonomy.md). The wire name is the lower-case constant name. */
public enum Category {
    COMPILATION,
    TEST,
    FLAKY,
    DEPENDENCY,
    INFRASTRUCTURE,
    RESOURCE,
    TIMEOUT,
    CONFIGURATION,
    QUALITY,
    UNKNOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; throws {@link IllegalArgumentException} naming the valid choices. */
    public static Category fromWireName(String name) {
        for (Category category : values()) {
            if (category.wireName().equals(name)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown category '" + name + "' (expected one of "
                + String.join(", ", wireNames()) + ")");
    }

    public static String[] wireNames() {
        Category[] all = values();
        String[] names = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            names[i] = all[i].wireName();
        }
        return names;
    }

    @Override
    public String toString() {
        return wireName();
    }
}
