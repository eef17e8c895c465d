package org.cifailureagent.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.cifailureagent.normalize.LineShape;

/**
 * A stable identity for a failure: SHA-256 over the shapes ({@link LineShape}) of the three best lines of the
 * heuristic ranking (rules and positions only, so retraining the line-ranking model does not change fingerprints),
 * joined by LF, first 16 hex digits. Two builds that fail the same way get the same fingerprint even when
 * durations, line numbers of framework code, hashes and temporary paths differ.
 */
public final class Fingerprint {
    static final int LINES = 3;

    private Fingerprint() {
    }

    public static String of(List<RankedLine> ranked) {
        StringBuilder material = new StringBuilder();
        for (RankedLine line : ranked.subList(0, Math.min(LINES, ranked.size()))) {
            material.append(LineShape.of(line.line().text())).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(material.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
