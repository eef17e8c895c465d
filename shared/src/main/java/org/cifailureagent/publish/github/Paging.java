package org.cifailureagent.publish.github;

import java.io.IOException;
import org.kohsuke.github.GHException;

/** github-api's paged lists throw an unchecked {@link GHException} around the real I/O error; unwrap it. */
final class Paging {
    interface Call<T> {
        T run() throws IOException;
    }

    private Paging() {
    }

    static <T> T unwrapped(Call<T> call) throws IOException {
        try {
            return call.run();
        } catch (GHException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }
}
