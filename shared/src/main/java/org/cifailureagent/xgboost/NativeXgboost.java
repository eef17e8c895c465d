package org.cifailureagent.xgboost;

import java.util.logging.Level;
import java.util.logging.Logger;
import ml.dmlc.xgboost4j.java.XGBoostJNI;

/**
 * Whether xgboost's native library loads here. It needs glibc and {@code libgomp.so.1} (musl and slim images lack
 * them), and a copy unpacked from the jar: kept in the user's cache ({@link UnpackedLibraryCache}), else unpacked by
 * xgboost4j into the temporary directory. The probe runs once per JVM; callers fall back to rules and evidence when it
 * fails.
 */
public final class NativeXgboost {
    /** xgboost4j's loggers (via commons-logging to java.util.logging); kept strongly reachable so the level holds. Our one-line warning replaces the stack trace they would print. */
    private static final Logger LOADER_LOG = Logger.getLogger("ml.dmlc.xgboost4j");
    private static Availability availability;
    private static final String LOG_FACTORY = "org.apache.commons.logging.LogFactory";
    private static final String LOG_IMPLEMENTATION = "org.apache.commons.logging.Log";

    /** @param problem why the library did not load, null when it did */
    public record Availability(boolean loaded, String problem) {
    }

    private NativeXgboost() {
    }

    public static synchronized Availability probe() {
        if (availability == null) {
            availability = load();
        }
        return availability;
    }

    private static Availability load() {
        // commons-logging would pick Log4j where log4j-api is on the class path (a host's, such as Jenkins', or a
        // user's), and Log4j's unconfigured status logger prints to stdout, into --format json. Route xgboost's
        // loader to java.util.logging, which the level below silences, unless the user chose a logger.
        if (System.getProperty(LOG_FACTORY) == null) {
            System.setProperty(LOG_FACTORY, "org.apache.commons.logging.impl.LogFactoryImpl");
            System.setProperty(LOG_IMPLEMENTATION, "org.apache.commons.logging.impl.Jdk14Logger");
        }
        LOADER_LOG.setLevel(Level.OFF);
        UnpackedLibraryCache.forUser().link();
        try {
            Class.forName("ml.dmlc.xgboost4j.java.XGBoostJNI", true, NativeXgboost.class.getClassLoader());
            XGBoostJNI.XGBSetGlobalConfig("{\"verbosity\":0}");
            return new Availability(true, null);
        } catch (LinkageError | RuntimeException | ClassNotFoundException e) {
            return new Availability(false, describe(e));
        }
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
