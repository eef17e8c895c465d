package org.cifailureagent.classify.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class LineTokensTest {
    /** A line Maven printed in the fixtures (fixtures/corpus/logs/maven-app/javac-missing-symbol-gha.log). */
    private static final String JAVAC = "[ERROR] /tmp/fx-run/home/runner/work/maven-app/maven-app/src/main/java/com/"
            + "example/Calculator.java:[7,24] cannot find symbol";

    @Test
    public void pathsAndNumbersBecomePlaceholdersThatKeepTheFileType() {
        assertThat(LineTokens.words(JAVAC)).containsExactly("error", "xpath_java", "xnum", "xnum", "cannot", "find",
                "symbol");
    }

    @Test
    public void twoBuildsOfTheSameFailureGiveTheSameWords() {
        String elsewhere = JAVAC.replace("/tmp/fx-run/home/runner/work/maven-app/maven-app", "/var/lib/jenkins/ws")
                .replace("[7,24]", "[19,3]");
        assertThat(LineTokens.words(elsewhere)).isEqualTo(LineTokens.words(JAVAC));
    }

    @Test
    public void hashesAndUrlsAreNormalizedAway() {
        assertThat(LineTokens.words("Could not resolve com.example:lib:1.2 from https://repo.maven.apache.org/maven2 "
                + "at commit 3f2a9c1d"))
                .contains("xurl", "xhex").doesNotContain("https", "maven2", "3f2a9c1d");
    }

    @Test
    public void bucketsAreStableAndInRange() {
        int bucket = LineTokens.bucket("cannot find", 4096);
        assertThat(bucket).isBetween(0, 4095).isEqualTo(LineTokens.bucket("cannot find", 4096));
        assertThat(LineTokens.bucket("cannot", 4096)).isNotEqualTo(bucket);
    }
}
