package org.cifailureagent.evidence.locations;

/** From a class's binary name to where its source lives, as far as the name tells. */
final class JavaClasses {
    private JavaClasses() {
    }

    /** {@code com.example.App} → {@code com/example/} (empty for the default package). */
    static String packageDirectories(String className) {
        int lastDot = className.lastIndexOf('.');
        return lastDot < 0 ? "" : className.substring(0, lastDot + 1).replace('.', '/');
    }

    /** {@code com.example.App$Inner} → {@code com/example/App.java}. */
    static String sourceFile(String className) {
        String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        return outer.replace('.', '/') + ".java";
    }
}
