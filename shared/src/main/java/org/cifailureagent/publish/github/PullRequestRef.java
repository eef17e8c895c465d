package org.cifailureagent.publish.github;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pull request on github.com or a GitHub Enterprise Server: {@code owner/name} and number. Jenkins' branch source
 * gives only its web address ({@code CHANGE_URL}, e.g. {@code https://github.com/owner/name/pull/12}).
 */
public record PullRequestRef(String repository, int number) {
    private static final Pattern PATH = Pattern.compile("^/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)/pull/(\\d{1,9})/?$");

    /** The pull request a web address names; empty for any other address (a GitLab merge request, a branch). */
    public static Optional<PullRequestRef> fromWebUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null || uri.getPath() == null) {
            return Optional.empty();
        }
        Matcher m = PATH.matcher(uri.getPath());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PullRequestRef(m.group(1) + "/" + m.group(2), Integer.parseInt(m.group(3))));
    }
}
