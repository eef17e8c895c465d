package org.cifailureagent.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class WorkflowCommandsTest {
    @Test
    public void dataEscapesPercentCarriageReturnAndLineFeed() {
        assertThat(WorkflowCommands.escapeData("50%\r\n::error::x")).isEqualTo("50%25%0D%0A::error::x");
    }

    @Test
    public void propertiesAlsoEscapeColonAndComma() {
        assertThat(WorkflowCommands.escapeProperty("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
    }

    @Test
    public void anAnnotationIsOneLineWhateverTheText() {
        String command = WorkflowCommands.annotation("error",
                WorkflowCommands.properties("t,i:t", "src/A.java", 4, null), "line\n::warning::injected");
        assertThat(command).isEqualTo("::error file=src/A.java,line=4,title=t%2Ci%3At::line%0A::warning::injected");
        assertThat(command).doesNotContain("\n");
    }

    @Test
    public void stopTokensAreFreshEachTime() {
        assertThat(WorkflowCommands.stopToken()).isNotEqualTo(WorkflowCommands.stopToken()).hasSizeGreaterThan(20);
    }
}
