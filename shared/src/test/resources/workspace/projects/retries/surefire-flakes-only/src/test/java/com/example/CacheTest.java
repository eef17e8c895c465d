package com.example;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.Test;

public class CacheTest {
    /** Shared by the attempts of one JVM, like a cache that is cold on the first attempt only. */
    private static final Map<String, Integer> WARM = new HashMap<>();

    @Test
    public void storesAValue() {
        Map<String, Integer> cache = new HashMap<>();
        cache.put("a", 1);
        assertEquals(Integer.valueOf(1), cache.get("a"));
    }

    @Test
    public void answersQuicklyWhenWarm() {
        boolean warm = WARM.put("warm", 1) != null;
        assertTrue("cache was cold", warm);
    }
}
