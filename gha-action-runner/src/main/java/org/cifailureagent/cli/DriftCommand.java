package org.cifailureagent.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cifailureagent.classify.drift.DriftCheck;
import org.cifailureagent.classify.drift.DriftFigures;
import org.cifailureagent.classify.drift.DriftLog;
import org.cifailureagent.classify.drift.DriftSample;
import org.cifailureagent.classify.model.Models;
import org.cifailureagent.classify.model.XgbModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "drift", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares a window of recent analyses (the samples 'analyze --drift-log' appends) with the "
                + "model's out-of-fold training distribution: PSI over categories and confidence, share of "
                + "low-confidence answers, out-of-vocabulary rate.",
            "Exit status: 0 stable, 1 drifted, 2 bad input."})
final class DriftCommand implements Callable<Integer> {
    static final int EXIT_DRIFTED = 1;

    @Option(names = "--reference", paramLabel = "MODEL", required = true,
            description = "The model the analyses ran with, or 'default' for the embedded model.")
    String reference;

    @Option(names = "--recent", paramLabel = "FILE", required = true,
            description = "Drift samples, one JSON object per line.")
    Path recent;

    @Option(names = "--window", paramLabel = "N", defaultValue = "500",
            description = "Compare the last N samples (default ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    EvalCommand.Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        XgbModel model = "default".equals(reference) ? Models.loadDefault() : Models.load(Path.of(reference));
        if (model == null) {
            throw new IllegalArgumentException("this build has no default model");
        }
        List<DriftSample> samples = DriftLog.readLast(recent, window);
        DriftFigures figures = DriftCheck.compare(model.metadata(), samples);
        PrintWriter out = spec.commandLine().getOut();
        if (format == EvalCommand.Format.json) {
            var json = new ObjectMapper().valueToTree(figures);
            ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("model", model.metadata().version());
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } else {
            out.printf(Locale.ROOT, "model %s, %d recent analyses%n", model.metadata().version(), figures.samples());
            out.printf(Locale.ROOT, "category PSI %.3f, confidence PSI %.3f (drift above %.2f)%n",
                    figures.categoryPsi(), figures.confidencePsi(), DriftCheck.PSI_LIMIT);
            out.printf(Locale.ROOT, "low-confidence answers %.3f (training %.3f)%n", figures.lowConfidenceShare(),
                    figures.referenceLowConfidenceShare());
            out.printf(Locale.ROOT, "out-of-vocabulary rate %.3f (training %.3f)%n", figures.oovRate(),
                    figures.referenceOovRate());
            if (figures.samples() < DriftCheck.MIN_SAMPLES) {
                out.printf(Locale.ROOT, "no verdict: fewer than %d samples%n", DriftCheck.MIN_SAMPLES);
            } else {
                out.println(figures.drifted() ? "DRIFTED: " + String.join("; ", figures.reasons()) : "stable");
            }
        }
        out.flush();
        return figures.drifted() ? EXIT_DRIFTED : Main.EXIT_OK;
    }
}
