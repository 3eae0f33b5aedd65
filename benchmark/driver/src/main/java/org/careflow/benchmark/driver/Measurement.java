package org.careflow.benchmark.driver;

/** One figure: a metric of one system at one size (cases driven so far). */
record Measurement(String system, int size, Metric metric, double value) {
}
