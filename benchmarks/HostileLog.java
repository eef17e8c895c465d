import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a hostile log to standard output, for the full-size bound checks of docs/security.md (the same shapes as
 * HostileInputProcessTest, which CI runs scaled down). Usage: java HostileLog.java all-errors|one-line SIZE_MIB
 */
public final class HostileLog {
    private static final String[] ERRORS = {
        "[ERROR] /home/runner/work/app/app/src/main/java/com/example/App%d.java:[%d,17] cannot find symbol\n",
        "src/parser.ts(%d,%d): error TS2304: Cannot find name 'tokenizer%d'.\n",
        "FAILED tests/test_api.py::test_case_%d - AssertionError: assert %d == 200\n",
        "npm ERR! code E%d npm ERR! 404 Not Found - GET https://registry.npmjs.org/pkg-%d\n",
        "error[E0425]: cannot find value `x%d` in this scope (line %d)\n"};

    public static void main(String[] args) throws IOException {
        long size = Long.parseLong(args[1]) << 20;
        try (OutputStream out = new BufferedOutputStream(System.out, 1 << 16)) {
            if (args[0].equals("one-line")) {
                out.write("error: ".getBytes(StandardCharsets.UTF_8));
                byte[] chunk = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
                for (long written = 0; written < size; written += chunk.length) {
                    out.write(chunk);
                }
                return;
            }
            long written = 0;
            for (long i = 0; written < size; i++) {
                byte[] line = String.format(ERRORS[(int) (i % ERRORS.length)], i, i % 997, i)
                        .getBytes(StandardCharsets.UTF_8);
                out.write(line);
                written += line.length;
            }
        }
    }
}
