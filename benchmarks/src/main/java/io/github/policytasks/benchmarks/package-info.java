/**
 * JMH benchmarks: parsing the seed and a generated multi-format corpus, the single-scan floor,
 * normalising quantities, and the embedded plan's JSON. Run with {@code java -jar
 * benchmarks/target/benchmarks.jar}; see {@code benchmarks/RESULTS.md}.
 */
package io.github.policytasks.benchmarks;
