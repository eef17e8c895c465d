package org.cifailureagent.structure;

/** How the failing command ended, as the log tells it. */
public record ExitStatus(int code, String source, long number) {

    /** The signal behind an exit code, as shells report a killed child (128 + n), or 124 from timeout(1). */
    public String signal() {
        return switch (code) {
            case 124 -> "SIGTERM (time limit of timeout(1))";
            case 130 -> "SIGINT";
            case 134 -> "SIGABRT";
            case 137 -> "SIGKILL";
            case 139 -> "SIGSEGV";
            case 143 -> "SIGTERM";
            default -> null;
        };
    }
}
