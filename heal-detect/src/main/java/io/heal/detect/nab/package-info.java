/**
 * The Numenta Anomaly Benchmark harness: reads a NAB-layout folder ({@link
 * io.heal.detect.nab.NabCorpus}), runs a detector over every file with fresh state ({@link
 * io.heal.detect.nab.NabRunner}) and scores the per-row anomaly scores exactly as NAB does, for
 * every cost profile ({@link io.heal.detect.nab.NabScorer}).
 */
package io.heal.detect.nab;
