package org.cifailureagent.jenkins;

import hudson.model.Item;
import hudson.model.Run;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jenkins.model.Jenkins;
import jenkins.model.RunAction2;
import org.cifailureagent.corpus.CorrectionWriter;
import org.cifailureagent.corpus.InvalidCorpusException;
import org.cifailureagent.evidence.EvidenceLine;
import org.cifailureagent.report.Report;
import org.cifailureagent.report.ShownHints;
import org.cifailureagent.taxonomy.Category;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * The analysis of one build on its page: a summary box (summary.jelly), the full report (index.jelly) and the REST
 * API. Only a few small fields are kept in build.xml; the full report is read from the build's folder on demand.
 */
@ExportedBean
public class FailureAnalysisAction implements RunAction2 {
    static final String URL_NAME = "failure-analysis";
    /** Root-cause lines highlighted in the console and listed in the summary box. */
    static final int TOP_LINES = 5;
    private static final int SHOWN_ITEMS = 5;

    /** How the analysis came to be: the post-build step or the automatic analysis of every failed build. */
    enum Origin {
        STEP, AUTOMATIC
    }

    private final String category;
    private final double confidence;
    private final String summary;
    private final String fingerprint;
    private final String origin;
    private final String commit;
    private final long[] lineNumbers;
    private final long[] lineOffsets;
    private String correctedCategory;

    private transient Run<?, ?> run;
    private transient SoftReference<Report> report;

