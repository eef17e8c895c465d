package org.cifailureagent.training;

import java.util.ArrayList;
import java.util.List;

/** A reliability table: answers binned by confidence, with how often each bin was right. */
public final class Reliability {
    private Reliability() {
    }

    public record Bin(double low, double high, int count, double meanConfidence, double accuracy) {
    }

    public static List<Bin> table(double[] confidences, boolean[] correct, int bins) {
        int[] count = new int[bins];
        double[] confidenceSum = new double[bins];
        int[] right = new int[bins];
        for (int i = 0; i < confidences.length; i++) {
            int b = Math.min(bins - 1, (int) Math.floor(confidences[i] * bins));
            count[b]++;
            confidenceSum[b] += confidences[i];
            right[b] += correct[i] ? 1 : 0;
        }
        List<Bin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            out.add(new Bin((double) b / bins, (double) (b + 1) / bins, count[b],
                    count[b] == 0 ? 0 : confidenceSum[b] / count[b], count[b] == 0 ? 0 : (double) right[b] / count[b]));
        }
        return out;
    }

    /** Expected calibration error: the count-weighted gap between confidence and accuracy. */
    public static double expectedCalibrationError(List<Bin> table) {
        int total = table.stream().mapToInt(Bin::count).sum();
        double error = 0;
        for (Bin bin : table) {
            error += (double) bin.count() / Math.max(1, total) * Math.abs(bin.meanConfidence() - bin.accuracy());
        }
        return error;
    }
}
