package org.cifailureagent.training;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.cifailureagent.classify.features.FeatureVector;

/**
 * A SHA-256 over the feature vectors the model is trained on, in entry order. The same logs give other features when
 * the evidence changes (rules, line ranker), and so another model: the model's version names this hash beside the
 * training-set hash so that the two models never share a version.
 */
final class FeaturesHash {
    private FeaturesHash() {
    }

    static String of(List<LabeledExample> examples) {
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
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
