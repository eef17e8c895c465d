package org.cifailureagent.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cifailureagent.taxonomy.Category;

/**
 * Reads a rules file (YAML or JSON; format in docs/rules.md, schema in docs/rules.schema.json). Patterns compile with
 * RE2/J, which matches in linear time, so no rule from a user can hang an analysis.
 */
public final class RuleLoader {
    /** The rules shipped in the jar. */
    public static final String DEFAULT_RESOURCE = "/org/cifailureagent/rules/default-rules.yaml";
    private static final int MAX_PATTERN_LENGTH = 2_000;
    private static final int MAX_RULES = 10_000;
    private static final int DEFAULT_WEIGHT = 5;
    private static final int DEFAULT_WITHIN = 5;

    /** The shipped rules come from their index without a YAML parser: it is made when a file is read. */
    private ObjectMapper yaml;

    /** The rules shipped in the jar (read once per JVM). */
    public RuleSet loadDefault() {
        return ShippedRules.ruleSet(this::loadDefaultYaml);
    }

    private RuleSet loadDefaultYaml() {
        try (InputStream in = RuleLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default rules are missing from the jar: " + DEFAULT_RESOURCE);
            }
            return parse(yaml().readTree(in), "default rules");
        } catch (IOException e) {
            throw new IllegalStateException("the default rules in the jar cannot be read", e);
        }
    }

    private ObjectMapper yaml() {
        if (yaml == null) {
            YAMLFactory factory = YAMLFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                    .build();
            yaml = new ObjectMapper(factory);
        }
        return yaml;
    }

    public RuleSet load(Path file) {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = yaml().readTree(in);
        } catch (NoSuchFileException e) {
            throw new InvalidRulesException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new InvalidRulesException(file + ": not valid YAML or JSON (" + firstLine(e.getOriginalMessage())
                    + ")");
        } catch (IOException e) {
            throw new InvalidRulesException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(root, file.toString());
    }

    RuleSet parse(JsonNode root, String origin) {
        if (root == null || !root.isObject()) {
            throw new InvalidRulesException(origin + ": expected a mapping with 'version' and 'rules'");
        }
        String version = text(root, "version", origin, "the file");
        JsonNode list = root.get("rules");
        if (list == null || !list.isArray()) {
            throw new InvalidRulesException(origin + ": 'rules' must be a list");
        }
        if (list.size() > MAX_RULES) {
            throw new InvalidRulesException(origin + ": more than " + MAX_RULES + " rules");
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Rule rule = rule(list.get(i), origin, i);
            if (!ids.add(rule.id())) {
                throw new InvalidRulesException(origin + ": rule '" + rule.id() + "' is defined twice");
            }
            rules.add(rule);
        }
        return new RuleSet(version, rules);
    }

    private Rule rule(JsonNode node, String origin, int index) {
        String where = "rule #" + (index + 1);
        if (!node.isObject()) {
            throw new InvalidRulesException(origin + ": " + where + " must be a mapping");
        }
        String id = text(node, "id", origin, where);
        where = "rule '" + id + "'";
        Category category;
        try {
            category = Category.fromWireName(text(node, "category", origin, where));
        } catch (IllegalArgumentException e) {
            throw new InvalidRulesException(origin + ": " + where + ": " + e.getMessage());
        }
        List<RulePattern> patterns = new ArrayList<>();
        JsonNode patternList = node.get("patterns");
        if (patternList != null) {
            for (JsonNode p : requireArray(patternList, origin, where, "patterns")) {
                patterns.add(compile(p, origin, where));
            }
        }
        List<Rule.Sequence> sequences = new ArrayList<>();
        JsonNode sequenceList = node.get("sequences");
        if (sequenceList != null) {
            for (JsonNode s : requireArray(sequenceList, origin, where, "sequences")) {
                sequences.add(sequence(s, origin, where));
            }
        }
        if (patterns.isEmpty() && sequences.isEmpty()) {
            throw new InvalidRulesException(origin + ": " + where + " has neither 'patterns' nor 'sequences'");
        }
        String hint = node.hasNonNull("hint") ? node.get("hint").asText() : null;
        JsonNode weightNode = node.get("weight");
        // asInt() would quietly turn "heavy" into the default and 2.5 into 2.
        boolean wholeNumber = weightNode == null || weightNode.isNull() || weightNode.isInt();
        int weight = weightNode == null || weightNode.isNull() ? DEFAULT_WEIGHT : weightNode.asInt();
        if (!wholeNumber || weight < 1 || weight > 10) {
            throw new InvalidRulesException(origin + ": " + where + ": weight must be between 1 and 10");
        }
        return new Rule(id, category, patterns, sequences, hint, weight);
    }

    private Rule.Sequence sequence(JsonNode node, String origin, String where) {
        JsonNode lines = node.isObject() ? node.get("lines") : null;
        if (lines == null || !lines.isArray() || lines.size() < 2) {
            throw new InvalidRulesException(origin + ": " + where + ": a sequence needs 'lines' with two or more "
                    + "patterns");
        }
        List<RulePattern> patterns = new ArrayList<>();
        for (JsonNode p : lines) {
            patterns.add(compile(p, origin, where));
        }
        int within = node.hasNonNull("within") ? node.get("within").asInt(DEFAULT_WITHIN) : DEFAULT_WITHIN;
        if (within < 1 || within > 1000) {
            throw new InvalidRulesException(origin + ": " + where + ": 'within' must be between 1 and 1000");
        }
        return new Rule.Sequence(patterns, within);
    }

    private static RulePattern compile(JsonNode node, String origin, String where) {
        if (!node.isTextual() || node.asText().isEmpty()) {
            throw new InvalidRulesException(origin + ": " + where + ": a pattern must be a non-empty string");
        }
        String regex = node.asText();
        if (regex.length() > MAX_PATTERN_LENGTH) {
            throw new InvalidRulesException(origin + ": " + where + ": pattern longer than " + MAX_PATTERN_LENGTH
                    + " characters");
        }
        try {
            return RulePattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InvalidRulesException(origin + ": " + where + ": invalid pattern " + quote(regex) + " ("
                    + firstLine(e.getDescription()) + ")");
        } catch (RuntimeException e) {
            // RE2/J reports some limits (such as repetition counts) with other unchecked exceptions.
            throw new InvalidRulesException(origin + ": " + where + ": unusable pattern " + quote(regex) + " ("
                    + firstLine(String.valueOf(e.getMessage())) + ")");
        }
    }

    private static Iterable<JsonNode> requireArray(JsonNode node, String origin, String where, String field) {
        if (!node.isArray()) {
            throw new InvalidRulesException(origin + ": " + where + ": '" + field + "' must be a list");
        }
        return node;
    }

    private static String text(JsonNode node, String field, String origin, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new InvalidRulesException(origin + ": " + where + " needs a non-empty '" + field + "'");
        }
        return value.asText();
    }

    private static String quote(String regex) {
        return "'" + (regex.length() > 80 ? regex.substring(0, 80) + "…" : regex) + "'";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
