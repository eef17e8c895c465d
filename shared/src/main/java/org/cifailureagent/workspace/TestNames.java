package org.cifailureagent.workspace;

/**
 * Turns a report's testcase into the report's canonical test name: {@code classname.method} for JUnit-style
 * reports, the node id for pytest ({@code tests/test_calc.py::TestParse::test_word}), jest's {@code suite › test} for
 * jest-junit.
 */
final class TestNames {
    private TestNames() {
    }

    static String canonical(String rootName, JUnitXmlReader.Case c, WorkspaceFiles files) {
        String name = c.name() == null ? "" : c.name();
        String className = c.className() == null ? "" : c.className();
        if ("pytest".equals(c.suite()) || "pytest".equals(rootName)) {
            return pytestNodeId(className, name, files);
        }
        if ("jest tests".equals(rootName)) {
            return jestName(c.suite(), name);
        }
        if (className.isEmpty()) {
            return name;
        }
        return className + "." + name;
    }

    /**
     * jest-junit's default name joins the describe blocks and the title with spaces ({@code cart loads prices}) where
     * jest prints {@code cart › loads prices}. Its suite is the file's first describe block, so that much becomes
     * jest's form; deeper describe blocks cannot be told from words of the title and stay joined by spaces (names
     * are compared by {@link org.cifailureagent.evidence.tests.TestNameKey}, so they still match). A name already in
     * jest's form (jest-junit with {@code ancestorSeparator: " › "}, {@code titleTemplate: "{classname} › {title}"})
     * stays as it is.
     */
    private static String jestName(String suite, String name) {
        if (suite == null || suite.isEmpty() || !name.startsWith(suite + " ") || name.startsWith(suite + " › ")) {
            return name;
        }
        return suite + " › " + name.substring(suite.length() + 1);
    }

    /**
     * pytest writes the node id's module path with dots ({@code tests.test_calc.TestParse}); the longest prefix that
     * names a {@code .py} file in the workspace is the module, the rest are classes.
     */
    private static String pytestNodeId(String className, String name, WorkspaceFiles files) {
        if (className.isEmpty()) {
            return name;
        }
        String[] parts = className.split("\\.");
        int module = -1;
        for (int i = parts.length; i >= 1 && module < 0; i--) {
            if (files.resolve(String.join("/", java.util.Arrays.copyOfRange(parts, 0, i)) + ".py") != null) {
                module = i;
            }
        }
        if (module < 0) {
            module = parts.length;
            while (module > 1 && Character.isUpperCase(parts[module - 1].charAt(0))) {
                module--;
            }
        }
        StringBuilder id = new StringBuilder(String.join("/", java.util.Arrays.copyOfRange(parts, 0, module)))
                .append(".py");
        for (int i = module; i < parts.length; i++) {
            id.append("::").append(parts[i]);
        }
        return id.append("::").append(name).toString();
    }
}
