package io.providerportal.bench.measure;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** Latencies in microseconds, up to an hour, to three significant digits. */
public final class Latency {

    private final Histogram histogram = new Histogram(TimeUnit.HOURS.toMicros(1), 3);

    public void record(long nanos) {
        histogram.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(nanos)));
    }

    public void add(Latency other) {
        histogram.add(other.histogram);
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** Milliseconds at the percentile, e.g. 99.0. */
    public double millis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMillis() {
        return histogram.getMaxValue() / 1000.0;
    }
}
