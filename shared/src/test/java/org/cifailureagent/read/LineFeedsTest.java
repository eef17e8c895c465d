package org.cifailureagent.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.Test;

public class LineFeedsTest {
    /** LF, its neighbours, CR, and bytes that differ from LF in the high bit only or borrow in the word trick. */
    private static final byte[] TRICKY = {'\n', '\r', 0x0B, 0x09, 0x00, 0x01, (byte) 0x8A, (byte) 0x80, (byte) 0xFF,
        (byte) 0xC3, 'a', ' '};

    private static int plainIndexOf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Test
    public void findsTheFirstLfAtEveryPositionOfAWordAndTheTail() {
        for (byte filler : TRICKY) {
            if (filler == '\n') {
                continue;
            }
            for (int length = 0; length <= 24; length++) {
                for (int lf = 0; lf < length; lf++) {
                    byte[] bytes = new byte[length];
                    java.util.Arrays.fill(bytes, filler);
                    bytes[lf] = '\n';
                    for (int from = 0; from <= length; from++) {
                        assertThat(LineFeeds.indexOf(bytes, from, length))
                                .as("filler %d, length %d, LF at %d, from %d", filler, length, lf, from)
                                .isEqualTo(from <= lf ? lf : -1);
                    }
                }
            }
        }
    }

    @Test
    public void agreesWithAByteLoopOnRandomBytes() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(100)];
            int lfPercent = random.nextInt(20);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(100) < lfPercent ? (byte) '\n'
                        : random.nextBoolean() ? TRICKY[random.nextInt(TRICKY.length)] : (byte) random.nextInt(256);
            }
            int from = random.nextInt(bytes.length + 1);
            int to = from + random.nextInt(bytes.length - from + 1);

            assertThat(LineFeeds.indexOf(bytes, from, to)).as("round %d", round)
                    .isEqualTo(plainIndexOf(bytes, from, to));
        }
    }
}
