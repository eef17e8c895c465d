package org.cifailureagent.read;

/** A byte budget shared by the streams that draw from it; exceeding it is an input error, not a crash. */
final class CountingBudget {
    private final long limit;
    private final String exceededMessage;
    private long used;

    CountingBudget(long limit, String exceededMessage) {
        this.limit = limit;
        this.exceededMessage = exceededMessage;
    }

    void spend(long bytes) {
        used += bytes;
        if (used > limit) {
            throw new UnreadableInputException(exceededMessage);
        }
    }
}
