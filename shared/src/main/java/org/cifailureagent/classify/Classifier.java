package org.cifailureagent.classify;

/** Decides the category of a failure from the signals the earlier stages found. */
public interface Classifier {
    Classification classify(Signals signals);
}
