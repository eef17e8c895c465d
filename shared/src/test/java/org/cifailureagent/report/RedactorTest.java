package org.cifailureagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.Test;

public class RedactorTest {
    private static final Random RANDOM = new Random(7);
    private final Redactor redactor = new Redactor(List.of("hunter2-masked", "ab"));

    private static String random(String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private void assertMasked(String secret, String line) {
        String redacted = redactor.redact(line);
        assertThat(redacted).as(line).doesNotContain(secret).contains(Redactor.MASK);
    }

    @Test
    public void gitHubTokens() {
        for (String prefix : new String[] {"ghp_", "gho_", "ghs_", "ghu_", "ghr_"}) {
            String token = prefix + random(ALNUM, 36);
            assertMasked(token, "remote: Invalid username or token " + token + " for push");
        }
        String fineGrained = "github_pat_" + random(ALNUM, 22) + "_" + random(ALNUM, 59);
        assertMasked(fineGrained, "GH_TOKEN=" + fineGrained);
        assertMasked(fineGrained, "using " + fineGrained);
    }

    @Test
    public void cloudAndRegistryTokens() {
        String aws = "AKIA" + random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
        assertMasked(aws, "aws_access_key_id " + aws);
        String awsSecret = random(ALNUM + "/+", 40);
        assertMasked(awsSecret, "aws_secret_access_key = " + awsSecret);
        String slack = "xoxb-" + random("0123456789", 12) + "-" + random("0123456789", 13) + "-" + random(ALNUM, 24);
        assertMasked(slack, "posting with " + slack);
        String npm = "npm_" + random(ALNUM, 36);
        assertMasked(npm, "//registry.npmjs.org/:_authToken " + npm);
        String pypi = "pypi-AgEIcHlwaS5vcmc" + random(ALNUM + "-_", 60);
        assertMasked(pypi, "twine upload -p " + pypi);
        String docker = "dckr_pat_" + random(ALNUM + "-_", 27);
        assertMasked(docker, "docker login -p " + docker);
    }

    @Test
    public void jwt() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\"}".getBytes());
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"sub\":\"ci\",\"iat\":1}".getBytes());
        String jwt = header + "." + body + "." + random(ALNUM + "-_", 43);
        assertMasked(jwt, "Authorization header was " + jwt);
    }

    @Test
    public void credentialsInUrlsAndAssignments() {
        assertThat(redactor.redact("fatal: unable to access 'https://ci-bot:pa55w0rd@git.example.org/x.git/'"))
                .isEqualTo("fatal: unable to access 'https://ci-bot:***@git.example.org/x.git/'");
        assertThat(redactor.redact("mysql -u root password=Sup3rS3cret host=db")).isEqualTo(
                "mysql -u root password=*** host=db");
        assertThat(redactor.redact("token: abcdef123456")).isEqualTo("token: ***");
        assertThat(redactor.redact("\"apiKey\": \"k-123456789\"")).isEqualTo("\"apiKey\": \"***\"");
        assertThat(redactor.redact("Authorization: Bearer abcdefghijkl.mnopqrstuvwx")).doesNotContain("abcdefghijkl");
    }

    @Test
    public void everyLineOfAPrivateKeyIsMasked() throws NoSuchAlgorithmException {
        for (String algorithm : new String[] {"RSA", "EC"}) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            byte[] key = generator.generateKeyPair().getPrivate().getEncoded();
            String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key);
            String pem = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----";
            for (String line : pem.split("\n")) {
                String redacted = redactor.redact(line);
                if (!line.startsWith("-----")) {
                    assertThat(redacted).as("%s key body line %s", algorithm, line).isEqualTo(Redactor.MASK);
                }
            }
            assertThat(redactor.redact("key: -----BEGIN RSA PRIVATE KEY----- MIIEow" + body.substring(0, 40)))
                    .isEqualTo("key: -----BEGIN PRIVATE KEY----- ***");
        }
    }

    @Test
    public void lastKeyLinesWithoutADigitAreMaskedToo() {
        // The last body line of an RSA-2048 key generated in a CI run of this test: no digit, so it once stayed.
        assertThat(redactor.redact("sI+GIfezgcRYcMljStqrLRIz")).isEqualTo(Redactor.MASK);
        // Capitals that only start words, and paths, are not base64.
        for (String line : List.of("getElementsByTagName", "NullPointerException", "InsecurePlatformWarning",
                "src/Symfony/Bundle/WebProfilerBundle",
                // Names from LogChunks logs: a go test's, as failingTests lists it; an XCTest class's line.
                "TestBoundedForkedSync64Fast", "SortedKeysJSONParameterEncoderTests")) {
            assertThat(redactor.redact(line)).as(line).isEqualTo(line);
        }
    }

    @Test
    public void addMaskValuesAreMaskedButShortOnesIgnored() {
        assertThat(redactor.redact("echo hunter2-masked | login")).isEqualTo("echo *** | login");
        assertThat(redactor.redact("about")).as("values under three characters would mask everything")
                .isEqualTo("about");
    }

    @Test
    public void evidenceThatLooksRandomStays() {
        String sha = "3f786850e387550fdab836ed7e6dc881de23001b";
        String sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        String uuid = UUID.randomUUID().toString();
        String line = "commit " + sha + " checksum sha256:" + sha256 + " run " + uuid;

        assertThat(redactor.redact(line)).isEqualTo(line);
        assertThat(redactor.redact(sha256)).isEqualTo(sha256);
        assertThat(redactor.redact(sha.toUpperCase())).isEqualTo(sha.toUpperCase());
        assertThat(redactor.redact("[ERROR] Tests run: 3, Failures: 1")).isEqualTo("[ERROR] Tests run: 3, Failures: 1");
        assertThat(redactor.redact(null)).isNull();
    }

    @Test
    public void wordsThatOnlyLookLikeKeysStay() {
        for (String line : List.of("SyntaxError: Unexpected token: punc", "Author: Jane Doe",
                "Unexpected token ILLEGAL_CHARACTER_IN_INPUT", "Cache key: Linux-maven-3f786850e387550fdab836ed",
                "tokenizer: whitespace", "password: required", "password=$DB_PASSWORD", "token: ****",
                "Using a password on the command line interface can be insecure.",
                // Found in the LogChunks corpus by the redaction census (docs/security.md):
                "@ejabberd_c2s:process_auth_result:263 (tcp|<0.2441.0>) Accepted c2s PLAIN authentication",
                "InsecurePlatformWarning", "src/Symfony/Component/Yaml", "++cores=", "$ export GITHUB_TOKEN=[secure]",
                "./scripts/deploy.sh: line 4: DEPLOY_TOKEN: DEPLOY_TOKEN is not set",
                "$ docker run -v $PWD:/root/src/openface bamos/openface", "PWD=/home/travis/build/martanne/vis",
                "Reference 'System.Web.Entity, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089'",
                "SKIP Test mail() function : basic functionality [ext/standard/tests/mail/mail_basic_alt1-win32.phpt]")) {
            assertThat(redactor.redact(line)).as(line).isEqualTo(line);
        }
    }

    @Test
    public void credentialNamesMaskAnyValueOtherNamesOnlyGeneratedOnes() {
        assertThat(redactor.redact("DB_PASSWORD=hunter")).isEqualTo("DB_PASSWORD=***");
        assertThat(redactor.redact("\"clientSecret\": \"abc\"")).isEqualTo("\"clientSecret\": \"***\"");
        assertThat(redactor.redact("NPM_TOKEN=abcdefgh")).isEqualTo("NPM_TOKEN=***");
        assertThat(redactor.redact("token: punc")).isEqualTo("token: punc");
        assertThat(redactor.redact("token: x7Kq9mZ2")).isEqualTo("token: ***");
    }

    @Test
    public void aNameThatIsNoCredentialDoesNotHideTheOneAfterIt() {
        String secret = random(ALNUM, 40);
        assertMasked(secret, "The cause could not be determined with confidence: aws_secret_access_key = " + secret);
        assertMasked(secret, "step: password=" + secret);
    }
}
