package org.cifailureagent.training;

/** Tells the user how far a long task has come. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void start(String task, int total) {
        }

        @Override
        public void advance() {
        }

        @Override
        public void finish() {
        }
    };

    void start(String task, int total);

    void advance();

    void finish();
}
