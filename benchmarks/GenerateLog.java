import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a large CI log for the scan benchmark: GitHub-style timestamped lines of build output (Maven downloads
 * and plugin runs, javac, Surefire, npm, pytest progress, some ANSI colour), with a rare error every ~100,000 lines.
 * Usage: java GenerateLog.java OUT SIZE_MB
 */
public final class GenerateLog {
    private static final String[] ROUTINE = {
        "[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/apache/commons/commons-lang3/3.%d/commons-lang3-3.%d.pom",
        "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/com/fasterxml/jackson/core/jackson-core/2.%d.0/jackson-core-2.%d.0.jar (%d kB at 1.2 MB/s)",
        "[INFO] --- maven-compiler-plugin:3.11.0:compile (default-compile) @ module-%d ---",
        "[INFO] Compiling %d source files with javac [debug release 17] to target/classes",
        "[INFO] Tests run: %d, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.%d s - in com.example.service.Service%dTest",
        "[INFO] Building module-%d 1.0.%d-SNAPSHOT                                     [%d/40]",
        "\u001b[1;34mINFO\u001b[0m Running com.example.web.Controller%dTest",
        "npm http fetch GET 200 https://registry.npmjs.org/lodash/-/lodash-4.17.%d.tgz %dms (cache hit)",
        "added %d packages, and audited %d packages in 3s",
        "tests/test_module_%d.py::test_case_%d PASSED                                      [ %d%%]",
        "  at com.example.internal.Worker.run(Worker.java:%d) ~[worker-1.%d.jar:?]",
        "2026-11-26 10:00:%02d.123 DEBUG [main] o.s.b.SpringApplication - Started Application in %d.5 seconds",
        "Progress (%d): 12/43 kB | 4.1/5.3 MB | %d kB",
        "   Compiling serde v1.0.%d",
        "go: downloading golang.org/x/sys v0.%d.0",
    };
    private static final String[] ERRORS = {
        "[ERROR] /home/runner/work/app/app/src/main/java/com/example/App.java:[%d,17] cannot find symbol",
        "[ERROR] Tests run: %d, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.2 s <<< FAILURE! - in com.example.AppTest",
        "npm ERR! code E404",
        "java.lang.OutOfMemoryError: Java heap space",
    };

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long target = Long.parseLong(args[1]) * 1024 * 1024;
        Random random = new Random(42);
        long written = 0;
        long line = 0;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            while (written < target) {
                line++;
                String template = random.nextInt(100_000) == 0 ? ERRORS[random.nextInt(ERRORS.length)]
                        : ROUTINE[random.nextInt(ROUTINE.length)];
                int a = random.nextInt(60);
                String text = String.format("2026-11-26T10:%02d:%02d.%07dZ ", (line / 60_000) % 60, a,
                        random.nextInt(10_000_000)) + String.format(template, a, a, random.nextInt(900), a);
                byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
                os.write(bytes);
                written += bytes.length;
            }
        }
    }
}
