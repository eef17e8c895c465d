package org.cifailureagent.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Charges every byte read to one or more budgets, so inflation is bounded by what is really produced. */
final class BoundedInputStream extends FilterInputStream {
    private final CountingBudget[] budgets;

    BoundedInputStream(InputStream in, CountingBudget... budgets) {
        super(in);
        this.budgets = budgets;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            charge(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            charge(n);
        }
        return n;
    }

    private void charge(long bytes) {
        for (CountingBudget budget : budgets) {
            budget.spend(bytes);
        }
    }
}
