package org.cifailureagent.xgboost;

/**
 * Whether xgboost4j's native library can run here. It is extracted to the temporary folder and needs libgomp.so.1,
 * which musl and slim images lack; a failure there is a {@link LinkageError} that stays for the life of the JVM,
 * so the probe runs once and its answer is kept.
 */
public final class XGBoostRuntime {
    private static final String JNI_CLASS = "ml.dmlc.xgboost4j.java.XGBoostJNI";
    private static volatile Availability availability;

    private XGBoostRuntime() {
    }

    /** The answer of the one probe: available, or why not. */
    public record Availability(boolean available, String reason) {
    }

    public static Availability availability() {
        Availability known = availability;
        if (known == null) {
            synchronized (XGBoostRuntime.class) {
                if (availability == null) {
                    availability = probe();
                }
                known = availability;
            }
        }
        return known;
    }

    private static Availability probe() {
        try {
            Class.forName(JNI_CLASS, true, XGBoostRuntime.class.getClassLoader());
            ml.dmlc.xgboost4j.java.XGBoostJNI.XGBSetGlobalConfig("{\"verbosity\":0}");
            return new Availability(true, "loaded");
        } catch (LinkageError | ReflectiveOperationException | RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return new Availability(false, "the XGBoost native library cannot load here (" + root + ")");
        }
    }
}