    FailureAnalysisAction(Report report, Origin origin, String commit, long[] lineNumbers, long[] lineOffsets) {
        this.category = report.category();
        this.confidence = report.confidence();
        this.summary = report.summary();
        this.fingerprint = report.fingerprint();
        this.origin = origin.name().toLowerCase(Locale.ROOT);
        this.commit = commit;
        this.lineNumbers = lineNumbers.clone();
        this.lineOffsets = lineOffsets.clone();
        this.report = new SoftReference<>(report);
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        run = r;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public String getIconFileName() {
        return "symbol-search";
    }

    @Override
    public String getDisplayName() {
        return Messages.FailureAnalysisAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    @Exported
    public String getCategory() {
        return category;
    }

    @Exported
    public double getConfidence() {
        return confidence;
    }

    public long getConfidencePercent() {
        return Math.round(confidence * 100);
    }

    @Exported
    public String getSummary() {
        return summary;
    }

    @Exported
    public String getFingerprint() {
        return fingerprint;
    }

    @Exported
    public String getOrigin() {
        return origin;
    }

    @Exported
    public String getCommit() {
        return commit;
    }

    /** 1-based numbers of the top root-cause lines in the build's log, best first. */
    @Exported
    public long[] getRootCauseLines() {
        return lineNumbers.clone();
    }

    @Exported
    public String getCorrectedCategory() {
        return correctedCategory;
    }

    /** Byte offsets of the top root-cause lines, for the console annotator. */
    long[] lineOffsets() {
        return lineOffsets.clone();
    }

    long[] lineNumbers() {
        return lineNumbers.clone();
    }

    boolean analyzedBy(Origin o) {
        return o.name().toLowerCase(Locale.ROOT).equals(origin);
    }

    /** The full report, read from the build's folder when first needed; null when it is gone. */
    public Report getReport() {
        Report loaded = report == null ? null : report.get();
        if (loaded == null && run != null) {
            loaded = ReportFiles.read(run);
            report = new SoftReference<>(loaded);
        }
        return loaded;
    }

    @Exported
    public List<String> getFailingTests() {
        Report r = getReport();
        return r == null || r.failingTests() == null ? List.of()
                : r.failingTests().stream().map(Report.ReportTest::name).toList();
    }

    @Exported
    public List<String> getSuspects() {
        Report r = getReport();
        return r == null || r.suspects() == null ? List.of()
                : r.suspects().stream().map(s -> shortId(s.commit()) + " " + s.author() + ": " + s.message()).toList();
    }

    @Exported
    public List<String> getHints() {
        Report r = getReport();
        return r == null || r.rulesMatched() == null ? List.of()
                : ShownHints.of(r).stream().map(Report.RuleMatched::hint).distinct().toList();
    }

    public List<String> getShownFailingTests() {
        List<String> tests = getFailingTests();
        return tests.subList(0, Math.min(SHOWN_ITEMS, tests.size()));
    }

    public List<String> getShownSuspects() {
        List<String> suspects = getSuspects();
        return suspects.subList(0, Math.min(SHOWN_ITEMS, suspects.size()));
    }

    /** The top root-cause lines with their text and where the console shows them. */
    public List<ConsoleLine> getTopLines() {
        Report r = getReport();
        List<ConsoleLine> lines = new ArrayList<>();
        if (r == null || r.rootCause() == null) {
            return lines;
        }
        long tailStart = run == null ? 0 : ConsoleView.tailStart(run);
        for (EvidenceLine line : r.rootCause().lines()) {
            int i = indexOf(line.number());
            if (i >= 0) {
                String page = lineOffsets[i] >= tailStart ? "console" : "consoleFull";
                lines.add(new ConsoleLine(line.number(), line.text(), page));
            }
        }
        return lines;
    }

    private int indexOf(long number) {
        for (int i = 0; i < lineNumbers.length; i++) {
            if (lineNumbers[i] == number && i < lineOffsets.length) {
                return i;
            }
        }
        return -1;
    }

    public List<String> getCategories() {
        return List.of(Category.wireNames());
    }

    /** Whether the current user may correct the category (the permission to update the build). */
    public boolean isCorrectable() {
        return run != null && run.hasPermission(Run.UPDATE);
    }

    /** The full report as JSON, as stored. */
    public void doReportJson(StaplerResponse2 rsp) throws IOException {
        run.checkPermission(Item.READ);
        Report r = getReport();
        if (r == null) {
            rsp.sendError(404);
            return;
        }
        rsp.setContentType("application/json;charset=UTF-8");
        rsp.getOutputStream().write(org.cifailureagent.report.ReportJson.pretty(r).getBytes(StandardCharsets.UTF_8));
    }

    /** Stores a user's correction of the category for retraining. */
    @RequirePOST
    public synchronized HttpResponse doCorrect(@QueryParameter String category) throws IOException {
        run.checkPermission(Run.UPDATE);
        Category corrected;
        try {
            corrected = Category.fromWireName(category);
        } catch (IllegalArgumentException e) {
            return HttpResponses.error(400, Messages.FailureAnalysisAction_UnknownCategory());
        }
        Run<?, ?> build = run;
        Path log = Files.createTempFile("ci-failure-correction", ".log");
        try {
            try (InputStream in = build.getLogInputStream()) {
                Files.copy(in, log, StandardCopyOption.REPLACE_EXISTING);
            }
            new CorrectionWriter().add(correctionsFolder(), new CorrectionWriter.Correction(log, corrected, List.of(),
                    this.category, fingerprint, build.getParent().getFullName()));
        } catch (InvalidCorpusException e) {
            return HttpResponses.error(409, Messages.FailureAnalysisAction_AlreadyCorrected());
        } finally {
            Files.deleteIfExists(log);
        }
        correctedCategory = corrected.wireName();
        build.save();
        return HttpResponses.redirectToDot();
    }

    /** A corrections corpus (the format of ../shared/corpus) in JENKINS_HOME, to be used for retraining. */
    static Path correctionsFolder() {
        return Jenkins.get().getRootDir().toPath().resolve("ci-failure-agent").resolve("corrections");
    }

    private static String shortId(String commit) {
        return commit == null ? "" : commit.substring(0, Math.min(7, commit.length()));
    }

    /** One root-cause line in the summary box: its number, its text and the console page showing it. */
    public record ConsoleLine(long number, String text, String page) {
        public long getNumber() {
            return number;
        }

        public String getText() {
            return text;
        }

        public String getPage() {
            return page;
        }
    }
}
