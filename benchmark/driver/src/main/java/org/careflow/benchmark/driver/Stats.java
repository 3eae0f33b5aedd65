package org.careflow.benchmark.driver;

import java.util.Arrays;
import java.util.List;

/** Nearest-rank percentiles of latencies in nanoseconds, answered in milliseconds. */
final class Stats {

  private Stats() {
  }

  static double percentileMillis(List<Long> nanos, double percentile) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
  }
}
