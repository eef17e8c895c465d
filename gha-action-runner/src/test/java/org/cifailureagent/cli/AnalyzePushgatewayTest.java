package org.cifailureagent.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit.WireMockRule;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.ToolProvider;
import org.junit.After;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code analyze --pushgateway}: metrics are pushed per pipeline, and a failed push never fails the command. */
public class AnalyzePushgatewayTest {
    @ClassRule
    public static TemporaryFolder logs = new TemporaryFolder();

    /** Real javac output for a broken source file, made fresh for the test. */
    private static Path compilerLog;

    @Rule
    public WireMockRule wireMock = new WireMockRule(options().dynamicPort().bindAddress("127.0.0.1"));

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeClass
    public static void compileABrokenFile() throws Exception {
        Path source = logs.newFolder("src").toPath().resolve("Broken.java");
        Files.writeString(source, "class Broken {\n    int size() {\n        return missingField;\n    }\n}\n");
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics,
                "-d", logs.newFolder("classes").toString(), source.toString());
        assertThat(status).isNotZero();
        compilerLog = logs.getRoot().toPath().resolve("javac.log");
        Files.write(compilerLog, diagnostics.toByteArray());
    }

    @Before
    public void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @After
    public void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    public void pushesToThePipelinesGroupWithTheExtraLabels() {
        String group = "/metrics/job/ci_failure_agent/pipeline/shop-ci/team/payments";
        wireMock.stubFor(put(urlEqualTo(group)).willReturn(aResponse().withStatus(200)));

        int status = Main.run("analyze", "--format", "json", "--pushgateway", wireMock.baseUrl(),
                "--pipeline", "shop-ci", "--label", "team=payments", compilerLog.toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        wireMock.verify(1, putRequestedFor(urlEqualTo(group)));
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("warning");
    }

    @Test
    public void pushgatewayDownIsAWarningInTheReportAndOnStderrAndExitStaysZero() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        int status = Main.run("analyze", "--format", "json", "--pushgateway", "http://127.0.0.1:" + closedPort,
                "--pipeline", "shop-ci", compilerLog.toString());

        assertThat(status).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.path("category").asText()).isNotEmpty();
        assertThat(report.path("warnings").toString()).contains("metrics not pushed to the Pushgateway");
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("warning: metrics not pushed")
                .contains("Connection refused");
    }

    @Test
    public void serverErrorIsAWarningAndExitStaysZero() throws Exception {
        wireMock.stubFor(put(urlEqualTo("/metrics/job/ci_failure_agent/pipeline/shop-ci"))
                .willReturn(aResponse().withStatus(500)));

        int status = Main.run("analyze", "--format", "json", "--pushgateway", wireMock.baseUrl(),
                "--pipeline", "shop-ci", compilerLog.toString());

        assertThat(status).isZero();
        assertThat(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).path("warnings").toString())
                .contains("500");
    }

    @Test
    public void badMetricsOptionsAreUsageErrors() {
        assertThat(Main.run("analyze", "--pushgateway", "http://127.0.0.1:9", "--label", "category=x",
                compilerLog.toString())).isEqualTo(Main.EXIT_USAGE);
        assertThat(Main.run("analyze", "--pushgateway", "http://agent:secret@127.0.0.1:9",
                compilerLog.toString())).isEqualTo(Main.EXIT_USAGE);
        assertThat(Main.run("analyze", "--pushgateway", "ftp://127.0.0.1:9", compilerLog.toString()))
                .isEqualTo(Main.EXIT_USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("label name 'category'")
                .contains("must not carry credentials").contains("http:// or https://")
                .doesNotContain("secret").doesNotContain("Exception");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
