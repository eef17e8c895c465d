package org.cifailureagent.workspace;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A real repository with four commits: the project, an unrelated feature, a commit that breaks
 * {@code src/main/java/com/example/Calc.java} at line 5, and a dependency bump in {@code pom.xml}.
 */
public final class CalcHistory {
    public static final String CALC = "src/main/java/com/example/Calc.java";
    public static final int BROKEN_LINE = 5;

    public final GitRepo repo;
    public final String initial;
    public final String feature;
    public final String breaking;
    public final String bump;

    private CalcHistory(GitRepo repo, String initial, String feature, String breaking, String bump) {
        this.repo = repo;
        this.initial = initial;
        this.feature = feature;
        this.breaking = breaking;
        this.bump = bump;
    }

    public static CalcHistory build(Path dir) throws IOException {
        GitRepo repo = GitRepo.init(dir);
        repo.write("pom.xml", pom("4.13.1")).write(CALC, calc("a + b")).write("README.md", "calc\n");
        String initial = repo.commit("Ann Initial", "Start the calculator");
        repo.write("src/main/java/com/example/Format.java", "package com.example;\n\nfinal class Format {\n}\n");
        String feature = repo.commit("Fay Feature", "Add a formatter");
        repo.write(CALC, calc("a - b"));
        String breaking = repo.commit("Bob Breaker", "Simplify add");
        repo.write("pom.xml", pom("4.13.2"));
        String bump = repo.commit("Dee Deps", "Bump junit to 4.13.2");
        return new CalcHistory(repo, initial, feature, breaking, bump);
    }

    public static String calc(String sum) {
        return "package com.example;\n\npublic final class Calc {\n    public int add(int a, int b) {\n        return "
                + sum + ";\n    }\n}\n";
    }

    static String pom(String junit) {
        return "<project>\n  <dependencies>\n    <dependency>\n      <artifactId>junit</artifactId>\n      <version>"
                + junit + "</version>\n    </dependency>\n  </dependencies>\n</project>\n";
    }
}
