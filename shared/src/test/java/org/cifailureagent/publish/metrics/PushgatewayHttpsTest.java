package org.cifailureagent.publish.metrics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.cifailureagent.taxonomy.Category;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Pushing over HTTPS with the JVM's trust: a trusted certificate works, an untrusted one is a warning. */
public class PushgatewayHttpsTest {
    private static final String PASSWORD = "changeit";
    private static final String GROUP = "/metrics/job/ci_failure_agent/pipeline/shop";
    private static final AnalysisMetrics ANALYSIS = new AnalysisMetrics(MetricsSource.CLI, "shop", Category.TEST,
            0.8, 1.5, 0, "none", "1", Instant.parse("2026-11-26T10:00:00Z"));

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private WireMockServer server;
    private Path keyStore;
    private SSLSocketFactory originalFactory;

    @Before
    public void startHttpsServer() throws Exception {
        keyStore = temp.getRoot().toPath().resolve("pushgateway.p12");
        // A fresh self-signed certificate for 127.0.0.1, made by the JDK's keytool.
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "pushgateway", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();

        server = new WireMockServer(options().httpDisabled(true).dynamicHttpsPort().bindAddress("127.0.0.1")
                .keystorePath(keyStore.toString()).keystoreType("PKCS12").keystorePassword(PASSWORD)
                .keyManagerPassword(PASSWORD));
        server.start();
        server.stubFor(put(urlEqualTo(GROUP)).willReturn(aResponse().withStatus(200)));
        originalFactory = HttpsURLConnection.getDefaultSSLSocketFactory();
    }

    @After
    public void stop() {
        HttpsURLConnection.setDefaultSSLSocketFactory(originalFactory);
        server.stop();
    }

    @Test
    public void pushesToATrustedPushgatewayOverHttps() throws Exception {
        HttpsURLConnection.setDefaultSSLSocketFactory(trusting(keyStore).getSocketFactory());

        Optional<String> warning = publisher().push(RunMetrics.of(ANALYSIS, null), Map.of("pipeline", "shop"));

        assertThat(warning).isEmpty();
        server.verify(putRequestedFor(urlEqualTo(GROUP)).withHeader("Authorization", equalTo("Bearer tok-1")));
    }

    @Test
    public void anUntrustedCertificateIsAWarning() {
        Optional<String> warning = publisher().push(RunMetrics.of(ANALYSIS, null), Map.of("pipeline", "shop"));

        assertThat(warning).get().asString().contains("metrics not pushed").containsIgnoringCase("certificat");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    private PushgatewayPublisher publisher() {
        return new PushgatewayPublisher(PushgatewayConfig.of("https://127.0.0.1:" + server.httpsPort(),
                PushgatewayConfig.DEFAULT_JOB, Map.of(), new PushgatewayCredentials.Bearer("tok-1"))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), 1));
    }

    private static SSLContext trusting(Path keyStoreFile) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
