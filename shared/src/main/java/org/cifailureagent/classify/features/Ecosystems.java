package org.cifailureagent.classify.features;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Words that name a build tool or ecosystem, each with its feature slot. Several words can share a slot. */
final class Ecosystems {
    private static final List<List<String>> SLOTS = List.of(
            List.of("maven", "mvn", "surefire", "failsafe"), List.of("gradle", "gradlew"), List.of("sbt", "scalac"),
            List.of("ant"), List.of("npm", "npx"), List.of("yarn"), List.of("pnpm"), List.of("node", "nodejs"),
            List.of("jest", "mocha", "karma", "jasmine"), List.of("eslint", "tslint", "prettier"),
            List.of("tsc", "typescript"), List.of("pip", "setuptools", "poetry"), List.of("pytest", "unittest", "nose"),
            List.of("python", "traceback"), List.of("tox", "flake", "pylint", "mypy"), List.of("cargo", "rustc"),
            List.of("go", "golang"), List.of("gcc", "cc", "clang"), List.of("cmake", "make", "ninja"),
            List.of("docker", "dockerfile"), List.of("bundle", "bundler", "gem"), List.of("rake", "rspec", "ruby"),
            List.of("rubocop"), List.of("composer", "phpunit", "php"), List.of("dotnet", "nuget", "msbuild"),
            List.of("swift", "xcodebuild", "xcode"), List.of("checkstyle", "pmd", "spotbugs", "findbugs"),
            List.of("jacoco", "coverage", "codecov", "coveralls"), List.of("git"),
            List.of("travis"), List.of("github", "actions"), List.of("jenkins"), List.of("java", "javac"),
            List.of("kotlin", "kotlinc"), List.of("lein", "clojure"), List.of("stack", "cabal", "ghc"),
            List.of("perl", "cpan"), List.of("elixir", "mix"), List.of("dart", "flutter"), List.of("erlang", "rebar"));
    private static final Map<String, Integer> SLOT_OF = new HashMap<>();

    static {
        if (SLOTS.size() > FeatureSchema.ECOSYSTEMS_WIDTH) {
            throw new IllegalStateException("more ecosystem slots than the schema has room for");
        }
        for (int slot = 0; slot < SLOTS.size(); slot++) {
            for (String word : SLOTS.get(slot)) {
                SLOT_OF.put(word, slot);
            }
        }
    }

    private Ecosystems() {
    }

    /** The slot of a word, or -1 when it names no ecosystem. */
    static int slot(String word) {
        return SLOT_OF.getOrDefault(word, -1);
    }
}
