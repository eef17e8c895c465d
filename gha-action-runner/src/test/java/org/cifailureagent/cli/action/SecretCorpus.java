package org.cifailureagent.cli.action;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Fake secrets in their real formats, with fresh random values on every run, each embedded in a line a real tool
 * prints (git, npm, the AWS CLI, curl, twine, docker, ssh, psql, mysql, Maven, GitHub's runner, Jenkins). A case is
 * a small log in GitHub's framing: the line with the secret, then the error that ends the step, so that the line is
 * evidence and reaches every output. {@code marker} is text of the line that must survive redaction (proving the
 * line was reported), {@code secrets} what must not.
 */
final class SecretCorpus {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    record Case(String name, String log, String marker, List<String> secrets) {
    }

    private final Random random;

    SecretCorpus(long seed) {
        this.random = new Random(seed);
    }

    static long freshSeed() {
        return new SecureRandom().nextLong();
    }

    private String random(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private String base64(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    private String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes());
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String prefix : List.of("ghp_", "gho_", "ghs_", "ghu_")) {
            String token = prefix + random(ALNUM, 36);
            cases.add(step(prefix + "token", "fatal: Authentication failed for 'https://x-access-token:" + token
                    + "@github.com/octo-org/octo-repo.git/'", "Authentication failed for", token));
            cases.add(step(prefix + "token-bare", "Error: HttpError: Bad credentials (token " + token + ")",
                    "HttpError: Bad credentials", token));
        }
        String pat = "github_pat_" + random(ALNUM, 22) + "_" + random(ALNUM, 59);
        cases.add(step("github_pat", "remote: Invalid username or password. GH_TOKEN=" + pat,
                "remote: Invalid username or password.", pat));
        String keyId = "AKIA" + random(BASE32, 16);
        String secretKey = random(ALNUM + "/+", 40);
        cases.add(step("aws-key-id", "An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity "
                + "operation: The security token included in the request is invalid (key " + keyId + ")",
                "InvalidClientTokenId", keyId));
        cases.add(step("aws-secret-env", "+ export AWS_SECRET_ACCESS_KEY=" + secretKey, "export AWS_SECRET_ACCESS_KEY",
                secretKey));
        cases.add(step("aws-secret-cfg", "aws_secret_access_key = " + secretKey + "  # error: profile ci invalid",
                "profile ci invalid", secretKey));
        cases.add(step("aws-secret-json", "Error: {\"AccessKeyId\": \"" + keyId + "\", \"SecretAccessKey\": \""
                + secretKey + "\", \"Expiration\": \"2026-11-26T12:00:00Z\"}", "Expiration", keyId, secretKey));
        String slack = "xoxb-" + random("0123456789", 12) + "-" + random("0123456789", 13) + "-" + random(ALNUM, 24);
        cases.add(step("slack", "+ curl -fsS -X POST -H 'Authorization: Bearer " + slack
                + "' https://slack.com/api/chat.postMessage  curl: (22) The requested URL returned error: 403",
                "The requested URL returned error: 403", slack));
        String npm = "npm_" + random(ALNUM, 36);
        cases.add(step("npm", "npm ERR! code E401 npm ERR! Unable to authenticate, //registry.npmjs.org/:_authToken="
                + npm, "Unable to authenticate", npm));
        String pypi = "pypi-AgEIcHlwaS5vcmc" + random(ALNUM + "-_", 150);
        cases.add(step("pypi", "+ twine upload -u __token__ -p " + pypi + " dist/*  HTTPError: 403 Forbidden from "
                + "https://upload.pypi.org/legacy/", "HTTPError: 403 Forbidden", pypi));
        String docker = "dckr_pat_" + random(ALNUM + "-_", 27);
        cases.add(step("docker-pat", "+ docker login -u ci-bot -p " + docker + "  Error response from daemon: Get "
                + "\"https://registry-1.docker.io/v2/\": unauthorized: incorrect username or password",
                "unauthorized: incorrect username or password", docker));
        String dockerAuth = base64(30);
        cases.add(step("docker-config-auth", "error: config.json {\"auths\": {\"ghcr.io\": {\"auth\": \""
                + dockerAuth + "\"}}} is rejected", "is rejected", dockerAuth));
        String jwt = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url("{\"sub\":\"repo:octo-org/"
                + "octo-repo\",\"iat\":" + random.nextInt(1 << 30) + "}") + "." + random(ALNUM + "-_", 86);
        cases.add(step("jwt", "Error: OIDC token exchange failed with 401: {\"id_token\":\"" + jwt + "\"}",
                "OIDC token exchange failed", jwt));
        String password = random(ALNUM, 14);
        cases.add(step("url-credentials", "fatal: unable to access 'https://ci-bot:" + password
                + "@git.example.org/app.git/': The requested URL returned error: 403", "fatal: unable to access",
                password));
        String dbPassword = random(ALNUM, 12);
        cases.add(step("postgres-url", "psql: error: connection to server failed for postgres://app:" + dbPassword
                + "@db:5432/app: FATAL:  password authentication failed for user \"app\"",
                "password authentication failed", dbPassword));
        String assigned = random(ALNUM, 16);
        cases.add(step("password-assignment", "mysql: [Warning] ERROR 1045 (28000): Access denied; DB_PASSWORD="
                + assigned, "Access denied", assigned));
        cases.add(step("password-yaml", "  password: \"" + assigned + "\"   # error: rejected by the server",
                "rejected by the server", assigned));
        String sonar = random("0123456789abcdef", 40);
        cases.add(step("token-colon", "[ERROR] Not authorized. Please check the properties sonar.login and "
                + "sonar.password. token: " + sonar, "Not authorized", sonar));
        String masked = "c0rrect-" + random(ALNUM, 10);
        cases.add(new Case("add-mask", "::add-mask::" + masked + "\n##[group]Run ./deploy.sh\nError: login to "
                + "registry failed for " + masked + " (HTTP 401)\n##[error]Process completed with exit code 1.\n",
                "login to registry failed", List.of(masked)));
        cases.add(new Case("jenkins-masked", "[Pipeline] sh\n+ curl -fsS -u ci-bot:**** https://repo.example.org/"
                + "upload\ncurl: (22) The requested URL returned error: 401\nERROR: script returned exit code 22\n",
                "The requested URL returned error: 401", List.of()));
        cases.add(privateKey());
        return cases;
    }

    private Case privateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(
                    generator.generateKeyPair().getPrivate().getEncoded());
            List<String> secrets = new ArrayList<>();
            for (String line : body.split("\n")) {
                secrets.add(line.length() > 12 ? line.substring(0, 12) : line);
            }
            String log = "##[group]Run ./deploy.sh\n+ cat deploy_key\n-----BEGIN PRIVATE KEY-----\n" + body
                    + "\n-----END PRIVATE KEY-----\nLoad key \"deploy_key\": error in libcrypto\n"
                    + "git@github.com: Permission denied (publickey).\n"
                    + "##[error]Process completed with exit code 255.\n";
            return new Case("private-key", log, "Permission denied (publickey)", secrets);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Case step(String name, String line, String marker, String... secrets) {
        String log = "##[group]Run ./deploy.sh\n" + line + "\n##[error]Process completed with exit code 1.\n";
        return new Case(name, log, marker, List.of(secrets));
    }
}
