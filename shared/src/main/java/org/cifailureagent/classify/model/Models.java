package org.cifailureagent.classify.model;

import org.cifailureagent.xgboost.NativeXgboost;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where models come from: a file the user names, or the default model embedded in the jar. */
public final class Models {
    public static final String DEFAULT_RESOURCE = "/org/cifailureagent/model/default-model.xgbm";

    private Models() {
    }

    /** Loads a model file; throws {@link InvalidModelException} naming the file when it cannot be used. */
    public static XgbModel load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidModelException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return XgbModel.load(bytes, file.toString());
    }

    /** Loads the embedded default model, or returns null when this build has none. */
    public static XgbModel loadDefault() {
        try (InputStream in = Models.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            return XgbModel.load(bytes, "the default model (" + DEFAULT_RESOURCE + ")");
        } catch (IOException e) {
            throw new InvalidModelException("the default model cannot be read: " + e.getMessage());
        }
    }

    static void requireNative(String what) {
        NativeXgboost.Availability available = NativeXgboost.probe();
        if (!available.loaded()) {
            throw new NativeUnavailableException("cannot load " + what + ": xgboost's native library is unavailable ("
                    + available.problem() + ")");
        }
    }

    /** xgboost's native library did not load, so no model can run here. */
    public static final class NativeUnavailableException extends RuntimeException {
        NativeUnavailableException(String message) {
            super(message);
        }
    }
}
