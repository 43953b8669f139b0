/**
 * Many plans in one run on one machine: the files of a corpus in a stable order ({@link
 * io.github.policytasks.examples.corpus.CorpusFiles}), parsed on the calling thread and a pool, each
 * JSON line or table row made on the thread that parsed it, and written in input order ({@link
 * io.github.policytasks.examples.corpus.BatchRunner}) as JSON lines or as the corpus tables in
 * CSV and Parquet ({@link
 * io.github.policytasks.examples.corpus.CorpusWriter}).
 */
@NullMarked
package io.github.policytasks.examples.corpus;

import org.jspecify.annotations.NullMarked;
