package org.cifailureagent.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.cifailureagent.classify.features.FeatureVector;
import org.cifailureagent.corpus.CorpusEntry;

/**
 * SHA-256 hashes of what a model is trained on. {@link #of} covers the training entries: corpus, id, category, line
 * ranges and the bytes of each log (and passing log), in a fixed order; equal hashes mean the same training data,
 * whatever the folder they were read from. {@link #ofFeatures} covers the feature vectors drawn from them.
 */
public final class TrainingSetHash {
    private TrainingSetHash() {
    }

    public static String of(List<CorpusEntry> entries) {
        MessageDigest digest = sha256();
        List<CorpusEntry> sorted = entries.stream()
                .sorted(Comparator.comparing(CorpusEntry::corpus).thenComparing(CorpusEntry::id)).toList();
        for (CorpusEntry e : sorted) {
            text(digest, e.corpus());
            text(digest, e.id());
            text(digest, e.category().wireName());
            text(digest, e.group());
            e.rootCauseLines().forEach(r -> text(digest, r.first() + "-" + r.last()));
            file(digest, e.log());
            if (e.passingLog() != null) {
                file(digest, e.passingLog());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A SHA-256 over the feature vectors the model is trained on and the rules' answers its rule precision is counted
     * from, in entry order. The same logs give other features when the evidence changes (rules, line ranker), and so
     * another model: the model's version names this hash beside the training-set hash so that the two models never
     * share a version.
     */
    public static String ofFeatures(List<LabeledExample> examples) {
        MessageDigest digest = sha256();
        List<LabeledExample> sorted = examples.stream()
                .sorted(Comparator.comparing((LabeledExample e) -> e.entry().corpus())
                        .thenComparing(e -> e.entry().id()))
                .toList();
        for (LabeledExample example : sorted) {
            FeatureVector features = example.features();
            ByteBuffer buffer = ByteBuffer.allocate(4 + features.indices().length * 8);
            buffer.putInt(features.indices().length);
            for (int i = 0; i < features.indices().length; i++) {
                buffer.putInt(features.indices()[i]).putFloat(features.values()[i]);
            }
            digest.update(buffer.array());
            text(digest, example.rulesOnly().category().wireName());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void text(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static void file(MessageDigest digest, java.nio.file.Path path) {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot be read for the training-set hash", e);
        }
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
