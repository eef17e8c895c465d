package org.cifailureagent.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one JUnit-style XML report (Surefire/Failsafe, Gradle, pytest, jest-junit, go-junit-report, cargo2junit…)
 * with StAX, streaming and bounded: DTDs and external entities are off, a document with a DOCTYPE is refused (test
 * reports never need one, entity bombs always do), the file size is capped, and each failure's text is cut at
 * {@link #MAX_TEXT} characters. A report that breaks any rule throws {@link UnusableReportException} and is skipped
 * whole.
 */
final class JUnitXmlReader {
    static final int MAX_TEXT = 16 * 1024;
    static final int MAX_MESSAGE = 500;
    private static final int MAX_TESTCASES = 200_000;

    private final XMLInputFactory factory;
    private final long maxBytes;

    JUnitXmlReader(long maxBytes) {
        this.maxBytes = maxBytes;
        this.factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    /** What one testcase element said, before names are made canonical. */
    record Case(String suite, String className, String name, ReportedTest.Outcome outcome, String message,
                String text) {
    }

    static final class UnusableReportException extends Exception {
        UnusableReportException(String message) {
            super(message);
        }
    }

    /** The failed, errored and retried test cases of the report, with the name of its root element's suite. */
    record Result(String rootName, List<Case> cases) {
    }

    Result read(Path file) throws IOException, UnusableReportException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new UnusableReportException("larger than " + (maxBytes >> 20) + " MiB (" + (size >> 20) + " MiB)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = open(in);
            try {
                return read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            String message = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceAll("\\s+", " ");
            throw new UnusableReportException("not well-formed XML: " + message);
        }
    }

    private static Result read(XMLStreamReader xml) throws XMLStreamException, UnusableReportException {
        List<Case> cases = new ArrayList<>();
        String rootName = null;
        String suite = null;
        String className = null;
        String caseName = null;
        ReportedTest.Outcome outcome = null;
        String message = null;
        StringBuilder text = null;
        int depthInOutcome = 0;
        int testcases = 0;
        boolean sawRoot = false;
        while (hasNext(xml)) {
            int event = next(xml);
            switch (event) {
                case XMLStreamConstants.DTD -> throw new UnusableReportException("has a DOCTYPE, which test reports "
                        + "never need (entity expansion or external entities refused)");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new UnusableReportException(
                        "uses an undeclared entity '" + xml.getLocalName() + "'");
                case XMLStreamConstants.START_ELEMENT -> {
                    String element = xml.getLocalName();
                    if (!sawRoot) {
                        sawRoot = true;
                        if (!element.equals("testsuites") && !element.equals("testsuite")) {
                            throw new UnusableReportException("root element <" + element + "> is not a test report");
                        }
                        rootName = xml.getAttributeValue(null, "name");
                    }
                    if (element.equals("testsuite")) {
                        suite = xml.getAttributeValue(null, "name");
                    } else if (element.equals("testcase")) {
                        if (++testcases > MAX_TESTCASES) {
                            throw new UnusableReportException("more than " + MAX_TESTCASES + " test cases");
                        }
                        className = xml.getAttributeValue(null, "classname");
                        caseName = xml.getAttributeValue(null, "name");
                        outcome = null;
                        message = null;
                        text = null;
                    } else if (caseName != null && outcome == null && outcomeOf(element) != null) {
                        outcome = outcomeOf(element);
                        message = xml.getAttributeValue(null, "message");
                        text = new StringBuilder();
                        depthInOutcome = 1;
                    } else if (depthInOutcome > 0) {
                        depthInOutcome++;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (text != null && depthInOutcome == 1 && text.length() < MAX_TEXT) {
                        String chunk = xml.getText();
                        text.append(chunk, 0, Math.min(chunk.length(), MAX_TEXT - text.length()));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    String element = xml.getLocalName();
                    if (depthInOutcome > 0) {
                        depthInOutcome--;
                    } else if (element.equals("testcase")) {
                        if (outcome != null) {
                            cases.add(new Case(suite, className, caseName, outcome, firstLine(message, text),
                                    text == null ? "" : text.toString()));
                        }
                        caseName = null;
                        outcome = null;
                        text = null;
                    }
                }
                default -> {
                }
            }
        }
        if (!sawRoot) {
            throw new UnusableReportException("empty document");
        }
        return new Result(rootName, cases);
    }

    /**
     * The JDK's parser throws some unchecked exceptions on malformed input, such as MissingResourceException for a
     * bad character in a refused DOCTYPE (found by fuzzing): they mean the document is not well-formed.
     */
    private XMLStreamReader open(InputStream in) throws XMLStreamException {
        try {
            return factory.createXMLStreamReader(in);
        } catch (RuntimeException e) {
            throw new XMLStreamException("the XML parser failed (" + e + ")");
        }
    }

    private static int next(XMLStreamReader xml) throws XMLStreamException {
        try {
            return xml.next();
        } catch (RuntimeException e) {
            throw new XMLStreamException("the XML parser failed (" + e + ")");
        }
    }

    private static boolean hasNext(XMLStreamReader xml) throws XMLStreamException {
        try {
            return xml.hasNext();
        } catch (RuntimeException e) {
            throw new XMLStreamException("the XML parser failed (" + e + ")");
        }
    }

    /**
     * A testcase's first outcome child decides: {@code failure}/{@code error} mean it failed (Surefire's
     * {@code rerunFailure} siblings only repeat that), {@code flakyFailure}/{@code flakyError} alone mean it passed
     * on a retry.
     */
    private static ReportedTest.Outcome outcomeOf(String element) {
        return switch (element) {
            case "failure" -> ReportedTest.Outcome.FAILURE;
            case "error" -> ReportedTest.Outcome.ERROR;
            case "flakyFailure", "flakyError" -> ReportedTest.Outcome.PASSED_ON_RETRY;
            default -> null;
        };
    }

    private static String firstLine(String message, StringBuilder text) {
        String source = message != null && !message.isBlank() ? message : text == null ? "" : text.toString();
        String line = source.strip();
        int newline = line.indexOf('\n');
        if (newline >= 0) {
            line = line.substring(0, newline).strip();
        }
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
