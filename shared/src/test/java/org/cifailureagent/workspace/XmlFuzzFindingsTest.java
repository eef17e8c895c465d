package org.cifailureagent.workspace;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.Test;

/** Inputs the JUnit XML fuzz target found (kept under JUnitXmlFuzzTestInputs, which Jazzer also replays). */
public class XmlFuzzFindingsTest {
    @Test
    public void theParsersMissingResourceExceptionIsAnUnusableReport() {
        Path finding = Path.of("src/test/resources/org/cifailureagent/workspace/JUnitXmlFuzzTestInputs/readReport/"
                + "crash-8926205e6b4aaa6f7f0c2a4a723102b39bf9ed57");
        assertThatThrownBy(() -> new JUnitXmlReader(1 << 20).read(finding))
                .isInstanceOf(JUnitXmlReader.UnusableReportException.class)
                .hasMessageStartingWith("not well-formed XML");
    }
}
