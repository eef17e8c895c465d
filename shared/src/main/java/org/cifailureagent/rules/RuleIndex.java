package org.cifailureagent.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cifailureagent.taxonomy.Category;

/**
 * The shipped rules in binary form, with each pattern's {@link PatternPrefilter}: what a cold {@code analyze} reads
 * instead of the YAML. Reading the YAML (SnakeYAML and Jackson's tree) and analyzing 500 patterns for their literals
 * took about half a second of CPU in every cold start, and the JIT then compiled that code too. The build writes the
 * index from {@code default-rules.yaml} ({@link #main}, run by Maven in {@code process-classes}), so the YAML stays
 * the one source; {@code ShippedRulesIndexTest} checks that both give the same rules and prefilters.
 */
public final class RuleIndex {
    static final String MAGIC = "CIFA-RULES-INDEX 1";

    /** The rules and the prefilter of each distinct pattern, by pattern text. */
    record Contents(RuleSet ruleSet, Map<String, PatternPrefilter> prefilters) {
    }

    private RuleIndex() {
    }

    /** {@code RuleIndex RULES.yaml INDEX}: validates the rules file and writes its index. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RuleIndex RULES.yaml INDEX");
        }
        RuleSet rules = new RuleLoader().load(Path.of(args[0]));
        Path target = Path.of(args[1]);
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            write(rules, out);
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void write(RuleSet rules, OutputStream sink) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(sink));
        out.writeUTF(MAGIC);
        out.writeUTF(rules.version());
        out.writeInt(rules.rules().size());
        Map<String, PatternPrefilter> prefilters = new LinkedHashMap<>();
        for (Rule rule : rules.rules()) {
            out.writeUTF(rule.id());
            out.writeUTF(rule.category().wireName());
            out.writeBoolean(rule.hint() != null);
            if (rule.hint() != null) {
                out.writeUTF(rule.hint());
            }
            out.writeInt(rule.weight());
            writePatterns(out, rule.patterns(), prefilters);
            out.writeInt(rule.sequences().size());
            for (Rule.Sequence sequence : rule.sequences()) {
                out.writeInt(sequence.within());
                writePatterns(out, sequence.lines(), prefilters);
            }
        }
        out.writeInt(prefilters.size());
        for (Map.Entry<String, PatternPrefilter> entry : prefilters.entrySet()) {
            out.writeUTF(entry.getKey());
            PatternPrefilter prefilter = entry.getValue();
            out.writeInt(prefilter.literalSets().size());
            for (List<String> set : prefilter.literalSets()) {
                writeStrings(out, set);
            }
            RequiredLiterals.LineStart start = prefilter.lineStart();
            out.writeBoolean(start != null);
            if (start != null) {
                out.writeBoolean(start.skipsSpace());
                writeStrings(out, start.texts());
            }
        }
        out.flush();
    }

    private static void writePatterns(DataOutputStream out, List<RulePattern> patterns,
                                      Map<String, PatternPrefilter> prefilters) throws IOException {
        out.writeInt(patterns.size());
        for (RulePattern pattern : patterns) {
            out.writeUTF(pattern.regex());
            prefilters.computeIfAbsent(pattern.regex(), PatternPrefilter::of);
        }
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            out.writeUTF(string);
        }
    }

    /**
     * Reads an index that {@link #write} wrote. Its patterns compiled when it was written; they compile again only
     * when a line first needs them.
     */
    static Contents read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a rules index");
        }
        String version = in.readUTF();
        int ruleCount = in.readInt();
        List<Rule> rules = new ArrayList<>(ruleCount);
        for (int r = 0; r < ruleCount; r++) {
            String id = in.readUTF();
            Category category = Category.fromWireName(in.readUTF());
            String hint = in.readBoolean() ? in.readUTF() : null;
            int weight = in.readInt();
            List<RulePattern> patterns = readPatterns(in);
            int sequenceCount = in.readInt();
            List<Rule.Sequence> sequences = new ArrayList<>(sequenceCount);
            for (int s = 0; s < sequenceCount; s++) {
                int within = in.readInt();
                sequences.add(new Rule.Sequence(readPatterns(in), within));
            }
            rules.add(new Rule(id, category, patterns, sequences, hint, weight));
        }
        int prefilterCount = in.readInt();
        Map<String, PatternPrefilter> prefilters = new LinkedHashMap<>(prefilterCount * 2);
        for (int p = 0; p < prefilterCount; p++) {
            String regex = in.readUTF();
            int setCount = in.readInt();
            List<List<String>> sets = new ArrayList<>(setCount);
            for (int s = 0; s < setCount; s++) {
                sets.add(readStrings(in));
            }
            RequiredLiterals.LineStart start = null;
            if (in.readBoolean()) {
                boolean skipsSpace = in.readBoolean();
                start = new RequiredLiterals.LineStart(readStrings(in), skipsSpace);
            }
            prefilters.put(regex, new PatternPrefilter(sets, start));
        }
        return new Contents(new RuleSet(version, rules), Map.copyOf(prefilters));
    }

    private static List<RulePattern> readPatterns(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<RulePattern> patterns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            patterns.add(RulePattern.deferred(in.readUTF()));
        }
        return patterns;
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(in.readUTF());
        }
        return List.copyOf(strings);
    }
}
