package org.cifailureagent.evidence.ranker;

import java.io.IOException;
import java.io.InputStream;
import org.cifailureagent.evidence.HeuristicLineRanker;
import org.cifailureagent.evidence.LineRanker;
import org.cifailureagent.xgboost.NativeXgboost;

/** Chooses the line ranker: the shipped model where XGBoost runs, else the heuristic ranking with a warning. */
public final class LineRankers {
    private static volatile Choice shipped;

    private LineRankers() {
    }

    /** The ranker and, when it is not the model, why (a warning for the report). */
    public record Choice(LineRanker ranker, String warning) {
    }

    /** The shipped ranker, loaded once per process. */
    public static Choice standard() {
        Choice known = shipped;
        if (known == null) {
            synchronized (LineRankers.class) {
                if (shipped == null) {
                    shipped = load();
                }
                known = shipped;
            }
        }
        return known;
    }

    private static Choice load() {
        NativeXgboost.Availability runtime = NativeXgboost.probe();
        if (!runtime.loaded()) {
            return new Choice(new HeuristicLineRanker(), "root-cause lines ranked without the model: "
                    + runtime.problem());
        }
        try (InputStream in = LineRankers.class.getResourceAsStream(ModelLineRanker.DEFAULT_RESOURCE)) {
            if (in == null) {
                return new Choice(new HeuristicLineRanker(), "root-cause lines ranked without the model: it is "
                        + "missing from the jar");
            }
            return new Choice(ModelLineRanker.load(in, "the shipped line ranker"), null);
        } catch (IOException e) {
            return new Choice(new HeuristicLineRanker(), "root-cause lines ranked without the model: "
                    + e.getMessage());
        }
    }
}
