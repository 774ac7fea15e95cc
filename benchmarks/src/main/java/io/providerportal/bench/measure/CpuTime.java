package io.providerportal.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process has used (user + system, from /proc/PID/stat), in seconds. Work per CPU second hardly
 * depends on what else runs on the machine, unlike work per wall-clock second.
 */
public final class CpuTime {

    private static final double TICKS_PER_SECOND = 100;

    private CpuTime() {}

    public static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
