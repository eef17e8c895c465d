package com.example;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class HeavyTest {
    /** Sends SIGKILL to Surefire's fork, which is what the kernel's out-of-memory killer does to a large JVM. */
    @Test
    public void isKilledLikeByTheOomKiller() throws Exception {
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(ProcessHandle.current().pid())).start();
        assertEquals(0, kill.waitFor());
        Thread.sleep(10_000);
    }
}
