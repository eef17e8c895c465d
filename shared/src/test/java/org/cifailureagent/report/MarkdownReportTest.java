package org.cifailureagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class MarkdownReportTest {
    @Test
    public void fenceIsLongerThanAnyBacktickRunInTheText() {
        String text = "```\nescape ```` attempt\n";

        String fenced = MarkdownReport.fenced(text);

        assertThat(fenced).startsWith("`````text\n").endsWith("\n`````\n").contains(text);
        assertThat(MarkdownReport.fenced("plain")).isEqualTo("```text\nplain\n```\n");
    }

    @Test
    public void inlineCodeCannotBeClosedEarly() {
        assertThat(MarkdownReport.code("a`b")).isEqualTo("``a`b``");
        assertThat(MarkdownReport.code("`x`")).isEqualTo("`` `x` ``");
        assertThat(MarkdownReport.code("two\nlines")).isEqualTo("`two lines`");
    }

    @Test
    public void htmlIsEscapedAndMentionsNeutralized() {
        String inline = MarkdownReport.inline("<img src=x onerror=alert(1)> & @octocat ping @org/team");

        assertThat(inline).doesNotContain("<img").contains("&lt;img").contains("&amp;")
                .doesNotContain("@octocat").contains("@\u200boctocat").contains("@\u200borg/team");
        assertThat(MarkdownReport.inline("a\nb")).isEqualTo("a b");
    }
}
