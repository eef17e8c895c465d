package org.cifailureagent.explain.suspects;

import java.util.Locale;
import java.util.Set;

/** Files that declare how the project builds and what it depends on. */
final class BuildFiles {
    private static final Set<String> NAMES = Set.of(
            "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts",
            "gradle.properties", "gradle-wrapper.properties", "libs.versions.toml",
            "package.json", "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "npm-shrinkwrap.json", ".npmrc",
            "requirements.txt", "pyproject.toml", "poetry.lock", "pipfile", "pipfile.lock", "setup.py", "setup.cfg",
            "uv.lock", "go.mod", "go.sum", "cargo.toml", "cargo.lock", "gemfile", "gemfile.lock", "jenkinsfile",
            "makefile", "cmakelists.txt", "dockerfile", "maven-wrapper.properties", ".tool-versions",
            ".nvmrc", ".python-version");

    private BuildFiles() {
    }

    static boolean matches(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return NAMES.contains(name)
                || name.startsWith("requirements") && name.endsWith(".txt")
                || name.startsWith("jenkinsfile")
                || path.startsWith(".github/workflows/") || path.startsWith(".github/actions/")
                || name.equals(".gitlab-ci.yml");
    }
}
