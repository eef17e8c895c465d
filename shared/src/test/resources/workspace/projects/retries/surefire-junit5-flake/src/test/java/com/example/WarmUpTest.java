package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarmUpTest {
    private static final Set<Integer> SEEN = new HashSet<>();

    /** The size 2 case fails on its first attempt only, like a pool that is cold the first time it grows. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void growsThePool(int size) {
        boolean warm = !SEEN.add(size) || size == 1;
        assertTrue(warm, "pool of " + size + " was cold");
    }
}
