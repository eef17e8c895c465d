package org.cifailureagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class MarkdownTextTest {
    @Test
    public void fenceIsLongerThanAnyBacktickRunInTheText() {
        String text = "```\nescape ```` attempt\n";

        String fenced = MarkdownText.fenced(text);

        assertThat(fenced).startsWith("`````text\n").endsWith("\n`````\n").contains(text);
        assertThat(MarkdownText.fenced("plain")).isEqualTo("```text\nplain\n```\n");
    }

    @Test
    public void inlineCodeCannotBeClosedEarly() {
        assertThat(MarkdownText.code("a`b")).isEqualTo("``a`b``");
        assertThat(MarkdownText.code("`x`")).isEqualTo("`` `x` ``");
        assertThat(MarkdownText.code("two\nlines")).isEqualTo("`two lines`");
    }

    @Test
    public void htmlIsEscapedAndMentionsNeutralized() {
        String inline = MarkdownText.inline("<img src=x onerror=alert(1)> & @octocat ping @org/team");

        assertThat(inline).doesNotContain("<img").contains("&lt;img").contains("&amp;")
                .doesNotContain("@octocat").contains("@\u200boctocat").contains("@\u200borg/team");
        assertThat(MarkdownText.inline("a\nb")).isEqualTo("a b");
    }
}
